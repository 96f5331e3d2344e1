import Link from 'next/link';
import type { ReactNode } from 'react';
import { CANVAS_URL, ED_URL, GRADESCOPE_URL } from '../lib/links';

export default function Layout({ children }: { children: ReactNode }) {
  return (
    <>
      <nav className="nav">
        <Link href="/" className="brand">CS 329M</Link>
        <Link href="/schedule">Schedule</Link>
        <Link href="/staff">Staff</Link>
        <a href={ED_URL}>Ed</a>
        <a href={GRADESCOPE_URL}>Gradescope</a>
        <a href={CANVAS_URL}>Canvas</a>
      </nav>
      <main className="container">{children}</main>
      <footer className="footer">
        CS 329M · Winter 2025 · <a href="https://github.com/cs329m/cs329m.github.io">source</a>
      </footer>
    </>
  );
}
