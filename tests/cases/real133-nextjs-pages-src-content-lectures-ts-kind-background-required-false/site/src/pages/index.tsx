import Head from 'next/head';
import Link from 'next/link';
import { format, parseISO } from 'date-fns';
import { announcements } from '../content/announcements';
import { ZOOM_URL, ED_URL } from '../lib/links';

export default function Home() {
  return (
    <>
      <Head>
        <title>CS 329M: Security and Privacy of Machine Learning</title>
      </Head>
      <h1>CS 329M: Security and Privacy of Machine Learning</h1>
      <p>Winter 2025 · Tue/Thu 1:30–2:50pm · Gates B12 and <a href={ZOOM_URL}>Zoom</a></p>
      <p>
        How do machine-learning systems fail when someone is trying to make them fail? We cover
        evasion, poisoning, privacy attacks, model stealing and the red-teaming of language
        models, reading one or two research papers per session. The{' '}
        <Link href="/schedule">schedule</Link> lists them.
      </p>
      <h2>Announcements</h2>
      <ul className="announcements">
        {announcements.map((a) => (
          <li key={a.date}>
            <strong>{format(parseISO(a.date), 'MMM d')}</strong>{' '}
            <span dangerouslySetInnerHTML={{ __html: a.html }} />
          </li>
        ))}
      </ul>
      <h2>Grading</h2>
      <ul>
        <li>Homework (3): 30%</li>
        <li>Paper responses: 15%</li>
        <li>Midterm: 20%</li>
        <li>Project: 35%</li>
      </ul>
      <p>
        Questions go to <a href={ED_URL}>Ed</a>.
      </p>
    </>
  );
}
