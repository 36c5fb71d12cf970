"""Acknowledged means durable: the hub's store fsyncs each committed batch before the hub
acknowledges it (SQLite WAL with synchronous=FULL), unless hub.toml says otherwise."""

from __future__ import annotations

import time

import pytest

from comms.hub import Hub, HubConfig


@pytest.mark.parametrize("toml, level", [("", 2), ("durable_commit = false\n", 1)])  # 2 = FULL, 1 = NORMAL
def test_hub_store_commits_are_fsynced(tmp_path, toml, level):
    data = tmp_path / "hub"
    data.mkdir()
    if toml:
        (data / "hub.toml").write_text(toml)
    hub = Hub(data, bind="tcp://127.0.0.1:0")
    hub.start()
    try:
        assert hub.config.durable_commit is (level == 2)
        assert hub.store.db.execute("PRAGMA synchronous").fetchone()[0] == level
        assert hub.store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        hub._close()


def test_the_default_hub_toml_is_durable(tmp_path):
    assert HubConfig.load(tmp_path).durable_commit is True


def test_the_write_ahead_log_is_reserved_and_commits_overwrite_it(tmp_path):
    """The hub gives its store's WAL its reserve at start; acknowledged publishes then overwrite that
    space (the checkpoints restart the log) instead of extending the file; a WAL that already exists
    (a crash's, holding commits) is never replaced."""
    import threading

    from comms.client import LinkClient
    from comms.local import start_local_hub
    from comms.store import reserve_wal
    from helpers import wait_for

    data = tmp_path / "hub"
    data.mkdir()
    (data / "hub.toml").write_text("wal_reserve_mb = 4\ncheckpoint_interval_s = 0.1\n")
    hub = start_local_hub(data)
    wal = data / "hub.sqlite-wal"
    client = LinkClient(hub.enrol("Dr Wal", "specialist"), tmp_path / "client")
    acked = []
    done = threading.Event()
    client.acked.connect(lambda cmid, seq: (acked.append(seq), len(acked) == 600 and done.set()))
    client.start()
    try:
        assert wal.stat().st_size == 4 << 20
        client.join("consult-wal")
        assert wait_for(lambda: client.room_role("consult-wal") is not None)
        for i in range(600):  # ~12 KB of WAL each when committed alone: 7 MB if the log only grew
            client.publish("consult-wal", "chat", {"i": i, "text": "x" * 200})
            if i % 50 == 49:
                time.sleep(0.15)  # gaps in which a checkpoint completes
        assert done.wait(60)
        assert sorted(acked) == list(range(1, 601))
        assert wal.stat().st_size == 4 << 20  # overwritten, never extended
        before = wal.read_bytes()
        assert reserve_wal(data / "hub.sqlite", 8 << 20) is False  # an existing log is left as it is
        assert wal.read_bytes() == before
    finally:
        client.stop()
        hub.stop()
