import Head from 'next/head';
import { format, parseISO } from 'date-fns';
import { lectures } from '../content/lectures';
import ReadingItem from '../components/ReadingItem';
import { ZOOM_URL } from '../lib/links';
import type { Lecture } from '../lib/types';

function Who({ l }: { l: Lecture }) {
  if (l.speaker) {
    return (
      <>
        Guest: <a href={l.speaker.url}>{l.speaker.name}</a> ({l.speaker.affiliation})
      </>
    );
  }
  if (l.presenters) return <>{l.presenters.join(' & ')}</>;
  return <>{l.instructor ?? ''}</>;
}

export default function Schedule() {
  return (
    <>
      <Head>
        <title>Schedule · CS 329M</title>
      </Head>
      <h1>Schedule</h1>
      <p className="key">
        Papers without a tag are the core readings: we discuss them in class, and everyone is
        expected to have read them before we meet. Papers tagged{' '}
        <span className="tag tag-optional">optional</span> or{' '}
        <span className="tag tag-background">background</span> are for your own interest.
      </p>
      <p>
        All sessions are streamed on <a href={ZOOM_URL}>Zoom</a>; recordings go up on Panopto
        within a day.
      </p>
      <table className="schedule">
        <thead>
          <tr>
            <th>Date</th>
            <th>Topic</th>
            <th>Who</th>
            <th>Readings</th>
            <th>Materials</th>
          </tr>
        </thead>
        <tbody>
          {lectures.map((l) => (
            <tr key={l.date} className={`row-${l.kind}`}>
              <td>{format(parseISO(l.date), 'EEE MMM d')}</td>
              {l.kind === 'deadline' ? (
                <td colSpan={4}>
                  <a href={l.href}>{l.title}</a>
                </td>
              ) : (
                <>
                  <td>
                    {l.topic ?? l.title}
                    {l.topic && <div className="kind">{l.title}</div>}
                  </td>
                  <td>
                    <Who l={l} />
                  </td>
                  <td>
                    {l.readings && l.readings.length > 0 && (
                      <ul>
                        {l.readings.map((r, i) => (
                          <ReadingItem key={i} r={r} />
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>
                    {l.slides && <a href={l.slides}>slides</a>}{' '}
                    {l.recording && <a href={l.recording}>recording</a>}
                    {l.materials?.map((m) => (
                      <div key={m.href}>
                        <a href={m.href}>{m.label}</a>
                      </div>
                    ))}
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
