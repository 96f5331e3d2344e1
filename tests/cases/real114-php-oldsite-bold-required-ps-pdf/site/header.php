<html>
<head>
<title>CSE 552: <?php echo $title; ?></title>
<link rel="stylesheet" type="text/css" href="style.css">
</head>
<body bgcolor="#ffffff" text="#000000" link="#003399" vlink="#663399">

<table width="100%" cellpadding=6 cellspacing=0 border=0 bgcolor="#1f3a60">
<tr>
<td><font face="Arial,Helvetica" size=+2 color="#ffffff"><b>CSE 552: Distributed Systems</b></font><br>
<font face="Arial,Helvetica" size=-1 color="#e8e3d3">Winter 2008 &middot; MW 10:30-11:50 &middot; Hollis 140</font></td>
</tr>
</table>

<table cellpadding=4 cellspacing=0 border=0>
<tr>
<td><font face="Arial,Helvetica" size=-1>
<a href="index.php">Home</a> |
<a href="schedule.php">Schedule &amp; Readings</a> |
<a href="projects.php">Projects</a> |
<a href="http://www.cs.lakeshore.edu/forums/cse552/">Discussion board</a> |
<a href="mailto:cse552-staff@cs.lakeshore.edu">Email staff</a>
</font></td>
</tr>
</table>
<hr noshade size=1>
