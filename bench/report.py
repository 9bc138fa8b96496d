#!/usr/bin/env python3
"""Turns bench/run.sh's raw data (WORK/measurements.tsv and friends) into RESULTS.md on stdout.

usage: report.py WORK
"""

import json
import os
import re
import statistics
import sys

DEFAULT_HUGO = "hugo-0.131"  # the Hugo issue 12's bar is set against
POSITIONS = ["middle", "newest"]  # the two one-edit positions
STATUS_MEANING = {124: ": stopped after STRESS_TIMEOUT", 137: ": killed (STRESS_TIMEOUT, or the kernel out of memory)"}
KIND_ORDER = ["article", "home", "home-page", "news-index", "year", "year-page", "tags-index", "tag", "tag-page", "404", "root",
              "redirect", "other-html", "feed-language", "feed-tag", "sitemap", "other"]


def load_rows(work):
    """{N: {case: [run, ...]}}; runs that failed (only the stress run may) are kept apart in rows[N]["failed"]."""
    rows = {}
    with open(os.path.join(work, "measurements.tsv"), encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            n, case, run, wall, user, sys_, rss, pages = fields[:8]
            status = int(fields[8]) if len(fields) > 8 else 0
            run = {"wall": float(wall), "cpu": float(user) + float(sys_), "rss": int(rss) / 1024, "pages": int(pages),
                   "status": status, "run": int(run)}
            rows.setdefault(int(n), {}).setdefault(case if status == 0 else case + " (failed)", []).append(run)
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
    order = {"clean": 0, "nochange": 1, "edit-middle": 2, "edit-newest": 3, "edit": 2}
    log_name = re.compile(r"^java-(clean|nochange|edit-middle|edit-newest|edit)-(\d+)\.log$")
    names = [(log_name.match(f), f) for f in os.listdir(logs)]
    names = sorted(((order[m.group(1)], int(m.group(2))), f) for m, f in names if m)
    for _, name in names:
        with open(os.path.join(logs, name), encoding="utf-8", errors="replace") as f:
            # a stage that shows progress (load, render, prepare) logs "x: done in 1,234 ms" at INFO instead
            stages = [(stage, (debug or done).replace(",", "")) for stage, debug, done in re.findall(
                r"^vestnik: (?:\[debug\] )?(\w+): (?:(\d+) ms|done in ([\d,]+) ms)$", f.read(), re.M)]
        lines.append("%-22s %s" % (name[:-4] + ":", "  ".join("%s %5s ms" % st for st in stages)))
    return lines


def output_name(directory):
    """Column title of an output tree: out-java -> Vestnik (java), out-hugo-0.131 -> Hugo 0.131."""
    name = os.path.basename(directory.rstrip("/"))[len("out-"):]
    return "Hugo " + name[len("hugo-"):] if name.startswith("hugo") else "Vestnik (%s)" % name


def median_of(rows, n, case, field="wall"):
    runs = rows.get(n, {}).get(case)
    return statistics.median(r[field] for r in runs) if runs else None


def hugo_labels(meta, rows):
    """The Hugos measured, the default first: from meta.json, or from the case names of older data."""
    if meta.get("hugos"):
        return meta["hugos"]
    found = sorted({c.split(" ", 1)[0] for cases in rows.values() for c in cases if c.startswith("hugo")})
    return sorted(found, key=lambda h: h != DEFAULT_HUGO)


def case_order(hugos):
    cases = ["vestnik-java clean", "vestnik-maven clean"] + ["%s clean" % h for h in hugos]
    cases += ["vestnik-java no-change"] + ["%s no-change" % h for h in hugos]
    for position in POSITIONS:
        cases += ["vestnik-java one-edit %s" % position] + ["%s one-edit %s" % (h, position) for h in hugos]
    return cases


def hugo_counterpart(rows, n, case, hugo):
    """The Hugo case a row is compared with: clean with clean, a rebuild with the same rebuild of
    that Hugo, or else with its no-change rebuild (Hugo re-renders everything either way)."""
    kind = case.split(" ", 1)[1]
    for candidate in ("%s %s" % (hugo, kind), "%s no-change" % hugo if kind != "clean" else None):
        if candidate and median_of(rows, n, candidate) is not None:
            return median_of(rows, n, candidate)
    return None


def bar(rows, meta):
    """Issue 12's bar, each target with what was measured and whether it is met."""
    hugo = DEFAULT_HUGO
    checks = []  # (target, measured, True / False / None = not measured)

    def clean_ratio(n, case, times, what):
        mine, theirs = median_of(rows, n, case), median_of(rows, n, hugo + " clean")
        target = "clean 3 × %s: %s at least %d× faster than Hugo 0.131" % (format(n, ","), what, times) if times \
            else "clean 3 × %s: %s faster than Hugo 0.131" % (format(n, ","), what)
        if mine is None or theirs is None:
            checks.append((target, "not measured (N=%d%s)" % (n, "" if n in rows else " was not run"), None))
        else:
            checks.append((target, "%.2f s vs %.2f s: %.2f×" % (mine, theirs, theirs / mine),
                           theirs / mine >= times if times else mine < theirs))

    clean_ratio(1000, "vestnik-java clean", 2, "plain Java")
    clean_ratio(1000, "vestnik-maven clean", 0, "through Maven")
    clean_ratio(10000, "vestnik-java clean", 4, "plain Java")
    clean = median_of(rows, 10000, "vestnik-java clean")
    for position in POSITIONS:
        edit = median_of(rows, 10000, "vestnik-java one-edit " + position)
        where = "the story in the middle of the archive" if position == "middle" else "the newest story"
        if edit is None:
            checks.append(("one-article edit at 3 × 10,000 (%s) rebuilt in ≤ 1.5 s" % where, "not measured", None))
            checks.append(("… and in ≤ 5%% of the clean build (%s)" % where, "not measured", None))
        else:
            checks.append(("one-article edit at 3 × 10,000 (%s) rebuilt in ≤ 1.5 s" % where, "%.2f s" % edit,
                           edit <= 1.5))
            checks.append(("… and in ≤ 5%% of the clean build (%s)" % where,
                           "%.1f%% of %.2f s" % (100 * edit / clean, clean) if clean else "no clean build measured",
                           edit <= 0.05 * clean if clean else None))
    nochange = median_of(rows, 10000, "vestnik-java no-change")
    checks.append(("no-change rebuild at 3 × 10,000 in ≤ 1 s", "%.2f s" % nochange if nochange is not None
                   else "not measured", nochange <= 1 if nochange is not None else None))
    java_runs = [r for case, runs in rows.get(10000, {}).items() if case.startswith("vestnik-java") for r in runs]
    maven_runs = rows.get(10000, {}).get("vestnik-maven clean", [])
    if java_runs:
        rss = max(r["rss"] for r in java_runs)
        maven = " (through Maven, Maven's own JVM included: %.0f MiB)" % max(r["rss"] for r in maven_runs) \
            if maven_runs else ""
        checks.append(("peak RSS at 3 × 10,000 ≤ 256 MiB (plain Java, every run, JVM options `%s`)" % meta["heap"],
                       "%.0f MiB%s" % (rss, maven), rss <= 256))
    else:
        checks.append(("peak RSS at 3 × 10,000 ≤ 256 MiB", "not measured", None))
    stress = meta.get("stress")
    target = "3 × 100,000 completes, peak RSS under 1 GiB (clean, plain Java)"
    if not stress or stress not in rows:
        checks.append((target, "not measured (`bench/run.sh --stress`)", None))
    else:
        done = rows[stress].get("vestnik-java clean", [])
        failed = rows[stress].get("vestnik-java clean (failed)", [])
        runs = done + failed
        rss = max(r["rss"] for r in runs)
        heap = meta.get("stress_heap", meta["heap"])
        statuses = ", ".join(str(r["status"]) + STATUS_MEANING.get(r["status"], "")
                             for r in failed)
        figure = "%d of %d runs completed%s, %.0f MiB%s%s" % (
            len(done), len(runs), " (exit status %s)" % statuses if failed else "", rss, "" if stress == 100000 else " (at 3 × %s)" % format(stress, ","),
            "" if heap == meta["heap"] else " (JVM options `%s`, not the documented ones)" % heap)
        checks.append((target, figure, (not failed and rss < 1024) if stress == 100000 and heap == meta["heap"] else None))

    met = sum(1 for c in checks if c[2] is True)
    unmeasured = sum(1 for c in checks if c[2] is None)
    lines = ["## Against the bar (issue 12; medians)", "",
             "%d of %d targets met%s." % (met, len(checks), ", %d not measured" % unmeasured if unmeasured else ""), "",
             "| target | measured | met |", "|---|---|---|"]
    verdict = {True: "yes", False: "**no**", None: "not measured"}
    lines += ["| %s | %s | %s |" % (what, figure, verdict[ok]) for what, figure, ok in checks]
    return lines + [""]


def main():
    work = sys.argv[1]
    meta = json.load(open(os.path.join(work, "meta.json"), encoding="utf-8"))
    rows = load_rows(work)
    loads = [line.split("\t") for line in load_lines(os.path.join(work, "load.tsv"))]
    edited = {}  # N -> [(position, file)]; older data has no position: the middle one
    for line in load_lines(os.path.join(work, "edited.tsv")):
        fields = line.split("\t")
        edited.setdefault(int(fields[0]), []).append((fields[1], fields[2]) if len(fields) > 2 else ("middle", fields[1]))
    hugos = hugo_labels(meta, rows)
    stress = meta.get("stress")
    nproc = meta["nproc"]
    # the load before each size (after run.sh waited for quiet), and the CPU time other processes
    # took while it ran, as a share of all the machine's CPU time in that span; the load average
    # after a size is the benchmark's own and says nothing of other work
    busiest = max((load_of(l[2])[0] for l in loads if l[1] == "before" and load_of(l[2])), default=0.0)
    foreign = {int(l[0]): (float(l[2]), float(l[3])) for l in loads if l[1] == "foreign"}
    foreign_share = max((cpu / (span * nproc) for cpu, span in foreign.values() if span > 0), default=0.0)
    busy = busiest > 0.5 * nproc or foreign_share > 0.05
    preliminary = busy or 10000 not in rows or int(meta.get("runs", 3)) < 3

    out = ["# Vestnik vs Hugo: build benchmark results", ""]
    if preliminary:
        out += ["**Preliminary figures.** " + ("The machine was shared and busy while they were taken (1-minute load "
                "average before a size up to %.1f on %d cores, other processes took up to %.0f%% of its CPU time "
                "during one, see below): wall times are inflated and noisy; compare CPU times and ratios rather "
                "than absolute seconds. " % (busiest, nproc, 100 * foreign_share) if busy else "")
                + ("N=10000 was not run. " if 10000 not in rows else "")
                + ("Only %s run(s) per case (the bar asks for medians of at least 3). " % meta["runs"]
                   if int(meta.get("runs", 3)) < 3 else "")
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
        "- Runs: median of %s timed runs per case, after %s untimed warm-up run(s) per tool; runs of the tools "
        "interleaved; every clean build starts with no output and no cache (output tree, its `.<name>.*` siblings, "
        "the project's `target/`, Hugo's cache and resource directories), all deleted outside the timed part%s"
        % (meta["runs"], meta["warmup"], "; stress run: %s clean plain-Java build(s) of 3 × %s, no warm-up, JVM "
           "options `%s`" % (meta.get("stress_runs", 1), format(stress, ","), meta.get("stress_heap", meta["heap"]))
           if stress else ""),
        "- Command: `%s` (from the repository root)" % meta["command"],
        "",
        "Columns: *wall* and *CPU* (user+system) are medians; *pages* counts the output's `.html` files; "
        "*peak RSS* is the largest \"Maximum resident set size\" of `/usr/bin/time -v` over the runs (for Maven: "
        "the Maven JVM, plugin included); *× Hugo 0.x* is the median wall time over that Hugo's (clean vs clean, "
        "a rebuild vs the same rebuild of Hugo, or else its no-change rebuild: Hugo re-renders everything on every "
        "build). *one-edit middle*: a sentence appended to the Russian article of the story in the middle of the "
        "archive (in no feed, on no first list page) before each run; *one-edit newest*: the same to the newest "
        "Russian article (in the Russian feed and its tags' feeds, first on the home, year and tag lists); the two "
        "alternate, so each rebuild sees one changed article.",
        "",
    ]
    out += bar(rows, meta)
    for n in sorted(rows, key=lambda n: (n == stress, n)):
        corpus_path = os.path.join(work, "n%d" % n, "corpus.json")
        corpus = json.load(open(corpus_path, encoding="utf-8")) if os.path.exists(corpus_path) else {}
        out += ["## N = %d articles per language%s" % (n, " (stress run: clean plain-Java builds only)"
                                                        if n == stress else ""), ""]
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
        cases = rows[n]
        compared = [h for h in hugos if any(c.startswith(h + " ") for c in cases)]
        out += ["", "| case | wall s | CPU s | pages | pages/s | peak RSS MiB |"
                + "".join(" × %s |" % h.replace("hugo-", "Hugo ") for h in compared),
                "|---|---:|---:|---:|---:|---:|" + "---:|" * len(compared)]
        order = case_order(hugos)
        for case in [c for c in order if c in cases] + sorted(set(cases) - set(order)):
            runs = cases[case]
            wall = median_of(rows, n, case)
            cpu = median_of(rows, n, case, "cpu")
            pages = runs[-1]["pages"]
            rss = max(r["rss"] for r in runs)
            ratios = ""
            for h in compared:
                theirs = None if case.endswith("(failed)") else hugo_counterpart(rows, n, case, h)
                ratios += " %s |" % ("%.2f" % (wall / theirs) if theirs else "")
            out.append("| %s | %.2f | %.2f | %d | %.0f | %.0f |%s" % (case, wall, cpu, pages, pages / wall if wall else 0,
                                                                     rss, ratios))
        out.append("")
        for position, path in edited.get(n, []):
            out += ["One-edit %s: `%s`." % (position, os.path.relpath(path, os.path.join(work, "n%d" % n)))]
        if n in edited:
            out.append("")
        kinds_path = os.path.join(work, "kinds-%d.jsonl" % n)
        if os.path.exists(kinds_path):
            kinds = [json.loads(l) for l in load_lines(kinds_path)]
            names = [output_name(d["dir"]) for d in kinds]
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
    out += companion_results()
    print("\n".join(out))


def companion_results():
    """The search and photo benchmarks write their own files; RESULTS.md quotes them, demoted a level."""
    bench = os.path.dirname(os.path.abspath(__file__))
    out = []
    for name, script in (("SEARCH-RESULTS.md", "search.sh"), ("IMAGES.md", "images.sh")):
        path = os.path.join(bench, name)
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            lines = [line.rstrip("\n") for line in f]
        out += ["", "---", "", "*Quoted from `bench/%s`, written by `bench/%s` (a separate run):*" % (name, script), ""]
        out += [("#" + line) if line.startswith("#") else line for line in lines]
    return out


if __name__ == "__main__":
    main()
