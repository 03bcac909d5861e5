"""`serve --http` as a supervisor runs it: a health file Docker/systemd can check, and a clean SIGTERM."""

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

REPO = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _health_check(env: dict[str, str]) -> int:
    check = [sys.executable, "-m", "bot.slack.health"]
    return subprocess.run(check, cwd=REPO, env=env, capture_output=True, timeout=30).returncode


def test_http_mode_reports_health_and_stops_cleanly_on_sigterm(tmp_path: Path) -> None:
    slack = SlackStandIn()
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "PRACTICE_GUIDE_"))}
    env.update(
        SLACK_BOT_TOKEN="xoxb-test-not-real",
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        SLACK_API_BASE_URL=f"{slack.url}/api/",
        PRACTICE_GUIDE_FEEDBACK_DB=str(tmp_path / "f.sqlite3"),
        PRACTICE_GUIDE_HEALTH_FILE=str(tmp_path / "health"),
    )
    assert _health_check(env) == 1, "no health file yet: unhealthy"
    app = subprocess.Popen(
        [sys.executable, "-m", "bot", "serve", "--http", "--port", str(port)],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while not (tmp_path / "health").exists():
            assert app.poll() is None and time.monotonic() < deadline, app.stderr.read() if app.stderr else ""
            time.sleep(0.1)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=5) as response:
            assert response.status == 200
        assert _health_check(env) == 0

        app.send_signal(signal.SIGTERM)
        assert app.wait(timeout=20) == 0
        _, stderr = app.communicate(timeout=5)
        assert "Traceback" not in stderr
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
        slack.close()
