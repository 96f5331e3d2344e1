"""Check that every http(s) link in the site's Markdown and data files answers."""
import pathlib
import re
import sys
import urllib.request

URL = re.compile(r"https?://[^\s)\"'>]+")

def main() -> int:
    bad = 0
    for path in pathlib.Path(".").rglob("*"):
        if path.suffix not in {".md", ".yml", ".html"} or "_site" in path.parts:
            continue
        for url in URL.findall(path.read_text(encoding="utf-8")):
            try:
                urllib.request.urlopen(urllib.request.Request(url, method="HEAD"), timeout=10)
            except Exception as exc:  # noqa: BLE001
                print(f"{path}: {url}: {exc}")
                bad += 1
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
