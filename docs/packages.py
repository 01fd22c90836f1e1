#!/usr/bin/env python3
"""Draws docs/packages.svg from the imports of src/main/java: one box a package, an arrow for "uses".

Run from the repository's root: python3 docs/packages.py > docs/packages.svg
The screens (org.salondesk.ui.*) are one box; the root package is two: the facade (SalonDesk) and the kernel (the
error type, its codes, the argument checks). Rows run from the top layer down: every arrow points down. An arrow
that a chain of other arrows already implies is left out, so that the picture stays readable (PackageRulesTest
checks the full rules).
"""
import os
import re
import sys
from collections import defaultdict

SOURCES = "src/main/java"
ROLES = {  # box colour by layer of the design
    "app": "#dbe8f6", "ui": "#dbe8f6", "demo": "#dbe8f6", "facade": "#e6dcf3",
    "guard": "#fbe3c8", "availability": "#fbe3c8", "persistence": "#e4e4e4", "changes": "#e4e4e4",
    "kernel": "#f4f4f4", "i18n": "#f4f4f4",
}
FEATURE = "#d9efd9"
NOTES = {
    "ui": "one package a screen", "facade": "SalonDesk", "kernel": "ErrorCode, SalonDeskException",
    "guard": "the write guard", "availability": "the free-time rules", "changes": "the change feed",
    "persistence": "pool, Flyway, Hibernate",
}


def node(package, simple_name):
    parts = package.split(".")
    if len(parts) == 2:
        return "facade" if simple_name in ("SalonDesk", "DeskServices") else "kernel"
    return parts[2]


def read_graph():
    classes = {}
    files = []
    for folder, _, names in os.walk(SOURCES):
        for name in names:
            if name.endswith(".java"):
                path = os.path.join(folder, name)
                text = open(path, encoding="utf-8").read()
                package = re.search(r"^package\s+([\w.]+);", text, re.M).group(1)
                classes[package + "." + name[:-5]] = node(package, name[:-5])
                files.append((node(package, name[:-5]), text))
    edges = defaultdict(set)
    for source, text in files:
        code = re.sub(r"//.*|/\*[\s\S]*?\*/", "", text)
        for reference in set(re.findall(r"\b(org\.salondesk(?:\.\w+)+)", code)):
            parts = reference.split(".")
            for end in range(len(parts), 1, -1):
                target = classes.get(".".join(parts[:end]))
                if target:
                    if target != source:
                        edges[source].add(target)
                    break
    return edges


def layers_of(edges, nodes):
    layer = {}

    def depth(n, seen=()):
        if n in seen:
            sys.exit("cycle through " + " -> ".join(seen + (n,)))
        if n not in layer:
            layer[n] = 1 + max((depth(m, seen + (n,)) for m in edges.get(n, ())), default=-1)
        return layer[n]

    for n in nodes:
        depth(n)
    # What only the top uses (the screens, under app) sits right under it rather than as low as it could go.
    top = max(layer.values())
    for n in nodes:
        parents = [m for m in nodes if n in edges.get(m, ())]
        if parents and all(layer[m] == top for m in parents):
            layer[n] = top - 1
    return layer


def reduced(edges):
    def reach(start, skip):
        stack, seen = [m for m in edges[start] if m != skip], set()
        while stack:
            n = stack.pop()
            if n not in seen:
                seen.add(n)
                stack.extend(edges.get(n, ()))
        return seen

    return {(a, b) for a in list(edges) for b in edges[a] if b not in reach(a, b)}


def svg(edges):
    nodes = set(edges) | {b for targets in edges.values() for b in targets}
    layer = layers_of(edges, nodes)
    rows = defaultdict(list)
    for n in nodes:
        rows[layer[n]].append(n)
    width, box_w, box_h, gap_y = 1000, 150, 46, 48
    top = max(rows)
    place = {}
    for level, members in rows.items():
        members.sort()
        step = width / (len(members) + 1)
        y = 100 + (top - level) * (box_h + gap_y)
        for i, n in enumerate(members):
            place[n] = (step * (i + 1), y)
    height = 100 + (top + 1) * (box_h + gap_y) - 20
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" font-family="DejaVu Sans, Arial, sans-serif">',
           f'<rect width="{width}" height="{height}" fill="white"/>',
           '<text x="20" y="30" font-size="18" font-weight="bold">SalonDesk: packages and what uses what</text>',
           '<text x="20" y="52" font-size="12" fill="#444">An arrow reads "uses"; every arrow points down (no cycle).'
           ' Arrows implied by a chain of others are left out. Drawn from the imports by docs/packages.py.</text>']
    lanes = {"left": 40, "right": width - 40}
    for a, b in sorted(reduced(edges), key=lambda edge: (-layer[edge[0]], edge)):
        (x1, y1), (x2, y2) = place[a], place[b]
        y1 += box_h / 2
        y2 -= box_h / 2
        if layer[a] - layer[b] == 1:
            bend = (y2 - y1) * 0.45
            line = f"M{x1:.0f},{y1:.0f} C{x1:.0f},{y1 + bend:.0f} {x2:.0f},{y2 - bend:.0f} {x2:.0f},{y2 - 7:.0f}"
        else:
            # A long arrow runs down a lane beside the boxes, so that it never seems to pass through one.
            side = "left" if (x1 + x2) / 2 < width / 2 else "right"
            lane = lanes[side]
            lanes[side] += 14 if side == "left" else -14
            shift = 5 * (abs(lane - width / 2) - (width / 2 - 40)) / 14
            top_y, bottom_y = y1 + gap_y / 2 + shift, y2 - gap_y / 2 + shift
            line = (f"M{x1:.0f},{y1:.0f} C{x1:.0f},{top_y:.0f} {lane:.0f},{y1:.0f} {lane:.0f},{top_y:.0f} "
                    f"L{lane:.0f},{bottom_y:.0f} C{lane:.0f},{y2:.0f} {x2:.0f},{bottom_y:.0f} {x2:.0f},{y2 - 7:.0f}")
        out.append(f'<path d="{line}" fill="none" stroke="#777" stroke-width="1.3"/>')
        out.append(f'<path d="M{x2 - 5:.0f},{y2 - 9:.0f} L{x2 + 5:.0f},{y2 - 9:.0f} L{x2:.0f},{y2:.0f} z" '
                   f'fill="#555"/>')
    for n, (x, y) in sorted(place.items()):
        out.append(f'<rect x="{x - box_w / 2:.0f}" y="{y - box_h / 2:.0f}" width="{box_w}" height="{box_h}" '
                   f'rx="8" fill="{ROLES.get(n, FEATURE)}" stroke="#555"/>')
        label_y = y - 3 if n in NOTES else y + 5
        out.append(f'<text x="{x:.0f}" y="{label_y:.0f}" font-size="14" text-anchor="middle">{n}</text>')
        if n in NOTES:
            out.append(f'<text x="{x:.0f}" y="{y + 13:.0f}" font-size="10" fill="#444" '
                       f'text-anchor="middle">{NOTES[n]}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    sys.stdout.write(svg(read_graph()))
