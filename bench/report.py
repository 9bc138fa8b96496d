#!/usr/bin/env python3
"""Turns bench/run.sh's raw data (WORK/measurements.tsv and friends) into RESULTS.md on stdout.

usage: report.py WORK
"""

import json
import os
import re
import statistics
import sys

CASES = ["vestnik-java clean", "vestnik-maven clean", "hugo clean",
         "vestnik-java no-change", "hugo no-change", "vestnik-java one-edit"]
# each row's wall time is compared with this Hugo case
HUGO_OF = {"clean": "hugo clean", "no-change": "hugo no-change", "one-edit": "hugo no-change"}
KIND_ORDER = ["article", "home", "home-page", "news-index", "year", "year-page", "tags-index", "tag", "tag-page", "404", "root",
              "redirect", "other-html", "feed-language", "feed-tag", "sitemap", "other"]


def load_rows(work):
    rows = {}
    with open(os.path.join(work, "measurements.tsv"), encoding="utf-8") as f:
        for line in f:
            n, case, run, wall, user, sys_, rss, pages = line.rstrip("\n").split("\t")
            rows.setdefault(int(n), {}).setdefault(case, []).append(
                {"wall": float(wall), "cpu": float(user) + float(sys_), "rss": int(rss) / 1024, "pages": int(pages)})
    return rows


def load_lines(path):
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f if line.strip()]


def load_of(uptime_line):
    m = re.search(r"load average: ([\d.]+), ([\d.]+), ([\d.]+)", uptime_line)
    return tuple(float(x) for x in m.groups()) if m else None


def stage_timings(logs):
    """Vestnik's own `--verbose` stage timings from the plain Java runs' logs, one line per run."""
    if not os.path.isdir(logs):
        return []
    lines = []
    order = {"clean": 0, "nochange": 1, "edit": 2}
    names = [f for f in os.listdir(logs) if re.match(r"java-(clean|nochange|edit)-\d+\.log$", f)]
    names.sort(key=lambda f: (order[f.split("-")[1]], int(re.search(r"(\d+)\.log$", f).group(1))))
    for name in names:
        with open(os.path.join(logs, name), encoding="utf-8", errors="replace") as f:
            stages = re.findall(r"^vestnik: \[debug\] (\w+): (\d+) ms$", f.read(), re.M)
        lines.append("%-17s %s" % (name[:-4] + ":", "  ".join("%s %5s ms" % st for st in stages)))
    return lines


def median_of(rows, n, case, field="wall"):
    runs = rows.get(n, {}).get(case)
    return statistics.median(r[field] for r in runs) if runs else None


def targets(rows):
    """The figures that issue 5 sets a bar for, at the largest N measured, each with its verdict."""
    n = max(rows, default=None)
    if n is None:
        return []
    java, maven, hugo = (median_of(rows, n, c) for c in ("vestnik-java clean", "vestnik-maven clean", "hugo clean"))
    nochange = median_of(rows, n, "vestnik-java no-change")
    rss = max((r["rss"] for case in ("vestnik-java clean", "vestnik-maven clean") for r in rows[n].get(case, [])),
              default=None)
    checks = []
    if java and hugo:
        checks.append(("plain Java clean build at least 2× faster than Hugo", "%.1f s vs %.1f s: %.2f×"
                       % (java, hugo, hugo / java), hugo / java >= 2))
    if maven and hugo:
        checks.append(("Maven clean build faster than Hugo", "%.1f s vs %.1f s: %.2f×" % (maven, hugo, hugo / maven),
                       maven < hugo))
    if rss:
        checks.append(("peak RSS of a Vestnik clean build under 512 MB", "%.0f MB" % rss, rss < 512))
    if nochange and java:
        checks.append(("no-change rebuild under 10% of a clean build", "%.2f s = %.1f%% of %.1f s"
                       % (nochange, 100 * nochange / java, java), nochange < 0.1 * java))
    if not checks:
        return []
    lines = ["## Against the bar (N = %d, medians)" % n, "", "| target | measured | met |", "|---|---|---|"]
    lines += ["| %s | %s | %s |" % (what, figure, "yes" if ok else "**no**") for what, figure, ok in checks]
    return lines + [""]


