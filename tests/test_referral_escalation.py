"""Escalation of referrals past their target, through a real hub process whose hub.toml sets a
1-second urgent target (and a 1-second report target after a claim), driven with the
``python -m workstation referral`` CLI: the coordinator's ``referral list --json`` says
``escalated: true`` once the target passed, once per reason, also after a hub restart; a routine
referral (72 h) is not escalated; a workstation cannot publish an escalation itself."""

from __future__ import annotations

import sqlite3
import time

import pytest
from helpers import wait_for
from test_referrals import Station, patient_series

from comms.client import LinkClient
from comms.local import start_local_hub
from comms.referral_escalation import KIND, EscalationWatch
from workstation.referral import report_targets_from_config, targets_from_config


@pytest.fixture
def fast_hub(tmp_path):
    data = tmp_path / "hub"
    data.mkdir()
    (data / "hub.toml").write_text("[referral]\nurgent_hours = 0.000278\nreport_urgent_hours = 0.000278\n")
    h = start_local_hub(data)
    yield h
    if h.proc is not None and h.proc.poll() is None:
        h.kill()


def escalations_stored(hub) -> list[tuple]:
    db = sqlite3.connect(hub.data_dir / "hub.sqlite")
    try:
        return db.execute("SELECT sender, sender_role FROM events WHERE kind=?", (KIND,)).fetchall()
    finally:
        db.close()


def test_referral_past_its_target_is_escalated_to_the_coordinator_once(fast_hub, tmp_path):
    hub = fast_hub
    series, _ = patient_series(tmp_path / "patient-mr")
    referrer = Station(hub, tmp_path, "Dr Tran", "Bach Mai Hospital", language="vi")
    consultant = Station(hub, tmp_path, "Dr Li Wei", "Hub University Hospital", consultant_for="radiology")
    coordinator = Station(hub, tmp_path, "Coordinator Ha", "Hub University Hospital", role="coordinator")
    outsider = Station(hub, tmp_path, "Dr Outsider", "Hub University Hospital")

    urgent = referrer.ok("send", "--to", "radiology", "--urgency", "urgent", "--question", "Abscess?",
                         str(series))["referral"]
    routine = referrer.ok("send", "--to", "radiology", "--urgency", "routine", "--question", "Follow-up",
                          str(series))["referral"]

    def row(station, rid):
        return next((r for r in station.ok("list")["referrals"] if r["referral"] == rid), None)

    # nobody claimed the urgent one within a second: the coordinator sees it escalated
    assert wait_for(lambda: row(coordinator, urgent)["escalated"], timeout=60)
    r = row(coordinator, urgent)
    assert r["escalated_for"] == ["unclaimed"] and r["overdue"] and r["status"] == "received"
    assert row(coordinator, routine)["escalated"] is False  # 72 h to go
    assert row(consultant, urgent)["escalated"] is True  # the consultants of the specialty see it too
    assert outsider.ok("list")["referrals"] == []  # the escalation reveals nothing to others
    text = coordinator.run("referral", "list").stdout
    assert any(urgent in line and "ESCALATED" in line for line in text.splitlines())

    # claimed but not reported within the report target: escalated again, for that reason
    assert consultant.ok("claim", urgent)["status"] == "claimed"
    assert wait_for(lambda: row(coordinator, urgent)["escalated_for"] == ["unclaimed", "unreported"], timeout=60)
    time.sleep(1.5)  # housekeeping runs twice a second: nothing is repeated
    assert escalations_stored(hub) == [("hub", "hub"), ("hub", "hub")]

    # a hub restart rebuilds its index from the directory: still nothing repeated
    hub.kill()
    hub.start()
    assert row(coordinator, urgent)["escalated_for"] == ["unclaimed", "unreported"]
    time.sleep(1.5)
    assert len(escalations_stored(hub)) == 2
    assert row(coordinator, routine)["escalated"] is False

    # a workstation cannot escalate (or forge an escalation) itself
    client = LinkClient(coordinator.bundle, tmp_path / "raw-link")
    errors = []
    client.error.connect(errors.append)
    client.start()
    try:
        assert wait_for(lambda: client.state in ("online", "degraded"), timeout=20)
        client.join("referral-directory", kind="referral")
        assert wait_for(lambda: client.room_role("referral-directory") is not None)
        client.publish("referral-directory", KIND, {"room": routine, "reason": "unclaimed"})
        assert wait_for(lambda: any("only the hub" in e for e in errors))
    finally:
        client.stop()
    assert len(escalations_stored(hub)) == 2 and row(coordinator, routine)["escalated"] is False


def test_escalation_index_by_due_time():
    targets = targets_from_config({"urgent_hours": 1})
    w = EscalationWatch(targets, report_targets_from_config({"report_urgent_hours": 2}))
    w.listed({"room": "referral-a", "urgency": "urgent", "status": "received", "created": 1000.0}, 1000.5)
    w.listed({"room": "referral-b", "urgency": "urgent", "status": "received", "created": 1000.0}, 1000.5)
    # a 'created' in the future (a hostile or skewed clock) counts from the hub's time
    w.listed({"room": "referral-c", "urgency": "urgent", "status": "sent", "created": 9e18}, 1000.0)
    for junk in (None, [], {"room": 5, "status": "sent"}, {"room": "referral-x"}):
        w.listed(junk, 1000.0)
    assert len(w) == 3
    assert w.due(4599.0) == []
    w.listed({"room": "referral-b", "urgency": "urgent", "status": "withdrawn"}, 2000.0)  # moved on: never
    due = w.due(4600.0)
    assert sorted((d["room"], d["reason"]) for d in due) == [("referral-a", "unclaimed"), ("referral-c", "unclaimed")]
    assert w.due(1e9) == []  # once
    w.listed({"room": "referral-a", "urgency": "urgent", "status": "claimed"}, 5000.0)
    assert w.due(5000.0 + 7199) == []
    assert [d["reason"] for d in w.due(5000.0 + 7200)] == ["unreported"]
    # a replayed escalation is never published again
    w2 = EscalationWatch(targets)
    w2.listed({"room": "referral-a", "urgency": "urgent", "status": "received", "created": 0.0}, 0.0)
    w2.escalated({"room": "referral-a", "reason": "unclaimed"})
    assert w2.due(1e9) == []
