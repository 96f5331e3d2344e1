import * as React from "react"
import { Link } from "gatsby"
import Layout from "../components/layout"
import Seo from "../components/seo"

const NotFoundPage = () => (
  <Layout>
    <h1>Not found</h1>
    <p>
      {"That page doesn't exist. Try the "}
      <Link to="/schedule/">schedule</Link>.
    </p>
  </Layout>
)

export const Head = () => <Seo title="404: Not found" />

export default NotFoundPage
