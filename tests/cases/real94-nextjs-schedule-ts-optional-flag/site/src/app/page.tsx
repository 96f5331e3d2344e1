import Link from "next/link";
import { deadlines } from "@/data/deadlines";
import { ZOOM } from "@/data/schedule";

export default function Home() {
  return (
    <>
      <h1 className="text-3xl font-bold">CS 7180: Systems for Machine Learning</h1>
      <p className="mt-2">
        Spring 2025 · Tue/Fri 11:45am–1:25pm · West Village H 108 (and on{" "}
        <a href={ZOOM}>Zoom</a> for remote students)
      </p>
      <p className="mt-4">
        How do we train and serve models that don&apos;t fit on one GPU? This seminar-style course
        reads the systems papers behind modern ML infrastructure. The first half is lectures; from
        week 3 on, pairs of students present papers. See the <Link href="/schedule">schedule</Link>.
      </p>

      <h2 className="mt-8 text-xl font-semibold">Staff</h2>
      <ul className="list-disc pl-6">
        <li>Prof. Nadia Okafor (instructor) — office hours Wed 2–3pm, WVH 358</li>
        <li>Sam Whitfield (TA) — office hours Mon 4–5pm on <a href={ZOOM}>Zoom</a></li>
      </ul>

      <h2 className="mt-8 text-xl font-semibold">Grading</h2>
      <ul className="list-disc pl-6">
        <li>Homework (3): 30%</li>
        <li>Paper presentation: 20%</li>
        <li>Reading responses on <a href="https://edstem.org/us/courses/70412/discussion/">Ed</a>: 15%</li>
        <li>Final project: 35%</li>
      </ul>

      <h2 className="mt-8 text-xl font-semibold">Deadlines</h2>
      <ul className="list-disc pl-6">
        {deadlines.map((d) => (
          <li key={d.what}>
            {d.date}: {d.link ? <a href={d.link}>{d.what}</a> : d.what}
          </li>
        ))}
      </ul>
    </>
  );
}
