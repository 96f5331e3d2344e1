<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>CS 4420: Computer Networks</title>
<link rel="stylesheet" href="style.css">
</head>
<body>
<div id="banner"><a href="https://www.cs.example.edu/"><img src="img/dept-logo.png" alt="Department of Computer Science"></a></div>
<div id="nav">
<a href="index.php">Schedule</a> |
<a href="syllabus.php">Syllabus</a> |
<a href="https://piazza.com/example/spring2025/cs4420">Piazza</a> |
<a href="https://www.gradescope.com/courses/912345">Gradescope</a>
</div>
<div id="content">
