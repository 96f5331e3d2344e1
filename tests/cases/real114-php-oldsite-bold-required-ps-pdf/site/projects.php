<?php $title = "Projects"; include("header.php"); ?>

<h2>Projects</h2>

<p>Projects are done in groups of two. The proposal (2 pages) is due <b>Friday 2/8 at 5pm</b>
by email to the TA. Use the <a href="proposal-template.tex">LaTeX template</a>.</p>

<p>Final reports (10 pages, <a href="http://www.usenix.org/events/samples/">USENIX format</a>)
are due Friday 3/21. Presentations are during finals week.</p>

<p>Some ideas: build a Paxos-replicated key-value store and measure it under failures;
compare DHT lookup latency on <a href="http://www.planet-lab.org/">PlanetLab</a>;
reproduce a figure from one of the papers we read.</p>

<?php include("footer.php"); ?>