def main():
    work = sys.argv[1]
    meta = json.load(open(os.path.join(work, "meta.json"), encoding="utf-8"))
    rows = load_rows(work)
    loads = [line.split("\t") for line in load_lines(os.path.join(work, "load.tsv"))]
    edited = dict(line.split("\t") for line in load_lines(os.path.join(work, "edited.tsv")))
    nproc = meta["nproc"]
    # the load before each size (after run.sh waited for quiet), and the CPU time other processes
    # took while it ran, as a share of all the machine's CPU time in that span; the load average
    # after a size is the benchmark's own and says nothing of other work
    busiest = max((load_of(l[2])[0] for l in loads if l[1] == "before" and load_of(l[2])), default=0.0)
    foreign = {int(l[0]): (float(l[2]), float(l[3])) for l in loads if l[1] == "foreign"}
    foreign_share = max((cpu / (span * nproc) for cpu, span in foreign.values() if span > 0), default=0.0)
    busy = busiest > 0.5 * nproc or foreign_share > 0.05
    preliminary = busy or 10000 not in rows

    out = ["# Vestnik vs Hugo: build benchmark results", ""]
    if preliminary:
        out += ["**Preliminary figures.** " + ("The machine was shared and busy while they were taken (1-minute load "
                "average before a size up to %.1f on %d cores, other processes took up to %.0f%% of its CPU time "
                "during one, see below): wall times are inflated and noisy; compare CPU times and ratios rather "
                "than absolute seconds. " % (busiest, nproc, 100 * foreign_share) if busy else "")
                + ("N=10000 was not run. " if 10000 not in rows else "")
                + "The lead runs the final figures on an idle machine.", ""]
    out += [
        "- Date: %s" % meta["date"],
        "- Machine: %d cores (`nproc`), %s, %s RAM, Linux %s" % (nproc, meta["cpu"], meta["memory"], meta["kernel"]),
        "- JVM options: `%s` for the plain Java run and, through `MAVEN_OPTS`, for Maven; Hugo has no limit"
        % meta["heap"],
        "- Tools: %s; %s; %s" % (meta["java"], meta["maven"].replace("\x1b[1m", "").replace("\x1b[m", ""),
                                 meta["hugo"]),
        "- Engine: %s (plain Java: generator/target/classes; Maven: the plugin jar "
        "installed from it into `%s`, sha256 %s…)" % (meta["engine"], meta["m2"], meta["plugin_sha"]),
        "- Runs: median of %s timed runs per case, after %s untimed warm-up run(s) per tool; clean runs of the "
        "three tools interleaved; output trees deleted outside the timed part" % (meta["runs"], meta["warmup"]),
        "- Command: `%s` (from the repository root)" % meta["command"],
        "",
        "Columns: *wall* and *CPU* (user+system) are medians; *pages* counts the output's `.html` files; "
        "*peak RSS* is the largest \"Maximum resident set size\" of `/usr/bin/time -v` over the runs (for Maven: "
        "the Maven JVM, plugin included); *× Hugo* is the median wall time over Hugo's (clean vs clean, rebuilds "
        "vs Hugo's no-change rebuild, which rebuilds everything).",
        "",
    ]
    out += targets(rows)
    for n in sorted(rows):
        corpus_path = os.path.join(work, "n%d" % n, "corpus.json")
        corpus = json.load(open(corpus_path, encoding="utf-8")) if os.path.exists(corpus_path) else {}
        out += ["## N = %d articles per language" % n, ""]
        if corpus:
            out += ["Corpus: %d stories (%s in three languages, %s in two, %s in one), %d articles, %.1f MB of "
                    "Markdown, %d words, dates 2020–2025, 20 tags." % (
                        corpus["stories"], corpus["stories_by_versions"]["3"], corpus["stories_by_versions"]["2"],
                        corpus["stories_by_versions"]["1"], corpus["articles"], corpus["bytes"] / 1e6,
                        corpus["words"]), ""]
        for when, line in [(l[1], l[2]) for l in loads if int(l[0]) == n and l[1] != "foreign"]:
            out.append("- Load %s: `%s`" % (when, line.strip()))
        if n in foreign:
            cpu, span = foreign[n]
            out.append("- Other processes' CPU time while this size ran: %.1f s of %.0f s × %d cores (%.1f%%)"
                       % (cpu, span, nproc, 100 * cpu / (span * nproc) if span > 0 else 0))
        out += ["", "| case | wall s | CPU s | pages | pages/s | peak RSS MB | × Hugo |",
                "|---|---:|---:|---:|---:|---:|---:|"]
        cases = rows[n]
        for case in CASES + sorted(set(cases) - set(CASES)):
            if case not in cases:
                continue
            runs = cases[case]
            wall = median_of(rows, n, case)
            cpu = median_of(rows, n, case, "cpu")
            pages = runs[-1]["pages"]
            rss = max(r["rss"] for r in runs)
            hugo = median_of(rows, n, HUGO_OF.get(case.split(" ", 1)[1], ""))
            ratio = "%.2f" % (wall / hugo) if hugo else ""
            out.append("| %s | %.2f | %.2f | %d | %.0f | %.0f | %s |" % (case, wall, cpu, pages, pages / wall, rss,
                                                                       ratio))
        out.append("")
        if str(n) in edited:
            out += ["One-edit: a sentence appended to `%s` before each run." % os.path.relpath(
                edited[str(n)], os.path.join(work, "n%d" % n)), ""]
        kinds_path = os.path.join(work, "kinds-%d.jsonl" % n)
        if os.path.exists(kinds_path):
            kinds = [json.loads(l) for l in load_lines(kinds_path)]
            names = ["Vestnik (java)", "Vestnik (maven)", "Hugo"][:len(kinds)]
            out += ["Output files by kind (count / MB):", "",
                    "| kind | " + " | ".join(names) + " |", "|---|" + "---:|" * len(kinds)]
            present = [k for k in KIND_ORDER if any(k in d["counts"] for d in kinds)]
            present += sorted({k for d in kinds for k in d["counts"]} - set(present))
            for kind in present:
                out.append("| %s | %s |" % (kind, " | ".join(
                    "%d / %.2f" % (d["counts"].get(kind, 0), d["bytes"].get(kind, 0) / 1e6) for d in kinds)))
            out.append("| **all .html** | %s |" % " | ".join(str(d["html"]) for d in kinds))
            out.append("")
        stages = stage_timings(os.path.join(work, "n%d" % n, "logs"))
        if stages:
            out += ["Vestnik's own stage timings (`--verbose`, plain Java runs):", "", "```"] + stages + ["```", ""]
    print("\n".join(out))


if __name__ == "__main__":
    main()
