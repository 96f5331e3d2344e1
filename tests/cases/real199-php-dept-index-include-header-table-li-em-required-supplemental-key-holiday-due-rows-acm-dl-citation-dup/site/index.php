<?php include('header.php'); ?>
<?php $term = "Spring 2025"; ?>
<h2>CS 4420 &mdash; Computer Networks (<?php echo $term; ?>)</h2>

<p>Lectures are Tue/Thu 10:30&ndash;11:50 in Gates B01. Readings marked
<em>Required</em> must be read before the lecture; readings marked
<em>Supplemental</em> are optional.</p>

<table class="schedule" border="1" cellspacing="0">
<tr><th>Date</th><th>Topic</th><th>Readings</th><th>Notes</th></tr>

<tr>
<td>Tue Jan 14</td>
<td>Introduction &amp; Internet architecture</td>
<td><ul>
<li><em>Required</em> <a href="http://web.mit.edu/Saltzer/www/publications/endtoend/endtoend.pdf">End-to-End Arguments in System Design</a></li>
<li><em>Supplemental</em> <a href="https://dl.acm.org/doi/10.1145/52324.52336">The Design Philosophy of the DARPA Internet Protocols</a></li>
</ul></td>
<td><a href="slides/01-intro.pdf">slides</a></td>
</tr>

<tr>
<td>Thu Jan 16</td>
<td>Packet switching &amp; queueing</td>
<td><ul>
<li><em>Required</em> <a href="https://www.cs.princeton.edu/courses/archive/fall06/cos561/papers/cerf74.pdf">A Protocol for Packet Network Intercommunication</a></li>
</ul></td>
<td><a href="slides/02-packets.pdf">slides</a>; <a href="hw/ps1.pdf">Problem Set 1</a> out</td>
</tr>

<tr>
<td>Tue Jan 21</td>
<td>Congestion control</td>
<td><ul>
<li><em>Required</em> <a href="https://ee.lbl.gov/papers/congavoid.pdf">Congestion Avoidance and Control</a></li>
<li><em>Supplemental</em> <a href="https://www.cse.wustl.edu/~jain/papers/ftp/cong_av.pdf">Analysis of the Increase and Decrease Algorithms for Congestion Avoidance in Computer Networks</a></li>
</ul></td>
<td><a href="slides/03-cc.pdf">slides</a></td>
</tr>

<tr>
<td>Thu Jan 23</td>
<td>Router design</td>
<td><ul>
<li><em>Required</em> <a href="https://ieeexplore.ieee.org/document/683075">A 50-Gb/s IP Router</a></li>
<li><em>Supplemental</em> <a href="https://dl.acm.org/doi/10.1145/354871.354874">The Click Modular Router</a>
 [<a href="https://pdos.csail.mit.edu/papers/click:tocs00/paper.pdf">pdf</a>]</li>
</ul></td>
<td><a href="slides/04-routers.pdf">slides</a></td>
</tr>

<tr>
<td>Tue Jan 28</td>
<td>BGP &amp;&nbsp;interdomain routing</td>
<td><ul>
<li><em>Required</em> <a href="https://doi.org/10.1109/MNET.2005.1541715">BGP Routing Policies in ISP Networks</a></li>
</ul></td>
<td><a href="slides/05-bgp.pdf">slides</a></td>
</tr>

<tr>
<td>Thu Jan 30</td>
<td>Anycast at scale</td>
<td><ul>
<li><em>Supplemental</em> <a href="https://dl.acm.org/doi/10.1145/3230543.3230547">Internet Anycast: Performance, Problems, &amp; Potential</a></li>
</ul></td>
<td>Guest: Maya Chen (Cloudflare)</td>
</tr>

