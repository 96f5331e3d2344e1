import Link from "next/link";

export default function Nav() {
  return (
    <nav>
      <Link href="/">Home</Link> · <Link href="/schedule">Schedule</Link> ·{" "}
      <a href="https://edstem.org/us/courses/70012">Ed</a> ·{" "}
      <a href="https://www.gradescope.com/courses/880311">Gradescope</a>
    </nav>
  );
}
