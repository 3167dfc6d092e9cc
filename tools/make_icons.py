#!/usr/bin/env python3
"""Draws the app icons (PNG, for the web app manifest) without any image library: the brand
teal square with a rising white line and a yellow dot, like public/icon.svg. Run once; the PNGs
are committed."""
import struct
import zlib

TEAL, WHITE, YELLOW = (0x1F, 0x5F, 0x5B), (255, 255, 255), (0xF2, 0xB8, 0x4B)


def seg_dist(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    cx, cy = ax + t * dx, ay + t * dy
    return ((px - cx) ** 2 + (py - cy) ** 2) ** 0.5


def pixel(x, y, n):
    u, v = x * 64 / n, y * 64 / n  # the 64-unit design grid of icon.svg
    pts = [(14, 44), (28, 30), (36, 38), (50, 20)]
    if ((u - 50) ** 2 + (v - 20) ** 2) ** 0.5 <= 5:
        return YELLOW
    if min(seg_dist(u, v, *pts[i], *pts[i + 1]) for i in range(3)) <= 3:
        return WHITE
    return TEAL  # full-bleed square: "maskable" safe


def png(n, path):
    rows = b"".join(b"\x00" + bytes(c for x in range(n) for c in pixel(x + 0.5, y + 0.5, n)) for y in range(n))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", n, n, 8, 2, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


for size in (192, 512):
    png(size, f"public/icon-{size}.png")
