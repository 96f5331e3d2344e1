import Head from "next/head";
import Schedule from "@/components/Schedule";
import Nav from "@/components/Nav";

export default function SchedulePage() {
  return (
    <>
      <Head><title>Schedule · CS 8803 MLS</title></Head>
      <Nav />
      <main>
        <h1>Schedule</h1>
        <p>
          Papers with an <span className="badge">optional</span> badge are for your own
          interest. Everything else is required: please read it before class.
        </p>
        <Schedule />
      </main>
    </>
  );
}
