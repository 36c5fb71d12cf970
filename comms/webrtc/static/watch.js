// Silkbridge: watch a surgical broadcast in the browser (plain WebRTC over Janus' HTTP API).
// The page carries a one-time viewer grant (Janus URL, VideoRoom number, token, TURN servers).
"use strict";
(function () {
  const grant = JSON.parse(document.getElementById("grant").textContent);
  const video = document.getElementById("video");
  const statusEl = document.getElementById("status");
  const say = (text) => { statusEl.textContent = text; };
  const tid = () => Math.random().toString(36).slice(2, 12);
  let sessionUrl = null, handleUrl = null, pc = null, closed = false;
  const waiting = {};  // transaction -> resolve

  async function post(url, msg) {
    msg.transaction = msg.transaction || tid();
    msg.token = grant.token;
    const r = await fetch(url, { method: "POST", body: JSON.stringify(msg) });
    const j = await r.json();
    if (j.janus === "error") throw new Error(j.error && j.error.reason || "media server error");
    return j;
  }

  async function poll() {
    while (!closed) {
      let events;
      try {
        const r = await fetch(`${sessionUrl}?maxev=10&rid=${tid()}&token=${encodeURIComponent(grant.token)}`);
        events = await r.json();
      } catch (e) {
        say("The connection to the broadcast was lost."); closed = true; return;
      }
      if (!Array.isArray(events)) events = [events];
      for (const ev of events) {
        if (ev.janus === "error") { end("The broadcast is no longer available."); return; }
        if (ev.janus === "hangup") { end("The broadcast has ended."); return; }
        if (ev.transaction && waiting[ev.transaction]) { waiting[ev.transaction](ev); delete waiting[ev.transaction]; }
        const data = ev.plugindata && ev.plugindata.data;
        if (data && (data.leaving || data.unpublished || data.kicked)) { /* a feed left; the video ends by itself */ }
      }
    }
  }

  function end(text) {  // the link's grant was withdrawn or the broadcast ended: stop showing it
    say(text);
    closed = true;
    if (pc) { pc.close(); pc = null; }
    video.pause();
    video.srcObject = null;
  }

  async function message(body, jsep) {
    const t = tid();
    const answered = new Promise((resolve) => { waiting[t] = resolve; });
    const msg = { janus: "message", transaction: t, body };
    if (jsep) msg.jsep = jsep;
    const r = await post(handleUrl, msg);
    if (r.janus === "success") return r;
    const ev = await answered;
    const data = ev.plugindata && ev.plugindata.data || {};
    if (data.error) throw new Error(data.error);
    return ev;
  }

  async function fullFeed() {
    for (;;) {
      const r = await post(handleUrl, { janus: "message", body: { request: "listparticipants", room: grant.room } });
      const people = (r.plugindata && r.plugindata.data && r.plugindata.data.participants) || [];
      const full = people.find((p) => p.publisher && typeof p.display === "string" && p.display.startsWith("full:"));
      if (full) return full;
      say("Waiting for the broadcast to start…");
      await new Promise((ok) => setTimeout(ok, 2000));
    }
  }

  function gathered(pc) {
    if (pc.iceGatheringState === "complete") return Promise.resolve();
    return new Promise((ok) => {
      const done = () => { if (pc.iceGatheringState === "complete") ok(); };
      pc.addEventListener("icegatheringstatechange", done);
      setTimeout(ok, 3000);  // enough candidates by then
    });
  }

  async function start() {
    const created = await post(grant.janus_url, { janus: "create" });
    sessionUrl = `${grant.janus_url}/${created.data.id}`;
    poll();
    const attached = await post(sessionUrl, { janus: "attach", plugin: "janus.plugin.videoroom" });
    handleUrl = `${sessionUrl}/${attached.data.id}`;
    const feed = await fullFeed();
    say(`Watching: ${feed.display.slice(5)}`);
    const joined = await message({ request: "join", ptype: "subscriber", room: grant.room,
                                   streams: [{ feed: feed.id }], token: grant.token });
    if (!joined.jsep) throw new Error("the media server sent no offer");
    pc = new RTCPeerConnection({ iceServers: grant.ice_servers || [] });
    const stream = new MediaStream();
    pc.ontrack = (e) => {
      stream.addTrack(e.track);
      if (video.srcObject === stream) return;
      video.srcObject = stream;
      video.play().catch((err) => {  // sound needs a click in most browsers: start muted, offer it
        if (err.name !== "NotAllowedError") return;
        video.muted = true; video.play();
        const b = document.createElement("button");
        b.textContent = "Turn the sound on";
        b.onclick = () => { video.muted = false; b.remove(); };
        statusEl.after(b);
      });
    };
    await pc.setRemoteDescription(joined.jsep);
    await pc.setLocalDescription(await pc.createAnswer());
    await gathered(pc);
    await message({ request: "start" }, { type: "answer", sdp: pc.localDescription.sdp });
    // the hub withdrawing the grant destroys the session: the next keepalive says so (a long poll
    // in flight is not answered), as does the media server closing the connection
    const alive = setInterval(() => {
      if (closed) { clearInterval(alive); return; }
      post(sessionUrl, { janus: "keepalive" }).catch(() => end("The broadcast is no longer available."));
    }, 2000);
    pc.addEventListener("connectionstatechange", () => {
      if (pc && (pc.connectionState === "failed" || pc.connectionState === "closed")) end("The broadcast is no longer available.");
    });
  }

  window.addEventListener("pagehide", () => {  // leave at once rather than after Janus' session timeout
    closed = true;
    if (sessionUrl) fetch(sessionUrl, { method: "POST", keepalive: true,
      body: JSON.stringify({ janus: "destroy", transaction: tid(), token: grant.token }) }).catch(() => {});
  });
  start().catch((e) => say(`Cannot watch: ${e.message}`));
})();
