<?php $title = "Home"; include("header.php"); ?>

<h2>CSE 552: Distributed Systems</h2>

<p><b>Instructor:</b> <a href="http://www.cs.lakeshore.edu/~emarsh/">Ellen Marsh</a>,
Room 4112, office hours Mon 1:30-2:30 or by appointment<br>
<b>TA:</b> Jonathan Kim, Room 2210, office hours Wed 2:00-3:00<br>
<b>Lectures:</b> Mon/Wed 10:30-11:50, Hollis 140</p>

<p>This is a graduate course on the design and implementation of distributed systems.
We will read and discuss classic and recent research papers on time, consensus,
replication, fault tolerance, storage, and large-scale data processing. Students
will do a quarter-long research project in groups of two.</p>

<h3>Announcements</h3>
<ul>
<li><b>1/10:</b> Welcome! The first lecture is Monday 1/14. Please sign up for the
<a href="http://lists.cs.lakeshore.edu/mailman/listinfo/cse552">class mailing list</a>.
<li><b>1/23:</b> Project proposal guidelines are on the <a href="projects.php">projects page</a>.
<li><b>2/20:</b> The midterm is Wednesday 2/27 in class. It covers everything through DHTs.
</ul>

<h3>Grading</h3>
<ul>
<li>Paper summaries (one paragraph per required paper, due before class): 20%
<li>Midterm: 25%
<li>Project: 45%
<li>Class participation: 10%
</ul>

<h3>Textbook</h3>
<p>There is no required textbook. Tanenbaum and van Steen,
<i><a href="http://www.distributed-systems.net/">Distributed Systems: Principles and Paradigms</a></i>
(2nd ed.) is a good reference if you want one.</p>

<?php include("footer.php"); ?>
