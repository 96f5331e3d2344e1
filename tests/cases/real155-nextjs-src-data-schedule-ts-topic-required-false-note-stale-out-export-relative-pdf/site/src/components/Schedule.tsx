import { schedule } from "@/data/schedule";

export default function Schedule() {
  return (
    <table className="schedule">
      <thead>
        <tr>
          <th>Date</th>
          <th>Topic</th>
          <th>Readings</th>
          <th>Materials</th>
        </tr>
      </thead>
      <tbody>
        {schedule.map((s) => (
          <tr key={s.date}>
            <td>{s.date}</td>
            <td>{s.topic}</td>
            <td>
              <ul>
                {s.readings.map((r) => (
                  <li key={r.url}>
                    <a href={r.url}>{r.title}</a>
                    {r.note && <span className="note"> ({r.note})</span>}
                    {r.required === false && <span className="badge">optional</span>}
                  </li>
                ))}
              </ul>
            </td>
            <td>
              {s.slides && <a href={s.slides}>slides</a>}
              {s.video && <> · <a href={s.video}>video</a></>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
