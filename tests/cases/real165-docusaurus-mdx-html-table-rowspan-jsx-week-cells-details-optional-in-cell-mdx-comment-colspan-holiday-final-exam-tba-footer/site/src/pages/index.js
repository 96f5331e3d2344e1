import React from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';

export default function Home() {
  return (
    <Layout title="LING 575">
      <main className="container margin-vert--lg">
        <h1>LING 575: Neural Language Models</h1>
        <p>Mon/Wed 3:30–4:50pm · Savery 260</p>
        <Link className="button button--primary" to="/docs/schedule">Schedule</Link>
      </main>
    </Layout>
  );
}
