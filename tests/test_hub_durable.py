"""Acknowledged means durable: the hub's store fsyncs each committed batch before the hub
acknowledges it (SQLite WAL with synchronous=FULL), unless hub.toml says otherwise."""

from __future__ import annotations

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
