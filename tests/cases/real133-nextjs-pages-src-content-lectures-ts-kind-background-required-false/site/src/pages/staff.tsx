import Head from 'next/head';
import { staff } from '../content/staff';

export default function Staff() {
  return (
    <>
      <Head>
        <title>Staff · CS 329M</title>
      </Head>
      <h1>Staff</h1>
      <table>
        <thead>
          <tr>
            <th>Name</th>
            <th>Role</th>
            <th>Office hours</th>
          </tr>
        </thead>
        <tbody>
          {staff.map((s) => (
            <tr key={s.email}>
              <td>{s.url ? <a href={s.url}>{s.name}</a> : s.name}</td>
              <td>{s.role}</td>
              <td>{s.officeHours}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
