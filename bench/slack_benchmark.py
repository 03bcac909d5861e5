"""Slack HTTP mode on loopback: time from a signed event to the posted answer, and sustained events/s.

Run: .venv/bin/python -m bench.slack_benchmark

The app runs as in production (waitress, bolt, the real slack_sdk client); Slack's Web API is the test
stand-in on 127.0.0.1, which records when each answer arrives. Nothing leaves this machine.
"""

from __future__ import annotations

import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor

from bench.served_app import served_app
from slackstandin.web import SlackStandIn, event_body, mention_event, post

LATENCY_EVENTS = 200
LOAD_EVENTS = 1000
LOAD_SENDERS = 8
QUESTIONS = (
    "strat was 19/12/25, when's the ICPC?",
    "how often are cin visits",
    "what's a core group?",
    "iha timescale",
)


def mention(i: int, prefix: str) -> str:
    event = mention_event(QUESTIONS[i % len(QUESTIONS)], ts=f"{prefix}.{i:06d}")
    return event_body(event, event_id=f"{prefix}{i}")


def wait_for_posts(slack: SlackStandIn, count: int, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while len(slack.of("chat.postMessage")) < count and time.monotonic() < deadline:
        time.sleep(0.01)


def main() -> int:
    slack = SlackStandIn()
    with served_app(slack) as served:
        url = served.events_url

        latencies = []
        for i in range(LATENCY_EVENTS):
            before = len(slack.of("chat.postMessage"))
            sent = time.perf_counter()
            post(url, mention(i, "1"), content_type="application/json")
            wait_for_posts(slack, before + 1, timeout=10)
            latencies.append((slack.of("chat.postMessage")[-1].at - sent) * 1000)
        latencies.sort()

        start_count = len(slack.of("chat.postMessage"))
        started = time.perf_counter()
        with ThreadPoolExecutor(LOAD_SENDERS) as senders:
            statuses = list(
                senders.map(
                    lambda i: post(url, mention(i, "2"), content_type="application/json")[0],
                    range(LOAD_EVENTS),
                )
            )
        wait_for_posts(slack, start_count + LOAD_EVENTS)
        elapsed = time.perf_counter() - started
        replies = [c.body["thread_ts"] for c in slack.of("chat.postMessage")[start_count:]]
    slack.close()
    lost = LOAD_EVENTS - len(set(replies))
    doubled = len(replies) - len(set(replies))
    print("Command: .venv/bin/python -m bench.slack_benchmark")
    print("| measure | value |\n| --- | --- |")
    print(
        f"| signed event to posted answer, p50 ({LATENCY_EVENTS} events, one at a time) | {statistics.median(latencies):.1f} ms |"
    )
    print(f"| signed event to posted answer, p99 | {latencies[int(len(latencies) * 0.99)]:.1f} ms |")
    print(
        f"| sustained, {LOAD_EVENTS} events from {LOAD_SENDERS} senders | {LOAD_EVENTS / elapsed:.0f} events/s |"
    )
    print(f"| acknowledged with 200 | {statuses.count(200)}/{LOAD_EVENTS} |")
    print(f"| replies lost / doubled | {lost} / {doubled} |")
    return 0 if lost == doubled == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
