#!/usr/bin/env python3
"""Checks that concurrent PATCHes lose no update.

Each of --clients clients owns one producer entry, "bench.client.<n>", and sets it to 1, 2, ...
--patches with that many PATCHes, one at a time, waiting for each answer; the patches take the
three formats in turn. Afterwards GET must show every entry at the last value its client had
acknowledged. Along the way, every answer is a committed document: within one client's answers,
no other client's entry may go back to an older value. Prints one JSON object.
"""

import argparse
import http.client
import json
import sys
import threading
import time
from urllib.parse import urlsplit

FORMATS = ("application/json", "application/merge-patch+json", "application/json-patch+json")


def patch_body(content_type, name, value):
    if content_type == "application/json-patch+json":
        return [{"op": "add", "path": "/integrations/kafka/producer/" + name, "value": value}]
    return {"integrations": {"kafka": {"producer": {name: value}}}}


def entry_name(client):
    return "bench.client.%d" % client


def seen_values(document):
    producer = document.get("integrations", {}).get("kafka", {}).get("producer", {})
    return {name: int(value) for name, value in producer.items() if name.startswith("bench.client.")}


class Client(threading.Thread):
    def __init__(self, number, args, deadline):
        super().__init__(daemon=True)
        self.number = number
        self.args = args
        self.deadline = deadline
        self.acknowledged = 0
        self.answered_2xx = 0
        self.non2xx = 0
        self.failures = 0
        self.wrong_own_value = 0
        self.regressions = 0
        self.latencies = []

    def run(self):
        url = urlsplit(self.args.url)
        connection = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
        latest = {}
        name = entry_name(self.number)
        for value in range(1, self.args.patches + 1):
            if time.monotonic() > self.deadline:
                self.failures += 1
                break
            content_type = FORMATS[value % len(FORMATS)]
            body = json.dumps(patch_body(content_type, name, str(value)))
            headers = {"Authorization": self.args.key, "Content-Type": content_type}
            started = time.monotonic()
            try:
                connection.request("PATCH", url.path, body, headers)
                answer = connection.getresponse()
                payload = answer.read()
            except (OSError, http.client.HTTPException):
                self.failures += 1
                connection.close()
                connection = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
                continue
            self.latencies.append(time.monotonic() - started)
            if not 200 <= answer.status < 300:
                self.non2xx += 1
                continue
            self.acknowledged = value
            self.answered_2xx += 1
            values = seen_values(json.loads(payload))
            if values.get(name) != value:
                self.wrong_own_value += 1
            for other, seen in values.items():
                if seen < latest.get(other, 0):
                    self.regressions += 1
                latest[other] = max(seen, latest.get(other, 0))
        connection.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True, help="the URL of /api/integration")
    parser.add_argument("--key", required=True)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--patches", type=int, default=100, help="PATCHes per client")
    parser.add_argument("--time-limit", type=float, default=300, help="seconds, at most")
    args = parser.parse_args()

    started = time.monotonic()
    clients = [Client(n, args, started + args.time_limit) for n in range(1, args.clients + 1)]
    for client in clients:
        client.start()
    for client in clients:
        client.join(args.time_limit + 60)
    elapsed = time.monotonic() - started

    url = urlsplit(args.url)
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    connection.request("GET", url.path, headers={"Authorization": args.key})
    final = seen_values(json.loads(connection.getresponse().read()))
    connection.close()

    lost = sum(1 for c in clients if final.get(entry_name(c.number), 0) != c.acknowledged)
    latencies = sorted(t for c in clients for t in c.latencies)
    result = {
        "clients": args.clients,
        "patches_per_client": args.patches,
        "sent": sum(len(c.latencies) for c in clients),
        "answered_2xx": sum(c.answered_2xx for c in clients),
        "lost": lost,
        "regressions": sum(c.regressions for c in clients),
        "wrong_own_value": sum(c.wrong_own_value for c in clients),
        "non2xx": sum(c.non2xx for c in clients),
        "socket_errors": sum(c.failures for c in clients),
        "seconds": round(elapsed, 2),
        "p99_ms": round(latencies[int(0.99 * (len(latencies) - 1))] * 1000, 2) if latencies else None,
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