<tr>
<td>Tue Feb 4</td>
<td>Software-defined networking</td>
<td><ul>
<li><em>Required</em> <a href="http://ccr.sigcomm.org/online/files/p69-v38n2n-mckeown.pdf">OpenFlow: Enabling Innovation in Campus Networks</a></li>
<li><em>Required</em> <a href="https://dl.acm.org/doi/10.1145/2486001.2486019">B4: Experience with a Globally-Deployed Software Defined WAN</a></li>
</ul></td>
<td><a href="slides/07-sdn.pdf">slides</a> &middot; <a href="https://mediaspace.example.edu/media/cs4420-sdn">recording</a></td>
</tr>

<tr>
<td>Thu Feb 6</td>
<td>Data center networks</td>
<td><ul>
<li><em>Required</em> <a href="https://dl.acm.org/doi/10.1145/1402958.1402967">A Scalable, Commodity Data Center Network Architecture</a></li>
<li><em>Supplemental</em> <a href="https://dl.acm.org/doi/10.1145/2785956.2787508">Jupiter Rising: A Decade of Clos Topologies and Centralized Control in Google&#8217;s Datacenter Network</a></li>
</ul></td>
<td><a href="slides/08-dc.pdf">slides</a>; Problem Set 1 due</td>
</tr>

<tr class="due">
<td>Fri Feb 7</td>
<td colspan="3"><b>Project proposal due</b> &mdash; submit on Gradescope</td>
</tr>

<tr class="holiday">
<td>Tue Feb 11</td>
<td colspan="3">No class &mdash; February break</td>
</tr>

<tr>
<td>Thu Feb 13</td>
<td>Transport: QUIC</td>
<td><ul>
<li><em>Required</em> <a href="https://dl.acm.org/doi/10.1145/3098822.3098842">The QUIC Transport Protocol: Design and Internet-Scale Deployment</a></li>
<li><em>Supplemental</em> <a href="https://www.rfc-editor.org/rfc/rfc9000.html">RFC 9000: QUIC: A UDP-Based Multiplexed and Secure Transport</a></li>
</ul></td>
<td><a href="slides/10-quic.pdf">slides</a></td>
</tr>

<tr>
<td>Tue Feb 18</td>
<td>Wireless &amp; mesh networks</td>
<td><ul>
<li><em>Required</em> <a href="https://dl.acm.org/doi/10.1145/1080091.1080108">ExOR: Opportunistic Multi-Hop Routing for Wireless Networks</a></li>
<li><em>Supplemental</em> <a href="https://pdos.csail.mit.edu/papers/roofnet:mobicom05/roofnet-mobicom05.pdf">Architecture and Evaluation of an Unplanned 802.11b Mesh Network</a></li>
</ul></td>
<td><a href="slides/11-wireless.pdf">slides</a></td>
</tr>

<tr>
<td>Thu Feb 20</td>
<td>Midterm (in class)</td>
<td>&nbsp;</td>
<td><a href="exams/midterm-sp24.pdf">Practice midterm (Spring 2024)</a></td>
</tr>

<tr>
<td>Tue Feb 25</td>
<td>Network measurement</td>
<td><ul>
<li><em>Required</em> <a href="https://dl.acm.org/doi/10.1145/248156.248160">End-to-End Routing Behavior in the Internet</a></li>
<li><em>Supplemental</em> Spring, Mahajan, and Wetherall. Measuring ISP Topologies with Rocketfuel. SIGCOMM 2002. [<a href="https://dl.acm.org/doi/10.1145/633025.633039">ACM DL</a>]</li>
</ul></td>
<td><a href="slides/13-measure.pdf">slides</a></td>
</tr>

<tr>
<td>Thu Feb 27</td>
<td>Review &amp; wrap-up</td>
<td><ul>
<li><em>Required</em> <a href="http://ccr.sigcomm.org/online/files/p63-alfares.pdf">A Scalable, Commodity Data Center Network Architecture</a> (re-read)</li>
</ul></td>
<td><a href="https://forms.gle/q3Xk9example">Mid-course feedback form</a></td>
</tr>
</table>

<?php include('footer.php'); ?>
