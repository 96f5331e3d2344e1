import React from 'react';

// Lecture recordings are unlisted YouTube videos; embed them responsively.
export default function YouTube({id, title = 'Lecture recording'}) {
  return (
    <div className="video-container">
      <iframe
        src={`https://www.youtube-nocookie.com/embed/${id}`}
        title={title}
        allow="accelerometer; encrypted-media; picture-in-picture"
        allowFullScreen
      />
    </div>
  );
}
