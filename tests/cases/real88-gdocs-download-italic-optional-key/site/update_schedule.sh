#!/bin/sh
# Refresh schedule.html from the Google Doc export zip in ~/Downloads.
set -e
zip=$(ls -t ~/Downloads/CSE591Syllabus*.zip | head -1)
unzip -o -j "$zip" '*.html' -d /tmp/cse591
mv /tmp/cse591/CSE591SyllabusSpring2026.html schedule.html
