#!/usr/bin/env python3
"""Turns what bench/run recorded into results.json and the Markdown that it prints.

Usage: report.py RUN_DIR OUTPUT_JSON. RUN_DIR holds meta.env (key=value lines), points.jsonl (one
wrk run a line) and lost-DATABASE.json (the lost-updates check on each database).
"""

import json
import sys
from pathlib import Path

REQUESTS = ["GET", "PUT", "PATCH application/json", "PATCH merge-patch", "PATCH json-patch"]

NAMES = {"h2": "H2", "postgresql": "PostgreSQL"}


def read_meta(path):
    meta = {}
    for line in path.read_text().splitlines():
        name, _, value = line.partition("=")
        try:
            meta[name] = int(value)
        except ValueError:
            meta[name] = value
    return meta


def per_second(point):
    result = point["result"]
    return result["requests"] / (result["duration_us"] / 1e6) if result["duration_us"] else 0.0


def socket_errors(result):
    return sum(result[k] for k in ("connect_errors", "read_errors", "write_errors", "timeouts"))


def ratio(a, b):
    return round(a / b, 3) if b else None


def ms(us):
    return round(us / 1000, 2)


def compare(points, database):
    """Pairs each service run with the baseline run of the same request and connections."""
    measured = [p for p in points if p["phase"] == "measure" and p["database"] == database]
    rows = []
    for request in REQUESTS:
        for point in measured:
            if point["request"] != request or point["target"] != "service":
                continue
            base = next(
                p
                for p in measured
                if p["target"] == "baseline"
                and p["request"] == request
                and p["connections"] == point["connections"]
            )
            s, b = point["result"], base["result"]
            rows.append(
                {
                    "database": database,
                    "request": request,
                    "connections": point["connections"],
                    "service_rps": round(per_second(point), 1),
                    "baseline_rps": round(per_second(base), 1),
                    "rps_ratio": ratio(per_second(point), per_second(base)),
                    "service_p50_ms": ms(s["p50_us"]),
                    "service_p99_ms": ms(s["p99_us"]),
                    "baseline_p50_ms": ms(b["p50_us"]),
                    "baseline_p99_ms": ms(b["p99_us"]),
                    "p99_ratio": ratio(s["p99_us"], b["p99_us"]),
                    "service_non2xx": s["non2xx"],
                    "service_socket_errors": socket_errors(s),
                    "baseline_non2xx": b["non2xx"],
                    "baseline_socket_errors": socket_errors(b),
                }
            )
    return rows


def row(rows, request, connections):
    return next(
        (r for r in rows if r["request"] == request and r["connections"] == connections), None
    )


def targets(rows, meta, lost, database):
    """The targets on one database; the PATCH latency target is set for H2."""
    checks = []
    get64 = row(rows, "GET", 64)
    if not get64:
        checks.append(("GET, 64 connections", "not measured", False))
    elif get64["rps_ratio"] is None or get64["p99_ratio"] is None:
        checks.append(("GET, 64 connections", "no baseline figures", False))
    else:
        checks.append(
            (
                "GET, 64 connections: req/s at least 0.7 of the baseline's",
                "%.2f" % get64["rps_ratio"],
                get64["rps_ratio"] >= 0.7,
            )
        )
        checks.append(
            (
                "GET, 64 connections: p99 at most 2x the baseline's",
                "%.2fx" % get64["p99_ratio"],
                get64["p99_ratio"] <= 2.0,
            )
        )
    for request in REQUESTS[2:]:
        r = row(rows, request, 16)
        if not r:
            checks.append(("%s, 16 connections" % request, "not measured", False))
        if r and database == "h2":
            checks.append(
                (
                    "%s, 16 connections: p99 under 20 ms" % request,
                    "%.1f ms" % r["service_p99_ms"],
                    r["service_p99_ms"] < 20,
                )
            )
        if r:
            errors = r["service_non2xx"] + r["service_socket_errors"]
            checks.append(
                (
                    "%s, 16 connections: no non-2xx, no socket errors" % request,
                    "%d non-2xx, %d socket errors"
                    % (r["service_non2xx"], r["service_socket_errors"]),
                    errors == 0,
                )
            )
    if lost:
        failed = lost["non2xx"] + lost["socket_errors"] + lost["wrong_own_value"]
        checks.append(
            (
                "Concurrent PATCHes: no update lost",
                "lost %d, regressions %d, failed %d of %d"
                % (lost["lost"], lost["regressions"], failed, lost["sent"]),
                lost["lost"] == 0 and lost["regressions"] == 0 and failed == 0,
            )
        )
    after = meta.get(database + "_service_rss_after_kb")
    if after and meta.get("baseline_only_rss_after_kb"):
        memory = after / meta["baseline_only_rss_after_kb"]
        checks.append(
            ("RSS after the run at most 1.3x the baseline-only server's", "%.2fx" % memory,
             memory <= 1.3)
        )
    return [
        {"database": database, "target": t, "measured": m, "met": bool(ok)} for t, m, ok in checks
    ]


