#!/usr/bin/env python3
"""Regenerates the raster icons from resources/icons/drrunbook.svg (run after changing the SVG):
installer/windows/drrunbook.ico (16-256 px) and installer/macos/drrunbook.icns (16-1024 px).
Needs rsvg-convert (Debian: librsvg2-bin). Both formats hold PNG images (Windows Vista+, macOS 10.7+)."""
import pathlib
import struct
import subprocess
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SVG = HERE / "drrunbook.svg"


def png(size: int) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        out = pathlib.Path(tmp) / "icon.png"
        subprocess.run(["rsvg-convert", "-w", str(size), "-h", str(size), "-o", str(out), str(SVG)], check=True)
        return out.read_bytes()


def write_ico(path: pathlib.Path) -> None:
    sizes = [16, 24, 32, 48, 64, 128, 256]
    images = [png(s) for s in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, data in zip(sizes, images):
        dim = 0 if size == 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    path.write_bytes(header + entries + b"".join(images))


def write_icns(path: pathlib.Path) -> None:
    types = [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
             (b"ic10", 1024)]
    body = b""
    for kind, size in types:
        data = png(size)
        body += kind + struct.pack(">I", len(data) + 8) + data
    path.write_bytes(b"icns" + struct.pack(">I", len(body) + 8) + body)


if __name__ == "__main__":
    write_ico(ROOT / "installer" / "windows" / "drrunbook.ico")
    write_icns(ROOT / "installer" / "macos" / "drrunbook.icns")
