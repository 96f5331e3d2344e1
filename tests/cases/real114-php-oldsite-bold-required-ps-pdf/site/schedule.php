<?php $title = "Schedule"; include("header.php"); ?>

<h2>Schedule and Readings</h2>

<p>This schedule is tentative and will change as the quarter goes on; check back often.
Papers in <b>bold</b> are required reading: read them carefully before class and
turn in a one-paragraph summary of each (by email to the TA, before class starts).
The other papers are recommended if you want to go deeper into a topic.</p>

<p>Most papers are in the ACM Digital Library, which is free from campus machines
(use the <a href="http://www.lib.lakeshore.edu/help/proxy.html">library proxy</a> from home).
For the rest we keep local copies in PostScript [ps] or PDF [pdf].</p>

<p>Starting 2/11, students lead the discussion of the second paper of each class. Sign up
for a slot on the <a href="http://www.cs.lakeshore.edu/forums/cse552/signup/">discussion board</a>.</p>

<font face="Arial,Helvetica" size=-1>
<table border=1 cellpadding=4 cellspacing=0 width="100%" class="sched">
<tr bgcolor="#cccccc">
<th width="7%">Date</th>
<th width="22%">Topic</th>
<th>Readings</th>
<th width="10%">Presenter</th>
<th width="10%">Notes</th>
</tr>

<tr>
<td>1/14</td>
<td>Introduction &amp; course overview</td>
<td><b>Saltzer, Reed, and Clark. <a href="http://web.mit.edu/Saltzer/www/publications/endtoend/endtoend.pdf">End-to-End Arguments in System Design</a>. ACM TOCS 2(4), 1984.</b><br>
Waldo, Wyant, Wollrath, and Kendall. A Note on Distributed Computing. Sun Labs TR-94-29, 1994.
[<a href="papers/waldo94.ps">ps</a>] [<a href="papers/waldo94.pdf">pdf</a>]</td>
<td>EM</td>
<td>[<a href="slides/lec01.ppt">slides</a>]</td>
</tr>

<tr>
<td>1/16</td>
<td>Time, clocks &amp; global state</td>
<td><b><a href="http://portal.acm.org/citation.cfm?id=359563">Time, Clocks, and the Ordering of Events in a Distributed System</a></b>, L. Lamport. CACM 21(7), 1978.<br>
Chandy and Lamport. <a href="http://portal.acm.org/citation.cfm?id=214456">Distributed Snapshots: Determining Global States of Distributed Systems</a>. ACM TOCS 3(1), 1985.</td>
<td>EM</td>
<td>[<a href="slides/lec02.ppt">slides</a>]<br>[<a href="hw/hw1.pdf">HW1 out</a>]</td>
</tr>

<tr bgcolor="#dddddd">
<td>1/21</td>
<td colspan=4 align=center><i>Martin Luther King Jr. Day &mdash; no class</i></td>
</tr>

<tr>
<td>1/23</td>
<td>Remote procedure call</td>
<td><b>Birrell and Nelson. Implementing Remote Procedure Calls. ACM TOCS 2(1), 1984.
[<a href="papers/birrell84.ps">ps</a>] [<a href="http://doi.acm.org/10.1145/2080.357392">ACM DL</a>]</b></td>
<td>EM</td>
<td>[<a href="slides/lec03.ppt">slides</a>]</td>
</tr>

<tr>
<td>1/28</td>
<td>Consensus I: Paxos</td>
<td><b>Lamport. <a href="http://research.microsoft.com/users/lamport/pubs/paxos-simple.pdf">Paxos Made Simple</a>. ACM SIGACT News 32(4), 2001.</b><br>
Lamport. The Part-Time Parliament. ACM TOCS 16(2), 1998. [<a href="http://research.microsoft.com/users/lamport/pubs/lamport-paxos.ps">ps</a>]</td>
<td>EM</td>
<td>[<a href="slides/lec04.ppt">slides</a>]</td>
</tr>

<tr>
<td>1/30</td>
<td>Consensus II: Paxos in practice</td>
<td><b>Chandra, Griesemer, and Redstone. <a href="http://labs.google.com/papers/paxos_made_live.pdf">Paxos Made Live &mdash; An Engineering Perspective</a>. PODC 2007.</b><br>
<b>Burrows. <a href="http://labs.google.com/papers/chubby-osdi06.pdf">The Chubby lock service for loosely-coupled distributed systems</a>. OSDI 2006.</b></td>
<td>EM</td>
<td>[<a href="slides/lec05.ppt">slides</a>]<br>[<a href="hw/hw1.pdf">HW1 due</a>]</td>
</tr>

<tr>
<td>2/4</td>
<td>Byzantine fault tolerance</td>
<td><b>Castro and Liskov. <a href="http://www.pmg.csail.mit.edu/papers/osdi99.pdf">Practical Byzantine Fault Tolerance</a>. OSDI 1999.</b><br>
Lamport, Shostak, and Pease. The Byzantine Generals Problem. ACM TOPLAS 4(3), 1982. [<a href="http://portal.acm.org/citation.cfm?id=357176">ACM DL</a>]</td>
<td>EM</td>
<td>[<a href="slides/lec06.ppt">slides</a>]</td>
</tr>

