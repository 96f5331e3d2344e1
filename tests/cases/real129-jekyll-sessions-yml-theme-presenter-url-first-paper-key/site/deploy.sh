#!/bin/sh
set -e
bundle exec jekyll build
rsync -av --delete _site/ spl@ssh.cs.rice.edu:public_html/
