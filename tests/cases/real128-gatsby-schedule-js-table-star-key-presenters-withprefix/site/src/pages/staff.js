import * as React from "react"
import Layout from "../components/layout"
import Seo from "../components/seo"

const StaffPage = () => (
  <Layout>
    <h1>Staff</h1>
    <div className="staff-card">
      <h3>
        <a href="https://homes.cs.ridgefield.edu/~nokafor/">Prof. Ngozi Okafor</a>
      </h3>
      <p>Instructor · Office hours: Wed 3–4pm, Gates 412</p>
    </div>
    <div className="staff-card">
      <h3>
        <a href="https://priyaraman.github.io">Priya Raman</a>
      </h3>
      <p>Teaching assistant · Office hours: Mon 11am–noon, Gates 3rd floor lounge</p>
    </div>
  </Layout>
)

export const Head = () => <Seo title="Staff" />

export default StaffPage
