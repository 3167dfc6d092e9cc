#!/usr/bin/env python3
"""Runs after `trunk build`: makes the Content-Security-Policy allow Trunk's inline loader
script by its hash (never 'unsafe-inline'), so the page runs only code from its own origin."""
import base64
import hashlib
import re
import sys

dist = sys.argv[1] if len(sys.argv) > 1 else "dist"
path = f"{dist}/index.html"
html = open(path, encoding="utf-8").read()

hashes = []
for m in re.finditer(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, re.S):
    digest = hashlib.sha256(m.group(1).encode("utf-8")).digest()
    hashes.append("'sha256-%s'" % base64.b64encode(digest).decode())

def patch(match):
    csp = match.group(1)
    csp = re.sub(r"script-src ([^;]*)", lambda s: "script-src " + " ".join(
        [p for p in s.group(1).split() if not p.startswith("'sha256-")] + hashes), csp)
    return f'http-equiv="Content-Security-Policy" content="{csp}"'

html, n = re.subn(r'http-equiv="Content-Security-Policy" content="([^"]*)"', patch, html)
if n != 1:
    sys.exit("postbuild: no Content-Security-Policy meta tag found in index.html")
open(path, "w", encoding="utf-8").write(html)
print(f"postbuild: CSP allows {len(hashes)} inline script(s) by hash")
