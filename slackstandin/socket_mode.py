"""A stand-in for Slack's Socket Mode endpoint: a real WebSocket server on 127.0.0.1.

It greets each connection with "hello" as Slack does, sends envelopes, records the acks the app sends
back, and can drop the socket to prove the app reconnects.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from typing import Any

from websockets.asyncio.server import ServerConnection, serve


class SocketStandIn:
    def __init__(self) -> None:
        self.acks: list[dict[str, Any]] = []
        self.connections = 0
        self._current: ServerConnection | None = None
        self._loop = asyncio.new_event_loop()
        ready = threading.Event()

        async def handler(connection: ServerConnection) -> None:
            self.connections += 1
            self._current = connection
            hello = {
                "type": "hello",
                "num_connections": 1,
                "connection_info": {"app_id": "A00001"},
                "debug_info": {},
            }
            await connection.send(json.dumps(hello))
            async for message in connection:
                self.acks.append(json.loads(message))

        async def main() -> None:
            self._server = await serve(handler, "127.0.0.1", 0)
            self.port = self._server.sockets[0].getsockname()[1]
            ready.set()
            await self._server.wait_closed()

        def run() -> None:
            try:
                self._loop.run_until_complete(main())
            finally:
                self._loop.close()

        self._closed = False
        self._thread = threading.Thread(target=run, daemon=True)
        self._thread.start()
        ready.wait(5)
        self.url = f"ws://127.0.0.1:{self.port}/link"

    def _run(self, coroutine: Any) -> None:
        asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(timeout=5)

    def wait_connections(self, count: int, timeout: float = 20.0) -> None:
        deadline = time.monotonic() + timeout
        while self.connections < count or self._current is None:
            if time.monotonic() > deadline:
                raise AssertionError(f"expected {count} connection(s), got {self.connections}")
            time.sleep(0.05)

    def send(self, envelope: dict[str, Any]) -> None:
        assert self._current is not None
        self._run(self._current.send(json.dumps(envelope)))

    def drop(self) -> None:
        assert self._current is not None
        connection, self._current = self._current, None
        self._run(connection.close())

    def wait_ack(self, envelope_id: str, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while not any(a.get("envelope_id") == envelope_id for a in self.acks):
            if time.monotonic() > deadline:
                raise AssertionError(f"no ack for {envelope_id}: {self.acks}")
            time.sleep(0.02)

    def close(self) -> None:
        """Close the server and its connections, and wait for its loop to end (idempotent)."""
        if self._closed:
            return
        self._closed = True
        self._loop.call_soon_threadsafe(self._server.close)
        self._thread.join(10)
