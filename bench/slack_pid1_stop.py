"""How fast `serve --http` stops on SIGTERM when it is PID 1, as in a container without tini/--init.

Run (as root, for a PID namespace): .venv/bin/python -m bench.slack_pid1_stop

A process that is PID 1 gets no default signal handling: without its own SIGTERM handler `docker stop`
would wait 10 s and kill it. `unshare --pid` gives the app its own PID namespace here, where it is PID 1,
with no container engine needed. The Web API is the stand-in on 127.0.0.1.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from slackstandin.web import SIGNING_SECRET, SlackStandIn

REPO = Path(__file__).resolve().parents[1]
INNER = (
    "import os, sys; print(os.getpid(), flush=True); from bot.cli import main; sys.exit(main(sys.argv[1:]))"
)


def main() -> int:
    slack = SlackStandIn()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "PRACTICE_GUIDE_"))}
    env.update(
        SLACK_BOT_TOKEN="xoxb-bench",
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        SLACK_API_BASE_URL=f"{slack.url}/api/",
        PRACTICE_GUIDE_FEEDBACK_DB="/tmp/pid1-bench.sqlite3",
    )
    command = [
        "unshare",
        "--pid",
        "--fork",
        "--mount-proc",
        sys.executable,
        "-c",
        INNER,
        "serve",
        "--http",
        "--port",
        str(port),
    ]
    outer = subprocess.Popen(
        command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert outer.stdout is not None and outer.stderr is not None
    pid_inside = outer.stdout.readline().strip()
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=1).close()
            break
        except OSError:
            if time.monotonic() > deadline or outer.poll() is not None:
                print(outer.stderr.read(), file=sys.stderr)
                return 1
            time.sleep(0.1)
    app = int(subprocess.check_output(["pgrep", "-P", str(outer.pid)]).split()[0])
    started = time.monotonic()
    os.kill(app, signal.SIGTERM)
    status = outer.wait(timeout=30)
    stopped = time.monotonic() - started
    slack.close()
    print("Command: .venv/bin/python -m bench.slack_pid1_stop")
    print("| measure | value |\n| --- | --- |")
    print(f"| PID inside its namespace | {pid_inside} |")
    print(f"| SIGTERM to exit | {stopped:.2f} s, exit status {status} |")
    print(f"| traceback on stop | {'yes' if 'Traceback' in outer.stderr.read() else 'no'} |")
    return 0 if status == 0 and pid_inside == "1" else 1


if __name__ == "__main__":
    sys.exit(main())
