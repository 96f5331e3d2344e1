import { useEffect, useState } from 'react';

export default function Schedule() {
  const [weeks, setWeeks] = useState([]);
  useEffect(() => {
    fetch(process.env.PUBLIC_URL + '/schedule.json')
      .then((r) => r.json())
      .then((d) => setWeeks(d.weeks));
  }, []);
  return (
    <table className="schedule">
      <thead><tr><th>Week</th><th>Dates</th><th>Topic</th><th>Readings</th></tr></thead>
      <tbody>
        {weeks.map((w) => (
          <tr key={w.week}>
            <td>{w.week}</td><td>{w.dates}</td><td>{w.topic}</td>
            <td>
              {w.required.length > 0 && <b>Required</b>}
              <ul>{w.required.map((p) => <li key={p.link}><a href={p.link}>{p.title}</a></li>)}</ul>
              {w.optional.length > 0 && <b>Optional</b>}
              <ul>{w.optional.map((p) => <li key={p.link}><a href={p.link}>{p.title}</a></li>)}</ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
