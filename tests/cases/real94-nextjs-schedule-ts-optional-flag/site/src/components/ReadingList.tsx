import type { Reading } from "@/data/schedule";

export function ReadingList({ readings }: { readings: Reading[] }) {
  if (readings.length === 0) return <span className="text-gray-400">—</span>;
  return (
    <ul className="list-disc pl-4">
      {readings.map((r) => (
        <li key={r.url}>
          <a href={r.url} className="underline">
            {r.title}
          </a>
          {r.note && <span className="text-gray-500"> ({r.note})</span>}
          {r.optional && <span className="badge">optional</span>}
        </li>
      ))}
    </ul>
  );
}
