import Nav from "@/components/Nav";
import deadlines from "@/data/deadlines.json";

export default function Home() {
  return (
    <>
      <Nav />
      <main>
        <h1>CS 8803 MLS: Machine Learning Security</h1>
        <p>Spring 2026 · Tue/Thu 3:30–4:45pm · Klaus 1443 · Prof. Dana Whitfield</p>
        <p>
          We read one or two papers per class. There is no textbook, but{" "}
          <a href="https://adversarial-ml-tutorial.org/">this tutorial</a> is a good warm-up.
        </p>
        <h2>Deadlines</h2>
        <ul>
          {deadlines.map((d) => (
            <li key={d.date}>{d.date}: <a href={d.link}>{d.what}</a></li>
          ))}
        </ul>
      </main>
    </>
  );
}
