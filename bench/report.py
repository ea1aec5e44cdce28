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


def figure(value, form):
    return "-" if value is None else form % value


def ms(us):
    return round(us / 1000, 2)


def median(values):
    """The median of the values that are known; None when none is."""
    ordered = sorted(v for v in values if v is not None)
    if not ordered:
        return None
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def summed(points):
    """The runs of one side of a point taken together."""
    requests = sum(p["result"]["requests"] for p in points)
    seconds = sum(p["result"]["duration_us"] for p in points) / 1e6
    jvm = [p["jvm"] for p in points if "jvm" in p]
    cpu_s = sum(j["user_s"] + j["system_s"] for j in jvm)
    switches = sum(j["switches"] for j in jvm)
    return {
        "rps": requests / seconds if seconds else 0.0,
        "p50_ms": ms(median([p["result"]["p50_us"] for p in points])),
        "p99_ms": ms(median([p["result"]["p99_us"] for p in points])),
        "non2xx": sum(p["result"]["non2xx"] for p in points),
        "socket_errors": sum(socket_errors(p["result"]) for p in points),
        "cpu_us_per_request": round(cpu_s * 1e6 / requests, 1) if jvm and requests else None,
        "switches_per_request": round(switches / requests, 2) if jvm and requests else None,
    }


def compare(points, database):
    """
    Pairs the service's runs of each point with the baseline's runs of the same round. A ratio is
    the median of the rounds' ratios; its range shows how much the machine moved during the point.
    """
    measured = [p for p in points if p["phase"] == "measure" and p["database"] == database]
    rows = []
    for request in REQUESTS:
        for c in sorted({p["connections"] for p in measured if p["request"] == request}):
            point = [p for p in measured if p["request"] == request and p["connections"] == c]
            sides = {
                target: {p.get("round", 0): p for p in point if p["target"] == target}
                for target in ("service", "baseline")
            }
            rounds = sorted(set(sides["service"]) & set(sides["baseline"]))
            if not rounds:
                continue
            pairs = [(sides["service"][n], sides["baseline"][n]) for n in rounds]
            rps_ratios = [ratio(per_second(s), per_second(b)) for s, b in pairs]
            p99_ratios = [ratio(s["result"]["p99_us"], b["result"]["p99_us"]) for s, b in pairs]
            service = summed([s for s, _ in pairs])
            baseline = summed([b for _, b in pairs])
            known = [r for r in rps_ratios if r is not None]
            rows.append(
                {
                    "database": database,
                    "request": request,
                    "connections": c,
                    "rounds": len(pairs),
                    "service_rps": round(service["rps"], 1),
                    "baseline_rps": round(baseline["rps"], 1),
                    "rps_ratio": median(known),
                    "rps_ratio_low": min(known, default=None),
                    "rps_ratio_high": max(known, default=None),
                    "service_p50_ms": service["p50_ms"],
                    "service_p99_ms": service["p99_ms"],
                    "baseline_p50_ms": baseline["p50_ms"],
                    "baseline_p99_ms": baseline["p99_ms"],
                    "p99_ratio": median(p99_ratios),
                    "service_non2xx": service["non2xx"],
                    "service_socket_errors": service["socket_errors"],
                    "baseline_non2xx": baseline["non2xx"],
                    "baseline_socket_errors": baseline["socket_errors"],
                    "service_cpu_us_per_request": service["cpu_us_per_request"],
                    "baseline_cpu_us_per_request": baseline["cpu_us_per_request"],
                    "service_switches_per_request": service["switches_per_request"],
                    "baseline_switches_per_request": baseline["switches_per_request"],
                    "loadavg": [p["loadavg"] for p in point if "loadavg" in p],
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
        "Warm-up %ss per run, %ss per point and side in %s rounds, wrk -t2 (-t1 at 1 connection), "
        "load average at start %s"
        % (meta.get("warmup_s"), meta.get("duration_s"), meta.get("rounds", 1), meta.get("loadavg"))
    )
    out.append("JAVA_OPTS: %s" % meta.get("java_opts"))
    return out


def database_section(database, rows, meta, lost, checks):
    out = ["", "### %s" % NAMES.get(database, database), ""]
    out.append(
        "| Request | Conn. | Service req/s | Baseline req/s | req/s ratio | Ratio range "
        "| Service p50 | Service p99 | Baseline p99 | p99 ratio | CPU µs/req | Switches/req "
        "| Non-2xx | Socket errors |"
    )
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        out.append(
            "| %s | %d | %.0f | %.0f | %.2f | %.2f-%.2f | %.2f ms | %.2f ms | %.2f ms | %.2f "
            "| %s / %s | %s / %s | %d / %d | %d / %d |"
            % (
                r["request"], r["connections"], r["service_rps"], r["baseline_rps"],
                r["rps_ratio"] or 0, r["rps_ratio_low"] or 0, r["rps_ratio_high"] or 0,
                r["service_p50_ms"], r["service_p99_ms"], r["baseline_p99_ms"],
                r["p99_ratio"] or 0,
                figure(r.get("service_cpu_us_per_request"), "%.0f"),
                figure(r.get("baseline_cpu_us_per_request"), "%.0f"),
                figure(r.get("service_switches_per_request"), "%.2f"),
                figure(r.get("baseline_switches_per_request"), "%.2f"),
                r["service_non2xx"], r["baseline_non2xx"], r["service_socket_errors"],
                r["baseline_socket_errors"],
            )
        )
    out.append("")
    out.append(
        "Ratios are the medians of the rounds' ratios, the range their lowest and highest; req/s "
        "counts all rounds, p50 and p99 are the medians of the rounds'. CPU µs/req is the JVM's "
        "CPU time (user and system) over the requests answered, and Switches/req its threads' "
        "context switches over the same: service / baseline, both in the same JVM (a database "
        "server's own CPU is not in it). Non-2xx and socket errors: service / baseline."
    )
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
