"""Real-time media on WebRTC through the Janus SFU (consult video calls).

* :mod:`.janus` - a small Janus HTTP client (asyncio for stations, blocking for the hub);
* :mod:`.call` - :class:`~.call.CallSession`, one station in a room's call (Qt-free, own thread);
* :mod:`.sfu` - the hub's side: Janus and coturn configuration and processes, and
  :class:`~.sfu.MediaAuthority`, which grants and revokes short-lived tokens and TURN credentials.

The ZeroMQ link keeps ordered, lossless room events; media rides RTP/UDP (or TURN over TCP).
"""
