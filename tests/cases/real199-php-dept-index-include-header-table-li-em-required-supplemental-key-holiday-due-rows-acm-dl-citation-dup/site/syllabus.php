<?php include('header.php'); ?>
<h2>Syllabus</h2>
<p>Instructor: Prof. Ruth Okonkwo (Gates 412). TAs: Jun Park, Lea Novak.</p>
<h3>Grading</h3>
<ul>
<li>Problem sets (4): 40%</li>
<li>Midterm: 25%</li>
<li>Project: 35%</li>
</ul>
<p>Textbook (optional): Peterson &amp; Davie, <a href="https://book.systemsapproach.org/">Computer Networks: A Systems Approach</a>.</p>
<?php include('footer.php'); ?>
