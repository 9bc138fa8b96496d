#!/usr/bin/env python3
"""Counts a built site's output files by page kind, for comparing Vestnik's and Hugo's outputs.

usage: count-pages.py DIR [DIR...]   prints one JSON object per directory (one line each)

Kinds follow the URL layout both tools share: article /{lang}/news/{yyyy}/{slug}/, home /{lang}/,
home-page /{lang}/page/N/, year /{lang}/news/{yyyy}/ (and year-page), tags-index /{lang}/tags/,
tag /{lang}/tags/{tag}/ (and tag-page), 404 /{lang}/404.html, root /index.html; any HTML page that
is only a meta-refresh redirect (Hugo's /page/1/ aliases, its root redirect) counts as redirect.
Feeds: feed-language /{lang}/rss.xml, feed-tag /{lang}/tags/{tag}/rss.xml; sitemaps: any
sitemap*.xml. Sizes are summed per kind so that the HTML weight can be compared too.
"""

import json
import os
import re
import sys

KINDS = [
    ("article", re.compile(r"^[a-z]{2}/news/\d{4}/[^/]+/index\.html$")),
    ("news-index", re.compile(r"^[a-z]{2}/news/index\.html$")),
    ("year", re.compile(r"^[a-z]{2}/news/\d{4}/index\.html$")),
    ("year-page", re.compile(r"^[a-z]{2}/news/\d{4}/page/\d+/index\.html$")),
    ("home", re.compile(r"^[a-z]{2}/index\.html$")),
    ("home-page", re.compile(r"^[a-z]{2}/page/\d+/index\.html$")),
    ("tags-index", re.compile(r"^[a-z]{2}/tags/index\.html$")),
    ("tag", re.compile(r"^[a-z]{2}/tags/[^/]+/index\.html$")),
    ("tag-page", re.compile(r"^[a-z]{2}/tags/[^/]+/page/\d+/index\.html$")),
    ("404", re.compile(r"^([a-z]{2}/)?404\.html$")),
    ("root", re.compile(r"^index\.html$")),
    ("feed-language", re.compile(r"^[a-z]{2}/rss\.xml$")),
    ("feed-tag", re.compile(r"^[a-z]{2}/tags/[^/]+/rss\.xml$")),
    ("sitemap", re.compile(r"^([a-z]{2}/)?sitemap[^/]*\.xml$")),
]


def classify(rel, path):
    if rel.endswith(".html"):
        with open(path, "rb") as f:
            head = f.read(2048)
        if b'http-equiv="refresh"' in head and b"<main" not in head:
            return "redirect"
    for kind, pattern in KINDS:
        if pattern.match(rel):
            return kind
    return "other-html" if rel.endswith(".html") else "other"


def count(root):
    counts, sizes = {}, {}
    for directory, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            path = os.path.join(directory, name)
            rel = os.path.relpath(path, root).replace(os.sep, "/")
            kind = classify(rel, path)
            counts[kind] = counts.get(kind, 0) + 1
            sizes[kind] = sizes.get(kind, 0) + os.path.getsize(path)
    html = sum(c for k, c in counts.items() if k not in ("feed-language", "feed-tag", "sitemap", "other"))
    return {"dir": root, "html": html, "counts": dict(sorted(counts.items())), "bytes": dict(sorted(sizes.items()))}


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    for d in sys.argv[1:]:
        print(json.dumps(count(d), sort_keys=True))
