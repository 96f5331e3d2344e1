import type { Metadata } from "next";
import Link from "next/link";
import "./globals.css";

export const metadata: Metadata = {
  title: "CS 7180: Systems for Machine Learning (Spring 2025)",
  description: "Northeastern University, Khoury College",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="mx-auto max-w-4xl px-4">
        <nav className="flex gap-4 py-4 text-sm">
          <Link href="/">Home</Link>
          <Link href="/schedule">Schedule</Link>
          <a href="https://edstem.org/us/courses/70412/discussion/">Ed</a>
          <a href="https://www.gradescope.com/courses/912345">Gradescope</a>
          <a href="https://northeastern.instructure.com/courses/201877">Canvas</a>
        </nav>
        <main>{children}</main>
        <footer className="py-8 text-xs text-gray-500">
          Built with Next.js · <a href="https://github.com/cs7180-sp25/cs7180-sp25.github.io">source</a>
        </footer>
      </body>
    </html>
  );
}
