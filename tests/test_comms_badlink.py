"""The link over an emulated cross-border path (150 ms each way, jitter, 2 % loss stalls), with
connection resets and a multi-second outage in the middle of a consult: nothing lost, nothing
duplicated, same order for everyone."""

from __future__ import annotations

import time

from comms.client import LinkClient
from comms.linkemu import PROFILES, LinkEmulator
from helpers import wait_for


def test_consult_survives_resets_and_an_outage_on_a_cross_border_link(hub, tmp_path):
    host, port = hub.address.rsplit("//", 1)[1].rsplit(":", 1)
    with LinkEmulator(host, int(port), profile=PROFILES["cross-border"], seed=7) as link:
        via = f"tcp://127.0.0.1:{link.port}"
        vientiane = LinkClient(dict(hub.enrol("Dr Khamla", "specialist", "Mahosot", "LA", "lo"), hub_address=via),
                               tmp_path / "la")
        nanning = LinkClient(hub.enrol("Dr Wei", "surgeon", "Guangxi Medical", "CN", "zh"), tmp_path / "cn")
        seen = {"la": [], "cn": []}
        states: list[str] = []
        vientiane.event_received.connect(lambda e: seen["la"].append(e.seq))
        nanning.event_received.connect(lambda e: seen["cn"].append(e.seq))
        vientiane.state_changed.connect(states.append)
        vientiane.start(), nanning.start()
        try:
            # the convening hospital creates the consult and invites its partner (per-case access:
            # nobody from another hospital gets in uninvited)
            nanning.create_room("mdt", "consult", access={"hospitals": ["Mahosot"]})
            nanning.join("mdt")
            assert wait_for(lambda: nanning.room_role("mdt") is not None, 20)
            vientiane.join("mdt")
            assert wait_for(lambda: len(nanning.presence("mdt")) == 2, 20)
            assert wait_for(lambda: vientiane.rtt_ms is not None, 10)
            assert vientiane.rtt_ms >= 250  # two 150 ms crossings (minus jitter)
            sent = []
            for i in range(60):
                sent.append(vientiane.publish("mdt", "annotation.move", {"i": i}))
                nanning.publish("mdt", "chat", {"i": i}) if i % 10 == 0 else None
                if i == 20:
                    link.reset_all()  # a firewall drops every connection
                if i == 40:
                    link.cut(5.0)  # the route disappears for 5 s: the client must notice and come back
                time.sleep(0.05)
            assert wait_for(lambda: vientiane.outbox_size() == 0 and nanning.outbox_size() == 0
                            and len(seen["la"]) == 66 and len(seen["cn"]) == 66, 60), (len(seen["la"]), len(seen["cn"]))
            assert seen["la"] == list(range(1, 67)) and seen["cn"] == list(range(1, 67))
            assert [e.client_msg_id for e in vientiane.history("mdt")] == [e.client_msg_id for e in nanning.history("mdt")]
            mine = [e for e in nanning.history("mdt") if e.sender == vientiane.user_id]
            assert [e.client_msg_id for e in mine] == sent
            assert "offline" in states and states[-1] in ("online", "degraded")
        finally:
            vientiane.stop()
            nanning.stop()
