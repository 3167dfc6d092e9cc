#!/usr/bin/env python3
"""Serves the release build (dist/) on 127.0.0.1 the way a static host would.

- Any path that is not a file gets index.html, so every deep link of the single-page app works
  after a reload.
- `--gzip` answers with the precompressed `.br` / `.gz` files that `make build` writes (or
  compresses on the fly), as a real static host would; Lighthouse measures it this way.
- Binds to loopback only: nothing here is meant to be reachable from another machine.
"""
import argparse
import gzip
import http.server
import mimetypes
import os
import sys

mimetypes.add_type("application/wasm", ".wasm")
mimetypes.add_type("text/javascript", ".js")
mimetypes.add_type("application/manifest+json", ".webmanifest")
mimetypes.add_type("image/svg+xml", ".svg")

COMPRESSIBLE = ("text/", "application/javascript", "application/wasm", "application/json",
                "application/manifest+json", "image/svg+xml")


def make_handler(root, use_gzip):
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, fmt, *args):
            if os.environ.get("SERVE_QUIET") != "1":
                sys.stderr.write("%s %s\n" % (self.address_string(), fmt % args))

        def do_HEAD(self):
            self.respond(head=True)

        def do_GET(self):
            self.respond(head=False)

        def respond(self, head):
            path = self.path.split("?", 1)[0].split("#", 1)[0]
            rel = os.path.normpath(path.lstrip("/")) if path != "/" else "index.html"
            full = os.path.join(root, rel)
            if rel.startswith("..") or not os.path.isfile(full):
                # Files that look like assets must 404 for real; routes fall back to the app.
                last = rel.rsplit("/", 1)[-1]
                if "." in last and not last.endswith(".html"):
                    self.send_error(404)
                    return
                full = os.path.join(root, "index.html")
            ctype = mimetypes.guess_type(full)[0] or "application/octet-stream"
            accept = self.headers.get("Accept-Encoding", "")
            encoding = None
            body = None
            if use_gzip and ctype.startswith(COMPRESSIBLE):
                for enc, ext in (("br", ".br"), ("gzip", ".gz")):
                    if enc in accept and os.path.isfile(full + ext):
                        with open(full + ext, "rb") as f:
                            body = f.read()
                        encoding = enc
                        break
            if body is None:
                with open(full, "rb") as f:
                    body = f.read()
                if use_gzip and ctype.startswith(COMPRESSIBLE) and "gzip" in accept:
                    body = gzip.compress(body, 9)
                    encoding = "gzip"
            self.send_response(200)
            self.send_header("Content-Type", ctype + ("; charset=utf-8" if ctype.startswith("text/") else ""))
            self.send_header("Content-Length", str(len(body)))
            if encoding:
                self.send_header("Content-Encoding", encoding)
                self.send_header("Vary", "Accept-Encoding")
            # index.html and the service worker must be revalidated so updates are noticed;
            # hashed assets can be cached for long.
            name = os.path.basename(full)
            if name in ("index.html", "sw.js", "manifest.webmanifest"):
                self.send_header("Cache-Control", "no-cache")
            else:
                self.send_header("Cache-Control", "public, max-age=31536000, immutable")
            self.send_header("X-Content-Type-Options", "nosniff")
            self.end_headers()
            if not head:
                self.wfile.write(body)

    return Handler


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default="dist")
    ap.add_argument("--port", type=int, default=8080)
    ap.add_argument("--gzip", action="store_true")
    args = ap.parse_args()
    root = os.path.abspath(args.dir)
    if not os.path.isfile(os.path.join(root, "index.html")):
        sys.exit(f"{root}/index.html is missing: run `make build` first")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), make_handler(root, args.gzip))
    print(f"Serving {root} on http://127.0.0.1:{args.port}/", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
