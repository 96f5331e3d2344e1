</div>
<div id="footer">
<hr>
<a href="https://www.cs.example.edu/">CS Department</a> &middot; Last modified: <?php echo date("F d Y", filemtime(__FILE__)); ?>
</div>
</body>
</html>
