import * as React from "react"
import { Link, withPrefix } from "gatsby"
import Layout from "../components/layout"
import Seo from "../components/seo"

const units = ["Foundations", "Attacks", "Defenses", "Projects"]

const SchedulePage = () => (
  <Layout>
    <h1>Schedule</h1>
    <p>
      We meet Tuesdays and Thursdays, 1:30–2:50pm, in Gates 271. The schedule will
      change as the quarter goes on; check it before each class. Presenters are
      listed by first name once the <Link to="/">sign-up</Link> closes.
    </p>
    <p className="key">
      <strong>How to read this page.</strong> Papers marked{" "}
      <span className="star">★</span> are the ones the presenters walk through:
      everyone reads them and submits a review on{" "}
      <a href="https://cse591-w26.hotcrp.com">HotCRP</a> by 9am on the day of class.
      The other papers in a row are optional background for the curious.
    </p>
    <nav className="jump">
      Jump to:{" "}
      {units.map((u, i) => (
        <span key={u}>
          {i > 0 && " · "}
          <a href={`#${u.toLowerCase()}`}>{u}</a>
        </span>
      ))}
    </nav>

    <table className="schedule">
      <thead>
        <tr>
          <th>Date</th>
          <th>Topic</th>
          <th>Presenters</th>
          <th>Readings</th>
          <th>Slides</th>
        </tr>
      </thead>
      <tbody>
        <tr className="unit" id="foundations">
          <td colSpan={5}>Unit 1: Foundations</td>
        </tr>
        <tr>
          <td>Tue Jan 6</td>
          <td>Course overview; how to read (and review) a security paper</td>
          <td>Ngozi</td>
          <td>
            <span className="star">★</span>{" "}
            <a href="http://ccr.sigcomm.org/online/files/p83-keshavA.pdf">
              How to Read a Paper
            </a>{" "}
            (Keshav, CCR 2007)
            <br />
            <a href="https://dl.acm.org/doi/10.1145/358198.358210">
              Reflections on Trusting Trust
            </a>{" "}
            (Thompson, CACM 1984; his Turing Award lecture)
          </td>
          <td>
            <a href={withPrefix("/slides/01-intro.pdf")}>pdf</a>
          </td>
        </tr>
        <tr>
          <td>Thu Jan 8</td>
          <td>Memory safety and control-flow hijacking</td>
          <td>Ana, Tom</td>
          <td>
            <span className="star">★</span>{" "}
            <a href="https://people.eecs.berkeley.edu/~dawnsong/papers/Oakland13-SoK-CR.pdf">
              SoK: Eternal War in Memory
            </a>{" "}
            (Szekeres et al., Oakland 2013)
            <br />
            <span className="star">★</span>{" "}
            <a href="https://hovav.net/ucsd/dist/geometry.pdf">
              The Geometry of Innocent Flesh on the Bone: Return-into-libc without
              Function Calls (on the x86)
            </a>{" "}
            (Shacham, CCS 2007)
          </td>
          <td>
            <a href={withPrefix("/slides/02-memsafety.pdf")}>pdf</a>
          </td>
        </tr>
        <tr>
          <td>Tue Jan 13</td>
          <td>Control-flow integrity</td>
          <td>Jonah, Mei</td>
          <td>
            <span className="star">★</span> Abadi, Budiu, Erlingsson, Ligatti.
            Control-Flow Integrity. CCS 2005. [
            <a href="https://www.microsoft.com/en-us/research/wp-content/uploads/2005/11/ccs05.pdf">
              pdf
            </a>
            ]
            <br />
            <a href="https://www.usenix.org/conference/usenixsecurity15/technical-sessions/presentation/carlini">
              Control-Flow Bending: On the Effectiveness of Control-Flow Integrity
            </a>{" "}
            (Carlini et al., USENIX Security 2015)
          </td>
          <td>
            <a href={withPrefix("/slides/03-cfi.pdf")}>pdf</a>
          </td>
        </tr>
        <tr>
          <td>Thu Jan 15</td>
          <td>Microarchitectural side channels</td>
          <td>Ravi, Sofia</td>
          <td>
            <span className="star">★</span>{" "}
            <a href="https://www.usenix.org/conference/usenixsecurity18/presentation/lipp">
              Meltdown: Reading Kernel Memory from User Space
            </a>{" "}
            (Lipp et al., USENIX Security 2018)
            <br />
            <a href="https://spectreattack.com/spectre.pdf">
              Spectre Attacks: Exploiting Speculative Execution
            </a>{" "}
            (Oakland 2019) [<a href="https://arxiv.org/abs/1801.01203">arXiv</a>]
          </td>
          <td>
            <a href={withPrefix("/slides/04-sidechannels.pdf")}>pdf</a>
          </td>
        </tr>

        <tr className="unit" id="attacks">
          <td colSpan={5}>Unit 2: Attacks</td>
        </tr>
        <tr>
          <td>Tue Jan 20</td>
          <td>Fault attacks: Rowhammer</td>
          <td>Lucas, Amara</td>
          <td>
            <span className="star">★</span>{" "}
            <a href="https://users.ece.cmu.edu/~yoonguk/papers/kim-isca14.pdf">
              Flipping Bits in Memory Without Accessing Them: An Experimental Study of
              DRAM Disturbance Errors
            </a>{" "}
            (Kim et al., ISCA 2014)
            <br />
            <a href="https://googleprojectzero.blogspot.com/2015/03/exploiting-dram-rowhammer-bug-to-gain.html">
              {"Exploiting the DRAM rowhammer bug to gain kernel privileges"}
            </a>{" "}
            (Project Zero blog post)
          </td>
          <td>
            <a href={withPrefix("/slides/05-rowhammer.pdf")}>pdf</a>
          </td>
        </tr>
        <tr>
          <td>Thu Jan 22</td>
          <td>
            The browser as an operating system
            <br />
            <small>
              Guest: <a href="https://www.lenapark.net">Dr. Lena Park</a> (Google
              Chrome security)
            </small>
          </td>
          <td>Dr. Park</td>
          <td>
            <span className="star">★</span>{" "}
            <a href="https://seclab.stanford.edu/websec/chromium/chromium-security-architecture.pdf">
              The Security Architecture of the Chromium Browser
            </a>{" "}
            (Barth et al., 2008)
            <br />
            <a href="https://www.usenix.org/conference/usenixsecurity19/presentation/reis">
              Site Isolation: Process Separation for Web Sites within the Browser
            </a>{" "}
            (Reis et al., USENIX Security 2019)
          </td>
          <td>
            <a href={withPrefix("/slides/06-browser.pdf")}>pdf</a>
          </td>
        </tr>
        <tr className="deadline">
          <td>Fri Jan 23</td>
          <td colSpan={4}>
            Project proposal due, 11:59pm on{" "}
            <a href="https://www.gradescope.com/courses/812345/assignments/4410921">
              Gradescope
            </a>
          </td>
        </tr>
        <tr>
          <td>Tue Jan 27</td>
          <td>Adversarial examples</td>
          <td>Hana, Diego</td>
          <td>
            <span className="star">★</span> Carlini and Wagner. Towards Evaluating the
            Robustness of Neural Networks. Oakland 2017. [
            <a href="https://arxiv.org/abs/1608.04644">arXiv</a>]
            <br />
            <a href="https://arxiv.org/abs/1802.00420">
              Obfuscated Gradients Give a False Sense of Security: Circumventing
              Defenses to Adversarial Examples
            </a>{" "}
            (Athalye et al., ICML 2018; skim Section 3)
          </td>
          <td>
            <a href={withPrefix("/slides/07-adversarial.pdf")}>pdf</a>
          </td>
        </tr>
        <tr>
          <td>Thu Jan 29</td>
          <td>Privacy attacks on machine learning</td>
          <td>Ines, Kwame</td>
          <td>
            <span className="star">★</span>{" "}
            <a href="https://arxiv.org/abs/1610.05820">
              Membership Inference Attacks against Machine Learning Models
            </a>{" "}
            (Shokri et al., Oakland 2017)
            <br />
            <span className="star">★</span>{" "}
            <a href="https://www.usenix.org/conference/usenixsecurity21/presentation/carlini-extracting">
              Extracting Training Data from Large Language Models
            </a>{" "}
            (Carlini et al., USENIX Security 2021;{" "}
            <a href="https://www.youtube.com/watch?v=plK2WVdLTOY">talk video</a>)
          </td>
          <td>
            <a href={withPrefix("/slides/08-privacy-attacks.pdf")}>pdf</a>
          </td>
        </tr>

        <tr className="unit" id="defenses">
          <td colSpan={5}>Unit 3: Defenses</td>
        </tr>
        <tr>
          <td>Tue Feb 3</td>
          <td>Differential privacy in practice</td>
          <td>Yuki, Omar</td>
          <td>
            <span className="star">★</span>{" "}
            <a href="https://arxiv.org/abs/1607.00133">
              Deep Learning with Differential Privacy
            </a>{" "}
            (Abadi et al., CCS 2016)
            <br />
            <a href="https://www.cis.upenn.edu/~aaroth/Papers/privacybook.pdf">
              The Algorithmic Foundations of Differential Privacy
            </a>
            , ch. 2–3 (Dwork and Roth)
          </td>
          <td>
            <a href={withPrefix("/slides/09-dp.pdf")}>pdf</a>
          </td>
        </tr>
        <tr>
          <td>Thu Feb 5</td>
          <td>Trusted execution environments</td>
          <td>Sara, Felix</td>
          <td>
            <span className="star">★</span> Costan and Devadas. Intel SGX Explained.
            IACR ePrint 2016/086. [
            <a href="https://eprint.iacr.org/2016/086.pdf">pdf</a>]
            <br />
            <a href="https://www.usenix.org/conference/usenixsecurity18/presentation/bulck">
              Foreshadow: Extracting the Keys to the Intel SGX Kingdom with Transient
              Out-of-Order Execution
            </a>{" "}
            (Van Bulck et al., USENIX Security 2018)
          </td>
          <td>
            <a href={withPrefix("/slides/10-tee.pdf")}>pdf</a>
          </td>
        </tr>
        <tr className="deadline">
          <td>Tue Feb 10</td>
          <td colSpan={4}>
            <strong>Midterm</strong> (in class, closed book)
          </td>
        </tr>
        <tr>
          <td>Thu Feb 12</td>
          <td>Software supply chain security</td>
          <td>Noor, Pablo</td>
          <td>
            <span className="star">★</span>{" "}
            <a href="https://arxiv.org/abs/2005.09535">
              {"Backstabber's Knife Collection: A Review of Open Source Software Supply Chain Attacks"}
            </a>{" "}
            (Ohm et al., DIMVA 2020)
            <br />
            <span className="star">★</span>{" "}
            <a href="https://www.cs.cmu.edu/~rdriley/487/papers/Thompson_1984_ReflectionsonTrustingTrust.pdf">
              Reflections on Trusting Trust
            </a>{" "}
            (again: we come back to it today)
            <br />
            <a href="https://www.usenix.org/conference/usenixsecurity19/presentation/torres-arias">
              in-toto: Providing farm-to-table guarantees for bits and bytes
            </a>{" "}
            (Torres-Arias et al., USENIX Security 2019)
            {/* <br />
            <a href="https://reproducible-builds.org/docs/">Reproducible Builds documentation</a>
            dropped for 2026: too long for one session */}
          </td>
          <td>
            <a href={withPrefix("/slides/11-supplychain.pdf")}>pdf</a>
          </td>
        </tr>
        <tr className="holiday">
          <td>Tue Feb 17</td>
          <td colSpan={4}>{"No class (instructor's travel: NDSS)"}</td>
        </tr>
        <tr>
          <td>Thu Feb 19</td>
          <td>Usable security</td>
          <td>Grace, Ahmed</td>
          <td>
            <span className="star">★</span>{" "}
            <a href="https://www.usenix.org/conference/8th-usenix-security-symposium/why-johnny-cant-encrypt-usability-evaluation-pgp-50">
              {"Why Johnny Can't Encrypt: A Usability Evaluation of PGP 5.0"}
            </a>{" "}
            (Whitten and Tygar, USENIX Security 1999)
            <br />
            <a href="https://dl.acm.org/doi/10.1145/322796.322806">
              Users Are Not the Enemy
            </a>{" "}
            (Adams and Sasse, CACM 1999)
          </td>
          <td>
            <a href={withPrefix("/slides/12-usable.pdf")}>pdf</a>
          </td>
        </tr>

        <tr className="unit" id="projects">
          <td colSpan={5}>Unit 4: Projects</td>
        </tr>
        <tr>
          <td>Tue Feb 24</td>
          <td colSpan={4}>
            Project presentations (sign up for a slot{" "}
            <a href="https://docs.google.com/spreadsheets/d/1kP0cS3bQe7vXw2M9zR4hT6yUaLnD8fGjK5oB1iE3xWc/edit#gid=20417">
              here
            </a>
            )
          </td>
        </tr>
      </tbody>
    </table>

    <h2>Other resources</h2>
    <ul>
      <li>
        <a href="https://www.cl.cam.ac.uk/~rja14/book.html">Security Engineering</a>{" "}
        (Anderson, 3rd ed.): background for the whole course.
      </li>
      <li>
        <a href="https://www.usenix.org/conference/usenixsecurity25/call-for-papers">
          USENIX Security call for papers
        </a>
        : what reviewers are asked to look for, useful for your reviews.
      </li>
    </ul>
  </Layout>
)

export const Head = () => <Seo title="Schedule" />

export default SchedulePage
