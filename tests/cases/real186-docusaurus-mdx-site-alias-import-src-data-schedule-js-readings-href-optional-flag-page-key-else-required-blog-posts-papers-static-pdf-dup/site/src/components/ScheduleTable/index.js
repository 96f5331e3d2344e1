import React from 'react';
import Link from '@docusaurus/Link';

export default function ScheduleTable({ lectures }) {
  return (
    <table>
      <thead><tr><th>Date</th><th>Topic</th><th>Readings</th></tr></thead>
      <tbody>
        {lectures.map((l) => (
          <tr key={l.date}>
            <td>{l.date}</td>
            <td>{l.title}{l.slides && <> (<Link to={l.slides}>slides</Link>)</>}</td>
            <td>
              <ul>
                {(l.readings || []).map((r) => (
                  <li key={r.href}><Link href={r.href}>{r.title}</Link>{r.optional && <span className="badge badge--secondary">optional</span>}</li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
