"""A bounded soak of HTTP mode with a hostile mix: forged, stale, malformed, replayed, oversized and idle
requests among real signed ones, while /health is probed throughout.

Run: .venv/bin/python -m bench.slack_soak [REQUESTS]

Passes (exit 0) only if no request got a 5xx or a dropped connection, /health answered every probe,
every signed request was answered exactly once, and nothing hostile caused an outbound call.
"""

from __future__ import annotations

import itertools
import socket
import sys
import threading
import time
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

from bench.served_app import served_app
from slackstandin.hostile import Hostile, hostile_requests, send_oversized_head, send_raw
from slackstandin.web import SlackStandIn, event_body, mention_event, sign_bytes

REQUESTS = 5000
SENDERS = 8
IDLE_CONNECTIONS = 150  # held open throughout; the production connection limit is 200


def signed_mention(i: int) -> Hostile:
    event = mention_event("iha timescale", ts=f"{i}.1")
    body = event_body(event, event_id=f"EvSoak{i}").encode()
    headers = {"Content-Type": b"application/json", **{k: v.encode() for k, v in sign_bytes(body).items()}}
    return Hostile("signed mention", headers, body)


class HealthProbe(threading.Thread):
    def __init__(self, url: str) -> None:
        super().__init__(daemon=True)
        self.url, self.stop, self.probes, self.failures, self.slowest = url, threading.Event(), 0, 0, 0.0

    def run(self) -> None:
        while not self.stop.is_set():
            started = time.perf_counter()
            try:
                with urllib.request.urlopen(self.url, timeout=5) as response:
                    ok = response.status == 200
            except OSError:
                ok = False
            self.slowest = max(self.slowest, time.perf_counter() - started)
            self.probes += 1
            self.failures += not ok
            self.stop.wait(0.05)


def main() -> int:
    total = int(sys.argv[1]) if len(sys.argv) > 1 else REQUESTS
    slack = SlackStandIn()
    with served_app(slack) as served:
        port, pool = served.server.port, served.pool
        idle = [socket.create_connection(("127.0.0.1", port)) for _ in range(IDLE_CONNECTIONS)]
        probe = HealthProbe(f"http://127.0.0.1:{port}/health")
        probe.start()

        hostile = itertools.cycle(hostile_requests(f"{slack.url}/respond/hostile"))
        plan: list[tuple[str, Hostile | None]] = []
        mentions = 0
        for i in range(total):
            if i % 4 == 0:
                plan.append(("signed", signed_mention(i)))
                mentions += 1
            elif i % 4 == 1 and plan[-1][1] is not None:
                plan.append(("replay", plan[-1][1]))  # the signed request just before, sent again
            elif i % 20 == 2:
                plan.append(("oversized", None))
            else:
                case = next(hostile)
                plan.append((case.name, case))

        def send(item: tuple[str, Hostile | None]) -> tuple[str, int]:
            kind, request = item
            try:
                status = send_oversized_head(port, 10**9) if request is None else send_raw(port, request)
            except OSError:
                status = 0
            return kind, status

        started = time.perf_counter()
        with ThreadPoolExecutor(SENDERS) as senders:
            results = list(senders.map(send, plan))
        elapsed = time.perf_counter() - started
        pool.wait_idle(120)
        probe.stop.set()
        probe.join()
        for connection in idle:
            connection.close()
    slack.close()

    by_class = Counter("dropped" if s == 0 else f"{s // 100}xx" for _, s in results)
    replies = [c.body.get("thread_ts") for c in slack.of("chat.postMessage")]
    unexpected = [c.method for c in slack.calls if c.method not in ("auth.test", "chat.postMessage")]
    print(f"Command: .venv/bin/python -m bench.slack_soak {total}")
    print("| measure | value |\n| --- | --- |")
    print(
        f"| requests sent ({SENDERS} senders, {IDLE_CONNECTIONS} idle connections held open) | {len(results)} in {elapsed:.1f} s |"
    )
    print(
        f"| signed mentions / replays / hostile or malformed | {mentions} / {sum(k == 'replay' for k, _ in results)} / {sum(k not in ('signed', 'replay') for k, _ in results)} |"
    )
    print(
        f"| responses 2xx / 4xx / 5xx / dropped | {by_class['2xx']} / {by_class['4xx']} / {by_class['5xx']} / {by_class['dropped']} |"
    )
    print(
        f"| /health probes answered | {probe.probes - probe.failures}/{probe.probes} (slowest {probe.slowest * 1000:.0f} ms) |"
    )
    print(
        f"| signed mentions answered / doubled | {len(set(replies))}/{mentions} / {len(replies) - len(set(replies))} |"
    )
    print(f"| outbound calls caused by hostile requests | {len(unexpected)} |")
    ok = (
        by_class["5xx"] == by_class["dropped"] == probe.failures == len(unexpected) == 0
        and len(replies) == len(set(replies)) == mentions
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
