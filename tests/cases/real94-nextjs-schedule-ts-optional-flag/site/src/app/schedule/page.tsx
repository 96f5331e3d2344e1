import { schedule } from "@/data/schedule";
import { ReadingList } from "@/components/ReadingList";

export const metadata = { title: "Schedule · CS 7180" };

export default function SchedulePage() {
  return (
    <>
      <h1 className="text-2xl font-bold">Schedule</h1>
      <p className="mt-2 text-sm">
        Readings marked <span className="badge">optional</span> are for going deeper; everything
        else is required before class, and your Ed reading response should engage with at least one
        required paper. Slides and recordings are posted after each class.
      </p>

      <table className="mt-6 w-full text-left text-sm">
        <thead>
          <tr>
            <th>Date</th>
            <th>Topic</th>
            <th>Readings</th>
            <th>Materials</th>
          </tr>
        </thead>
        <tbody>
          {schedule.map((lec) => (
            <tr key={lec.date} className={lec.noClass ? "bg-gray-100 italic" : ""}>
              <td className="whitespace-nowrap">{lec.date}</td>
              <td>
                {lec.topic}
                {lec.presenter && <div className="text-xs text-gray-500">{lec.presenter}</div>}
              </td>
              <td>
                <ReadingList readings={lec.readings} />
              </td>
              <td>
                {lec.materials?.map((m) => (
                  <a key={m.url} href={m.url} className="mr-2 underline">
                    {m.label}
                  </a>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
