import * as React from "react"
import { Link } from "gatsby"

const navLinks = [
  { to: "/", label: "Home" },
  { to: "/schedule/", label: "Schedule" },
  { to: "/staff/", label: "Staff" },
]

const Layout = ({ children }) => (
  <>
    <nav className="site-nav">
      {navLinks.map(l => (
        <Link key={l.to} to={l.to} activeClassName="active">
          {l.label}
        </Link>
      ))}
      <a href="https://edstem.org/us/courses/74120/discussion/">Ed</a>
      <a href="https://canvas.ridgefield.edu/courses/61877">Canvas</a>
    </nav>
    <main>{children}</main>
    <footer>
      CSE 591 · Winter 2026 · Ridgefield University ·{" "}
      <a href="https://github.com/ridgefield-seclab/cse591-w26">source</a>
    </footer>
  </>
)

export default Layout
