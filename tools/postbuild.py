#!/usr/bin/env python3
"""Runs after `trunk build`:
1. makes the Content-Security-Policy allow Trunk's inline loader script by its hash (never
   'unsafe-inline'), so the page runs only code from its own origin;
2. writes dist/sw.js, the service worker that precaches every file of this build, versioned by
   a hash of their contents (a new build = a new version the user is offered)."""
import base64
import hashlib
import os
import re
import sys

dist = sys.argv[1] if len(sys.argv) > 1 else "dist"
path = f"{dist}/index.html"
html = open(path, encoding="utf-8").read()

# ---- two stylesheets: the shell's, and the parts' ----
# The first load links only the styles of the shell (main.css: home, menu, notices). The rest
# styles the screens in the wasm parts, the lock screen included; src/browser.rs (part_styles)
# adds it when the first part loads, and names it from <meta name="part-styles">. Trunk names
# each file <stem>-<hash>.css.
SHELL_STYLES = ("main",)
links = list(re.finditer(r'<link rel="stylesheet" href="/([^"]+\.css)"[^>]*/?>\s*', html))
if links:
    def joined(group, prefix):
        css = "\n".join(open(f"{dist}/{m.group(1)}", encoding="utf-8").read() for m in group)
        name = "%s-%s.css" % (prefix, hashlib.sha256(css.encode()).hexdigest()[:16])
        open(f"{dist}/{name}", "w", encoding="utf-8").write(css)
        return name
    stem = lambda m: re.sub(r"-[0-9a-f]+\.css$", "", m.group(1))
    shell = [m for m in links if stem(m) in SHELL_STYLES]
    rest = [m for m in links if stem(m) not in SHELL_STYLES]
    if len(shell) != len(SHELL_STYLES) or not rest:
        sys.exit(f"postbuild: expected the stylesheets {SHELL_STYLES} and the parts' in index.html")
    app_css, part_css = joined(shell, "app"), joined(rest, "parts")
    for m in links:
        os.remove(f"{dist}/{m.group(1)}")
    first = links[0]
    html = html[: first.start()] + (
        f'<link rel="stylesheet" href="/{app_css}">\n  <meta name="part-styles" content="/{part_css}">\n  '
    ) + "".join(html[links[i].end() : links[i + 1].start()] for i in range(len(links) - 1)) + html[links[-1].end() :]
    print(f"postbuild: {len(shell)} stylesheets joined into {app_css}, {len(rest)} into {part_css}")

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

# ---- service worker ----
import json
import os

assets = ["/", "/index.html"]
digest = hashlib.sha256()
for dirpath, _, files in sorted(os.walk(dist)):
    for name in sorted(files):
        full = os.path.join(dirpath, name)
        rel = "/" + os.path.relpath(full, dist).replace(os.sep, "/")
        if rel in ("/sw.js", "/index.html") or rel.endswith((".br", ".gz")):
            continue
        assets.append(rel)
        digest.update(rel.encode())
        digest.update(open(full, "rb").read())
digest.update(html.encode("utf-8"))
version = digest.hexdigest()[:16]
here = os.path.dirname(os.path.abspath(__file__))
template = open(os.path.join(here, "sw.template.js"), encoding="utf-8").read()
sw = template.replace("__VERSION__", version).replace("__ASSETS__", json.dumps(assets, indent=2))
open(os.path.join(dist, "sw.js"), "w", encoding="utf-8").write(sw)
print(f"postbuild: sw.js version {version} precaches {len(assets)} files")
