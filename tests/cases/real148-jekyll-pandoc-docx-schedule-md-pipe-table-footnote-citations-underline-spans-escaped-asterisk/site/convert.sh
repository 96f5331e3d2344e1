#!/bin/sh
# Convert the Word sources to Markdown pages for Jekyll.
# pandoc 3.1.9; pipe tables only (kramdown cannot read grid tables).
set -e
FMT=markdown-simple_tables-multiline_tables-grid_tables-raw_attribute
for name in schedule syllabus; do
  title=$(echo "$name" | sed 's/./\U&/')
  {
    printf -- '---\nlayout: page\ntitle: %s\npermalink: /%s/\n---\n\n' "$title" "$name"
    printf '<!-- Generated from docx/PUBP6210-%s.docx by convert.sh. Edit the .docx, not this file. -->\n\n' "$name"
    pandoc -f docx -t "$FMT" --wrap=auto --columns=72 "docx/PUBP6210-$name.docx"
  } > "$name.md"
done
