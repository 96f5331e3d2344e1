#!/usr/bin/env python3
"""Regenerate ../schedule.html from schedule.yaml (kept in the staff repo).

    python3 scripts/gen_schedule.py < schedule.yaml > schedule.html

One <tr> per item; the Date and Lecture cells span the lecture's items.
"""
import html
import sys

import yaml

HEAD = open(__file__.replace("gen_schedule.py", "head.html")).read()


def cell_item(item):
    if "url" not in item:
        return html.escape(item["text"])
    pre, post = item.get("pre", ""), item.get("post", "")
    return f'{pre}<a href="{item["url"]}">{item["text"]}</a>{post}'


def main():
    lectures = yaml.safe_load(sys.stdin)
    out = [HEAD]
    for lec in lectures:
        items = lec.get("items") or []
        if not items:
            out.append(f'<tr class="noclass"><td>{lec["date"]}</td><td colspan="3"><em>{lec["title"]}</em></td></tr>')
            continue
        n = len(items)
        for i, item in enumerate(items):
            row = ['<tr>' if i else '<tr class="first">']
            if i == 0:
                row.append(f'<td class="date" rowspan="{n}">{lec["date"]}</td>')
                row.append(f'<td class="lecture" rowspan="{n}">{lec["title"]}</td>')
            kind = item["type"]
            row.append(f'<td class="type type-{kind.lower()}">{kind}</td>')
            row.append(f'<td class="item">{cell_item(item)}</td></tr>')
            out.append("".join(row))
    out.append("</tbody></table>\n</main>\n</body>\n</html>")
    print("\n".join(out))


if __name__ == "__main__":
    main()
