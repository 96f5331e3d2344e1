import React from 'react';
import styles from './ScheduleTable.module.css';

export default function ScheduleTable({ rows }) {
  return (
    <table className={styles.schedule}>
      <thead>
        <tr><th>Date</th><th>Topic</th><th>Readings</th><th>Slides</th></tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.date} className={row.noClass ? styles.holiday : undefined}>
            <td>{row.date}</td>
            <td>{row.topic}{row.due && <div className={styles.due}>{row.due}</div>}</td>
            <td>
              <ul>
                {row.readings.map((r) => (
                  <li key={r.url}>
                    <a href={r.url}>{r.title}</a>
                    {r.optional && <span className={styles.optional}> optional</span>}
                  </li>
                ))}
              </ul>
            </td>
            <td>{row.slides && <a href={row.slides}>slides</a>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
