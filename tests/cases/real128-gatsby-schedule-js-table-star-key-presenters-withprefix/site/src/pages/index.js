import * as React from "react"
import { Link } from "gatsby"
import Layout from "../components/layout"
import Seo from "../components/seo"

const IndexPage = () => (
  <Layout>
    <h1>CSE 591: Topics in Systems Security</h1>
    <p>
      Winter 2026 · Tuesdays and Thursdays, 1:30–2:50pm · Gates 271 · Instructor:{" "}
      <Link to="/staff/">Prof. Ngozi Okafor</Link>
    </p>
    <p>
      This is a paper-reading seminar. Each class, two students present one or two
      papers and lead the discussion; everyone else writes a short review beforehand.
      The <Link to="/schedule/">schedule</Link> lists the papers for each session.
    </p>

    <h2>Logistics</h2>
    <ul>
      <li>
        Discussion and announcements: <a href="https://edstem.org/us/courses/74120/discussion/">Ed</a>
      </li>
      <li>
        Paper reviews: <a href="https://cse591-w26.hotcrp.com">HotCRP</a> (due 9am on the day of class)
      </li>
      <li>
        Project deliverables: <a href="https://www.gradescope.com/courses/812345">Gradescope</a>
      </li>
      <li>
        The first two weeks are also on{" "}
        <a href="https://ridgefield.zoom.us/j/93811204456?pwd=TmV4dFNlY3VyaXR5">Zoom</a>.
      </li>
      <li>
        {"Presenting for the first time? Sign up for your slots on the "}
        <a href="https://docs.google.com/spreadsheets/d/1kP0cS3bQe7vXw2M9zR4hT6yUaLnD8fGjK5oB1iE3xWc/edit">
          presentation sheet
        </a>{" "}
        by Jan 9.
      </li>
    </ul>

    <h2>Grading</h2>
    <table>
      <thead>
        <tr>
          <th>Component</th>
          <th>Weight</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td>Paper reviews</td>
          <td>25%</td>
        </tr>
        <tr>
          <td>Presentations and discussion</td>
          <td>25%</td>
        </tr>
        <tr>
          <td>Midterm</td>
          <td>15%</td>
        </tr>
        <tr>
          <td>Research project</td>
          <td>35%</td>
        </tr>
      </tbody>
    </table>

    <h2>Key dates</h2>
    <ul>
      <li>Fri Jan 23: project proposal due</li>
      <li>Tue Feb 10: midterm (in class)</li>
      <li>Tue Feb 24: project presentations</li>
      <li>Fri Mar 6: final report due</li>
    </ul>

    <h2>Background</h2>
    <p>
      There is no textbook. If you want a reference,{" "}
      <a href="https://www.cl.cam.ac.uk/~rja14/book.html">Security Engineering</a> by Ross
      Anderson (3rd ed., free online) covers most of the course at a gentler pace.
    </p>
  </Layout>
)

export const Head = () => <Seo title="Home" />

export default IndexPage