<tr>
<td>2/6</td>
<td>Replication: primary-backup and chain replication</td>
<td><b>van Renesse and Schneider. <a href="http://www.usenix.org/events/osdi04/tech/renesse.html">Chain Replication for Supporting High Throughput and Availability</a>. OSDI 2004.</b><br>
Budhiraja, Marzullo, Schneider, and Toueg. The Primary-Backup Approach. In <i>Distributed Systems</i>, 2nd ed., 1993. [<a href="papers/primary-backup.pdf">pdf</a>]</td>
<td>EM</td>
<td>[<a href="slides/lec07.ppt">slides</a>]</td>
</tr>

<tr bgcolor="#ffffcc">
<td>2/8 (Fri)</td>
<td colspan=4><font color="#cc0000"><b>Project proposals due</b></font> (5pm, by email to the TA; see the <a href="projects.php">projects page</a>)</td>
</tr>

<tr>
<td>2/11</td>
<td>Distributed file systems</td>
<td><b>Howard et al. <a href="http://portal.acm.org/citation.cfm?id=35059">Scale and Performance in a Distributed File System</a>. ACM TOCS 6(1), 1988.</b><br>
<b>Ghemawat, Gobioff, and Leung. <a href="http://labs.google.com/papers/gfs-sosp2003.pdf">The Google File System</a>. SOSP 2003.</b></td>
<td><a href="http://www.cs.lakeshore.edu/~achen/">Amy Chen</a></td>
<td>[<a href="slides/lec08.ppt">slides</a>]</td>
</tr>

<tr>
<td>2/13</td>
<td>Weak consistency</td>
<td><b>Terry, Theimer, Petersen, Demers, Spreitzer, and Hauser. Managing Update Conflicts in Bayou, a Weakly Connected Replicated Storage System. SOSP 1995.
[<a href="papers/bayou-sosp95.ps">ps</a>] [<a href="papers/bayou-sosp95.pdf">pdf</a>]</b><br>
Vogels. <a href="http://www.allthingsdistributed.com/2007/12/eventually_consistent.html">Eventually Consistent</a> (blog post, 2007).</td>
<td>Raj Patel</td>
<td>[<a href="slides/lec09.ppt">slides</a>]</td>
</tr>

<tr bgcolor=#eeeeee>
<td>2/18
<td colspan=4 align=center><i>Presidents' Day (no class)</i>
</tr>

<tr>
<td>2/20</td>
<td>Dynamo and vector clocks</td>
<td><b>DeCandia et al. <a href="http://www.allthingsdistributed.com/files/amazon-dynamo-sosp2007.pdf">Dynamo: Amazon's Highly Available Key-value Store</a>. SOSP 2007.</b><br>
Optional: re-read <a href="http://doi.acm.org/10.1145/359545.359563">Time, Clocks, and the Ordering of Events in a Distributed System</a> before the vector clock part of the lecture.</td>
<td>Wei Zhang</td>
<td>[<a href="slides/lec10.ppt">slides</a>]</td>
</tr>

<tr>
<td>2/25</td>
<td>Distributed hash tables</td>
<td><b>Stoica, Morris, Karger, Kaashoek, and Balakrishnan. <a href="http://pdos.csail.mit.edu/papers/chord:sigcomm01/chord_sigcomm.pdf">Chord: A Scalable Peer-to-peer Lookup Service for Internet Applications</a>. SIGCOMM 2001.</b><br>
Maymounkov and Mazi&egrave;res. <a href="http://pdos.csail.mit.edu/~petar/papers/maymounkov-kademlia-lncs.pdf">Kademlia: A Peer-to-peer Information System Based on the XOR Metric</a>. IPTPS 2002.</td>
<td>Amy Chen</td>
<td>[<a href="slides/lec11.ppt">slides</a>]</td>
</tr>

<tr bgcolor="#ffcccc">
<td>2/27</td>
<td colspan=4><b>Midterm exam</b> (in class, closed book)</td>
</tr>

<tr>
<td>3/3</td>
<td>Data-parallel computing</td>
<td><a href="http://labs.google.com/papers/mapreduce-osdi04.pdf"><b>MapReduce: Simplified Data Processing on Large Clusters</b></a>, Dean and Ghemawat. OSDI 2004.<br>
Isard, Budiu, Yu, Birrell, and Fetterly. <a href="http://research.microsoft.com/research/sv/dryad/eurosys07.pdf">Dryad: Distributed Data-Parallel Programs from Sequential Building Blocks</a>. EuroSys 2007.</td>
<td>Raj Patel</td>
<td>[<a href="slides/lec12.ppt">slides</a>]</td>
</tr>

</table>
</font>

<p><font size=-1>Slides are PowerPoint; if you cannot open them, ask the TA for a PDF.</font></p>

<?php include("footer.php"); ?>
