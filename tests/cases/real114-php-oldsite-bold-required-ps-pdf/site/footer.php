<hr noshade size=1>
<font size=-1 face="Arial,Helvetica">
CSE 552, Winter 2008. Comments to <a href="mailto:cse552-staff@cs.lakeshore.edu">cse552-staff</a>.<br>
Last modified: <?php echo date("F j, Y", filemtime($_SERVER['SCRIPT_FILENAME'])); ?>
</font>
</body>
</html>
