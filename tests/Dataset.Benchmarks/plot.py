#!/usr/bin/env python3
"""Plots time against N for the generator and the compile from BenchmarkDotNet JSON reports, as an SVG.

Usage: plot.py OUT.svg [--single FILE.tsv] ARTIFACTS_DIR...
  ARTIFACTS_DIR: as given to --artifacts (reads results/*-report*.json).
  --single: single-shot points (the `stats` command at N = 10,000), lines "type<TAB>method<TAB>N<TAB>milliseconds";
  drawn as hollow markers joined by a dashed line.
Also prints the points as a markdown table. Standard library only.
"""
import glob, json, math, os, sys

SERIES = [  # (type, method description, label, colour)
    ("GeneratorBenchmarks", "parse-only (YamlDotNet)", "parse-only baseline (YamlDotNet)", "#888888"),
    ("GeneratorBenchmarks", "generator full run", "generator full run", "#1f77b4"),
    ("GeneratorBenchmarks", "generator one-file edit", "generator one-file edit", "#2ca02c"),
    ("CompileBenchmarks", "compile (parse+bind+emit)", "compile of the generated code", "#d62728"),
]

def load(dirs):
    points = {}
    for d in dirs:
        for path in glob.glob(os.path.join(d, "results", "*-report*.json")):
            with open(path) as f:
                data = json.load(f)
            for b in data.get("Benchmarks", []):
                stats = b.get("Statistics")
                if not stats:
                    continue
                n = int(b["Parameters"].split("N=")[1].split("&")[0])
                key = (b["Type"], b["MethodTitle"].strip("'"))
                points.setdefault(key, {})[n] = stats["Mean"] / 1e6  # ms
    return points

def main():
    out, args = sys.argv[1], sys.argv[2:]
    single = {}
    if args[:1] == ["--single"]:
        with open(args[1]) as f:
            for line in f:
                if line.strip() and not line.startswith("#"):
                    t, m, n, ms = line.rstrip("\n").split("\t")
                    single.setdefault((t, m), {})[int(n)] = float(ms)
        args = args[2:]
    points = load(args)
    for key, series in single.items():
        for n, v in series.items():
            points.setdefault(key, {}).setdefault(n, v)
    width, height, left, right, top, bottom = 760, 480, 80, 230, 30, 60
    xs = [n for s in points.values() for n in s]
    ys = [v for s in points.values() for v in s.values()]
    x0, x1 = math.log10(min(xs)), math.log10(max(xs))
    y0, y1 = math.floor(math.log10(min(ys))), math.ceil(math.log10(max(ys)))
    px = lambda n: left + (math.log10(n) - x0) / max(x1 - x0, 1e-9) * (width - left - right)
    py = lambda v: height - bottom - (math.log10(v) - y0) / max(y1 - y0, 1e-9) * (height - top - bottom)
    svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="12">',
           f'<rect width="{width}" height="{height}" fill="white"/>',
           f'<text x="{left}" y="18" font-size="14">Time against N (articles), log-log; mean of BenchmarkDotNet iterations</text>']
    for e in range(y0, y1 + 1):
        y = py(10 ** e)
        label = f"{10 ** e:g} ms" if e < 3 else f"{10 ** (e - 3):g} s"
        svg.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" stroke="#ddd"/>')
        svg.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{label}</text>')
    for n in sorted(set(xs)):
        x = px(n)
        svg.append(f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{height - bottom}" stroke="#eee"/>')
        svg.append(f'<text x="{x:.1f}" y="{height - bottom + 16}" text-anchor="middle">{n:,}</text>')
    svg.append(f'<text x="{(left + width - right) / 2}" y="{height - 18}" text-anchor="middle">N (articles)</text>')
    legend_y = top + 10
    print("| series | " + " | ".join(f"N={n:,}" for n in sorted(set(xs))) + " |")
    print("| --- |" + " ---: |" * len(set(xs)))
    for type_, method, label, colour in SERIES:
        series = points.get((type_, method))
        if not series:
            continue
        pts = sorted(series.items())
        shots = single.get((type_, method), {})
        measured = [(n, v) for n, v in pts if n not in shots]
        path = " ".join(f"{px(n):.1f},{py(v):.1f}" for n, v in measured)
        svg.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"/>')
        if shots and measured:
            last = measured[-1]
            for n, v in sorted(shots.items()):
                svg.append(f'<line x1="{px(last[0]):.1f}" y1="{py(last[1]):.1f}" x2="{px(n):.1f}" y2="{py(v):.1f}" stroke="{colour}" stroke-width="2" stroke-dasharray="5,4"/>')
        for n, v in pts:
            fill = "white" if n in shots else colour
            svg.append(f'<circle cx="{px(n):.1f}" cy="{py(v):.1f}" r="3.5" fill="{fill}" stroke="{colour}" stroke-width="1.5"/>')
        svg.append(f'<rect x="{width - right + 15}" y="{legend_y - 9}" width="12" height="12" fill="{colour}"/>')
        svg.append(f'<text x="{width - right + 32}" y="{legend_y + 1}">{label}</text>')
        legend_y += 20
        print(f"| {label} | " + " | ".join(f"{series[n]:,.1f} ms" if n in series else "" for n in sorted(set(xs))) + " |")
    if single:
        svg.append(f'<text x="{width - right + 15}" y="{legend_y + 10}" font-size="11">hollow, dashed: one run (stopwatch)</text>')
        svg.append(f'<text x="{width - right + 15}" y="{legend_y + 25}" font-size="11">filled: BenchmarkDotNet mean</text>')
    svg.append("</svg>")
    with open(out, "w") as f:
        f.write("\n".join(svg) + "\n")

if __name__ == "__main__":
    main()
