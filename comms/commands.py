"""Hand work to the thread that owns a ZeroMQ socket (sockets never cross threads)."""

from __future__ import annotations

import os
import queue


class CommandQueue:
    """Commands for a socket-owning thread. ``put`` works from any thread and wakes the owner:
    the owner registers ``fd`` in its ``zmq.Poller``, calls ``clear_wakeups`` when ``fd`` is
    ready, and takes commands with ``get`` until it returns None."""

    def __init__(self) -> None:
        self._q: queue.SimpleQueue = queue.SimpleQueue()
        self.fd, self._w = os.pipe()
        os.set_blocking(self.fd, False)

    def put(self, *cmd) -> None:
        self._q.put(cmd)
        self.wake()

    def wake(self) -> None:
        try:
            os.write(self._w, b"x")
        except OSError:  # closed: the owner has stopped
            pass

    def clear_wakeups(self) -> None:
        try:
            while os.read(self.fd, 65536):
                pass
        except (BlockingIOError, OSError):
            pass

    def get(self) -> tuple | None:
        try:
            return self._q.get_nowait()
        except queue.Empty:
            return None

    def close(self) -> None:
        for fd in (self.fd, self._w):
            try:
                os.close(fd)
            except OSError:
                pass
