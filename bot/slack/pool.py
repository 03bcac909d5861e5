"""The threads that answer and post after the ack, and a way to wait until they have nothing left to do.

Waiting for idle is how a stop lets answers already acked reach Slack, and how tests know that
something did *not* happen (rather than sleeping and hoping).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

LISTENER_THREADS = 16  # answers being posted at once; more wait in the queue, never the ack


class ListenerPool(ThreadPoolExecutor):
    def __init__(self, threads: int = LISTENER_THREADS) -> None:
        super().__init__(max_workers=threads, thread_name_prefix="slack-listener")
        self._pending = 0
        self._idle = threading.Condition()

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        with self._idle:
            self._pending += 1
        try:
            future = super().submit(fn, *args, **kwargs)
        except BaseException:
            self._done()
            raise
        future.add_done_callback(lambda _: self._done())
        return future

    def _done(self) -> None:
        with self._idle:
            self._pending -= 1
            self._idle.notify_all()

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """True once every submitted job has finished (jobs may submit more; those are waited for too)."""
        with self._idle:
            return self._idle.wait_for(lambda: self._pending == 0, timeout)
