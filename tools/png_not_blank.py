#!/usr/bin/env python3
"""Checks that a PNG is not blank: enough pixels differ from the background.

Decodes 8-bit RGB/RGBA PNGs with the standard library only (zlib and the
five PNG row filters), takes the most common colour as the background and
counts the pixels that differ from it. Prints the share and exits 1 when it
is below the threshold (default 0.5%), 0 otherwise.

    png_not_blank.py picture.png [min_percent]
"""
import struct
import sys
import zlib
from collections import Counter


def pixels(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, width = 8, [], None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, ctype = struct.unpack(">IIBB", body[:10])
            if depth != 8 or ctype not in (2, 6):
                raise ValueError("only 8-bit RGB or RGBA PNGs are checked")
            bpp = 3 if ctype == 2 else 4
        elif kind == b"IDAT":
            idat.append(body)
        pos += 12 + length
    raw = zlib.decompress(b"".join(idat))
    stride = width * bpp
    prev = bytearray(stride)
    rows = []
    for y in range(height):
        ftype = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if ftype == 1:
                line[i] = (line[i] + a) & 255
            elif ftype == 2:
                line[i] = (line[i] + b) & 255
            elif ftype == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, bpp, rows


def main():
    path = sys.argv[1]
    threshold = float(sys.argv[2]) if len(sys.argv) > 2 else 0.5
    width, height, bpp, rows = pixels(path)
    counts = Counter()
    for line in rows:
        for x in range(0, len(line), bpp):
            counts[line[x:x + 3]] += 1
    total = width * height
    background, n = counts.most_common(1)[0]
    share = 100.0 * (total - n) / total
    print("%s: %dx%d, %d colours, %.2f%% of pixels differ from the background"
          % (path, width, height, len(counts), share))
    if share < threshold:
        print("%s: looks blank (threshold %.2f%%)" % (path, threshold), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
