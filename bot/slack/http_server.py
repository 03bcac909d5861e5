"""waitress, with its limits chosen for a small internal bot behind a proxy, and a clean stop.

waitress's defaults let ~100 idle connections shut everyone out for two minutes and buffer bodies up to
1 GiB to disk; these limits are deliberate and documented in deploy/README.md.
"""

from __future__ import annotations

import threading
from dataclasses import asdict, dataclass
from typing import Any

from waitress.server import create_server
from waitress.trigger import trigger

from bot.slack.server import MAX_BODY_BYTES, WsgiApp


@dataclass(frozen=True)
class Limits:
    threads: int = 8
    connection_limit: int = 200  # open connections before new ones wait in the backlog
    channel_timeout: int = 15  # seconds an idle connection is kept (Slack sends one request and waits)
    cleanup_interval: int = 2  # how often idle connections are looked for (waitress: 30 s)
    max_request_body_size: int = MAX_BODY_BYTES  # refused with 413 before it is buffered
    max_request_header_size: int = 16_384  # waitress: 256 kB
    backlog: int = 256


class HttpServer:
    """One waitress server: `run()` blocks (production); `start()` and `stop()` run it in a thread (tests)."""

    def __init__(self, app: WsgiApp, *, host: str, port: int, limits: Limits = Limits()) -> None:
        self._server: Any = create_server(app, host=host, port=port, ident="practice-guide", **asdict(limits))
        self._thread: threading.Thread | None = None
        # One listening address gives a TcpWSGIServer; a name resolving to several, a MultiSocketServer.
        listening = getattr(self._server, "effective_listen", None)
        self.port: int = listening[0][1] if listening else self._server.effective_port
        self._map: dict[int, Any] = getattr(self._server, "_map", None) or self._server.map

    def run(self) -> None:
        self._server.run()  # returns on SystemExit / KeyboardInterrupt, after waitress stops its threads

    def start(self) -> None:
        self._thread = threading.Thread(target=self._server.run, name="waitress-loop", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        """Let the worker threads finish, then close every socket from inside waitress's own loop.

        Closing from another thread while the loop polls is what made the tests fail with EBADF: a
        worker finishing a request pulls the loop's trigger after its descriptor has been closed.
        """
        server = self._server
        server.task_dispatcher.shutdown(cancel_pending=True, timeout=timeout)

        def close_everything() -> None:
            for channel in list(self._map.values()):
                channel.close()

        loop_trigger = next(c for c in self._map.values() if isinstance(c, trigger))
        loop_trigger.pull_trigger(close_everything)
        if self._thread is not None:
            self._thread.join(timeout)