def baseline_only(points, request):
    return [
        "%d conn. %.0f req/s, p99 %.2f ms"
        % (p["connections"], per_second(p), p["result"]["p99_us"] / 1000)
        for p in points
        if p["phase"] == "measure" and p["target"] == "baseline-only" and p["request"] == request
    ]


def header(meta):
    out = []
    out.append(
        "Service %s, %s, %s CPUs, %s MiB, %s"
        % (meta.get("revision"), meta.get("date"), meta.get("nproc"), meta.get("mem_mib"),
           meta.get("java"))
    )
    out.append(
        "Warm-up %ss per run, %ss per point, wrk -t2 (-t1 at 1 connection), load average at start %s"
        % (meta.get("warmup_s"), meta.get("duration_s"), meta.get("loadavg"))
    )
    out.append("JAVA_OPTS: %s" % meta.get("java_opts"))
    return out


def database_section(database, rows, meta, lost, checks):
    out = ["", "### %s" % NAMES.get(database, database), ""]
    out.append(
        "| Request | Conn. | Service req/s | Baseline req/s | req/s ratio "
        "| Service p50 | Service p99 | Baseline p99 | p99 ratio | Non-2xx | Socket errors |"
    )
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        out.append(
            "| %s | %d | %.0f | %.0f | %.2f | %.2f ms | %.2f ms | %.2f ms | %.2f | %d / %d | %d / %d |"
            % (
                r["request"], r["connections"], r["service_rps"], r["baseline_rps"],
                r["rps_ratio"] or 0, r["service_p50_ms"], r["service_p99_ms"],
                r["baseline_p99_ms"], r["p99_ratio"] or 0, r["service_non2xx"],
                r["baseline_non2xx"], r["service_socket_errors"], r["baseline_socket_errors"],
            )
        )
    out.append("")
    out.append("Non-2xx and socket errors: service / baseline.")
    out.append("")
    out.append("| Measure | Value |")
    out.append("|---|---:|")
    out.append("| Launch of `./run` to the first 200 of GET /api/integration | %.1f s |"
               % (meta[database + "_startup_ms"] / 1000))
    out.append("| RSS, service + baseline server, idle after start | %d MiB |"
               % (meta[database + "_service_rss_idle_kb"] // 1024))
    out.append("| RSS, service + baseline server, after the run | %d MiB |"
               % (meta[database + "_service_rss_after_kb"] // 1024))
    if meta.get("baseline_only_rss_after_kb"):
        out.append("| RSS, baseline-only server, after the same runs | %d MiB |"
                   % (meta["baseline_only_rss_after_kb"] // 1024))
    if lost:
        out.append(
            "| Lost-updates check: %d clients x %d PATCHes, three formats in turn | "
            "lost %d, regressions %d, non-2xx %d, socket errors %d, p99 %.1f ms |"
            % (lost["clients"], lost["patches_per_client"], lost["lost"], lost["regressions"],
               lost["non2xx"], lost["socket_errors"], lost["p99_ms"] or 0)
        )
    out.append("")
    out.append("| Target | Measured | Met |")
    out.append("|---|---|---|")
    for c in checks:
        out.append("| %s | %s | %s |" % (c["target"], c["measured"], "yes" if c["met"] else "**no**"))
    return out


def baseline_only_section(meta, points):
    if not meta.get("baseline_only_rss_after_kb"):
        return []
    out = ["", "### The baseline-only server", ""]
    out.append("| Measure | Value |")
    out.append("|---|---:|")
    out.append("| Launch to the first 200 | %.1f s |" % (meta["baseline_only_startup_ms"] / 1000))
    out.append("| RSS, idle after start | %d MiB |" % (meta["baseline_only_rss_idle_kb"] // 1024))
    out.append("| RSS, after the same runs as the baseline beside the service | %d MiB |"
               % (meta["baseline_only_rss_after_kb"] // 1024))
    for request in REQUESTS:
        figures = baseline_only(points, request)
        if figures:
            out.append("| %s | %s |" % (request, "; ".join(figures)))
    return out


def main():
    run_dir, output = Path(sys.argv[1]), Path(sys.argv[2])
    meta = read_meta(run_dir / "meta.env")
    points = [json.loads(l) for l in (run_dir / "points.jsonl").read_text().splitlines() if l]

    markdown = header(meta)
    comparison, lost_updates, checks = [], {}, []
    for database in str(meta["databases"]).split(","):
        lost_file = run_dir / ("lost-%s.json" % database)
        lost = json.loads(lost_file.read_text()) if lost_file.exists() else None
        rows = compare(points, database)
        met = targets(rows, meta, lost, database)
        markdown += database_section(database, rows, meta, lost, met)
        comparison += rows
        lost_updates[database] = lost
        checks += met
    markdown += baseline_only_section(meta, points)

    output.write_text(
        json.dumps(
            {"machine": meta, "comparison": comparison, "lost_updates": lost_updates,
             "targets": checks, "runs": points},
            indent=2,
        )
        + "\n"
    )
    print("\n".join(markdown))


if __name__ == "__main__":
    main()
