"""`python -m workstation gui` and `python -m workstation demo`."""

from __future__ import annotations

import logging
import os
import signal
import sys
import time
from pathlib import Path

log = logging.getLogger(__name__)


def gui_command(sub) -> None:
    p = sub.add_parser("gui", help="start the workstation window (the default)")
    p.add_argument("paths", nargs="*", help="folders, zips or files to import at start")
    p.add_argument("--screenshot", metavar="PNG", help="render the window to PNG once loaded, then exit")
    p.set_defaults(func=run_gui)


def demo_command(sub) -> None:
    p = sub.add_parser("demo", help="start the workstation with a local hub and the demo study")
    p.add_argument("--screenshot", metavar="PNG", help="render the window to PNG once loaded, then exit")
    p.add_argument("--no-hub", action="store_true", help="do not start a local hub")
    p.set_defaults(func=run_demo)


def _application():
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Silkbridge")
    app.setOrganizationName("Silkbridge")
    # Ctrl+C in the terminal closes the window cleanly.
    signal.signal(signal.SIGINT, lambda *_: app.closeAllWindows())
    _apply_saved_language(app)
    return app


def _apply_saved_language(app) -> None:
    """The interface language of the settings, installed before any window is built."""
    from workstation.settings import Settings, SettingsError

    from ui.common.i18n import apply_language

    try:
        apply_language(Settings.load().language, app)
    except (SettingsError, OSError) as exc:  # the window still opens, in English
        log.error("interface language not applied: %s", exc)


def save_screenshot(window, path: str | os.PathLike) -> Path:
    """Grab what the X server shows of the window (OpenGL viewports included)."""
    screen = window.screen()
    pixmap = screen.grabWindow(window.winId())
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not pixmap.save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    return path


def _screenshot_when_loaded(app, window, path: str) -> None:
    from PySide6.QtCore import QTimer

    done = {"shot": False, "deadline": None}

    def grab():
        if done["shot"]:
            return
        # Work still shown in the status bar (sharing the demo case, loading): a screenshot is of the
        # window at rest, so wait for it to finish (a minute at most).
        if window.progress.isVisible() and time.monotonic() < done["deadline"]:
            QTimer.singleShot(250, grab)
            return
        done["shot"] = True
        save_screenshot(window, path)
        log.info("screenshot written to %s", path)
        window.close()
        app.quit()

    def shoot(*_):
        if done["deadline"] is None:
            done["deadline"] = time.monotonic() + 60.0
            # Let the 3-D view finish its full-quality render first.
            QTimer.singleShot(1500, grab)

    window.volume_loaded.connect(shoot)
    # Never hang a headless run: give up after two minutes.
    QTimer.singleShot(120_000, lambda: (log.error("no study loaded in time; screenshot as is"), shoot()))


def run_gui(args) -> int:
    from workstation.dicom.catalog import Catalog
    from workstation.settings import Settings, home

    from .mainwindow import MainWindow

    settings = Settings.load()
    app = _application()
    if not args.screenshot:  # no enrolment yet: the first-run wizard (not for a headless screenshot)
        from ui.setup.firstrun import needs_first_run, run_first_run

        if needs_first_run(settings):
            run_first_run()
        settings = Settings.load()  # the wizard may have imported an enrolment
    bridge = None if args.screenshot else _enrolled_link(settings)
    window = MainWindow(Catalog(settings.catalog_dir), link=bridge)
    _attach_network_docks(window, bridge, home() / "consults")  # installed courses work without the hub
    window.show()
    if args.paths:
        window.import_paths(args.paths)
    if args.screenshot:
        _screenshot_when_loaded(app, window, args.screenshot)
        window.import_finished.connect(lambda r: _open_first_series(window))
    if bridge is not None:
        bridge.start()
    try:
        return app.exec()
    finally:
        if bridge is not None:
            bridge.stop()


def _enrolled_link(settings):
    """The link to the hub this workstation is enrolled with (its imported bundle), or None."""
    if not settings.enrolment_bundle:
        return None
    from comms.client import LinkClient
    from comms.enrol import load_bundle
    from workstation.settings import home

    from ui.common.link import LinkBridge

    try:
        bundle = load_bundle(settings.enrolment_bundle)
    except ValueError as exc:  # the reading room works without the hub
        log.error("not connecting to the hub: %s", exc)
        return None
    return LinkBridge(LinkClient(bundle, home() / "link"))


def _attach_network_docks(window, bridge, workdir: Path) -> None:
    """The consult, broadcast and course docks (courses also offline, without a bridge)."""
    from ui.courses.panel import attach_courses

    if bridge is not None:
        from ui.broadcast.panel import BroadcastController
        from ui.consult.panel import ConsultController

        window.attach_consult(ConsultController(window, bridge, bridge.client.bundle, workdir,
                                                workdir / "reid-keys.sqlite"))
        window.attach_broadcasts(BroadcastController(bridge, bridge.client.bundle, window=window))
        from ui.referrals.panel import ReferralController

        window.attach_referrals(ReferralController(window, bridge, bridge.client.bundle, workdir,
                                                   workdir / "reid-keys.sqlite"))
    attach_courses(window, bridge, bridge.client.bundle if bridge is not None else None)


def _open_first_series(window) -> None:
    studies = window.catalog.studies("")
    if studies:
        series = window.catalog.series(studies[0].study_uid)
        if series:
            window.open_series(series[0].series_uid)


def run_demo(args) -> int:
    from workstation.dicom.catalog import Catalog
    from workstation.phantom import write_phantom_series
    from workstation.settings import Settings, home

    from .mainwindow import MainWindow

    settings = Settings.load()
    demo_dir = home() / "demo"
    phantom_dir = demo_dir / "phantom-ct"
    if not any(phantom_dir.glob("*.dcm")):
        log.info("writing the demo CT study to %s", phantom_dir)
        write_phantom_series(phantom_dir)

    app = _application()
    hub = bridge = None
    if not args.no_hub:
        hub, bridge = _start_demo_link(demo_dir, settings)
    window = MainWindow(Catalog(settings.catalog_dir), link=bridge)
    _attach_network_docks(window, bridge, demo_dir)
    window.show()

    def opened(report):
        series_uid = _phantom_series_uid(window.catalog, phantom_dir)
        if series_uid:
            window.open_series(series_uid)

    window.import_finished.connect(opened)
    if bridge is not None:
        from PySide6.QtCore import QTimer

        once = {"done": False}

        def consult_once(_volume):
            if not once["done"]:
                once["done"] = True
                QTimer.singleShot(800, lambda: _demo_consult(window.consult))

        window.volume_loaded.connect(consult_once)
    window.import_paths([phantom_dir])
    demo_broadcast = None
    if bridge is not None:
        bridge.start()
        demo_broadcast = _start_demo_broadcast(hub, demo_dir)
    if args.screenshot:
        _screenshot_when_loaded(app, window, args.screenshot)
    try:
        return app.exec()
    finally:
        if demo_broadcast is not None:
            demo_broadcast()
        if bridge is not None:
            bridge.stop()
        if hub is not None:
            hub.stop()


def _demo_consult(ctl) -> None:
    """Open the demo's MDT consult (created, with the phantom shared, on the first run)."""
    if ctl.session is not None:
        return
    mine = [room for room, listing in ctl.directory.listings.items() if listing.get("listed_by") == ctl.profile.user_id]
    if mine:
        ctl.join(mine[0])
        return
    ctl.create("Demo MDT consult: liver lesion", [{
        "case_id": "case-1", "title": "Liver lesion (CT phantom)", "question": "Haemangioma or metastasis?",
        "referring_hospital": "Silkbridge Demo Hospital"}])
    ctl.share_open_study("case-1")


def _start_demo_broadcast(hub, demo_dir: Path):
    """A demo surgeon, in the background, broadcasting a test pattern live on WebRTC through the
    demo hub's Janus (:class:`comms.local.DemoBroadcast`): the Broadcasts dock's Watch tab has
    something to join at once. Returns its stop function (None if it could not start: the demo
    works without it)."""
    from comms.local import DemoBroadcast

    if not hub.services.get("webrtc"):
        log.warning("no live demo broadcast: the demo hub runs without Janus and coturn (see the log above)")
        return None
    try:
        return DemoBroadcast(hub, demo_dir).start().stop
    except Exception as exc:  # the demo works without it
        log.error("could not start the demo broadcast: %s", exc)
        return None


def _phantom_series_uid(catalog, phantom_dir: Path) -> str | None:
    import pydicom

    first = next(iter(sorted(phantom_dir.glob("*.dcm"))), None)
    if first is None:
        return None
    return str(pydicom.dcmread(first, stop_before_pixels=True).SeriesInstanceUID)


def _start_demo_link(demo_dir: Path, settings):
    """A local hub process and this workstation enrolled in it, so the link is live at once."""
    import json

    from comms.client import LinkClient

    from ui.common.link import LinkBridge

    try:
        hub = _start_demo_hub(demo_dir / "hub")
        bundle_path = demo_dir / "demo-bundle.json"
        bundle = None
        if bundle_path.exists():
            bundle = json.loads(bundle_path.read_text(encoding="utf-8"))
            if bundle.get("hub_public_key") != hub.public_key:
                bundle = None
        if bundle is None:
            bundle = hub.enrol("Dr Demo Specialist", hospital="Silkbridge Demo Hospital", country="VN",
                               language="en", role="coordinator")
            bundle_path.write_text(json.dumps(bundle), encoding="utf-8")
        bundle = dict(bundle, hub_address=hub.address)
        client = LinkClient(bundle, demo_dir / "link-state")
        return hub, LinkBridge(client)
    except Exception as exc:  # the reading room works without the hub
        log.error("could not start the local demo hub: %s", exc)
        return None, None


def _start_demo_hub(hub_dir: Path):
    """The demo's local hub, with calls and live broadcasts (Janus and coturn as its children, on
    free loopback ports) when this machine has them; else without them, and the log says why."""
    from comms.local import start_local_hub, webrtc_missing

    why = webrtc_missing()
    if why is None:
        try:
            return start_local_hub(hub_dir, webrtc=True)
        except Exception as exc:  # noqa: BLE001 - Janus or coturn would not start: the demo goes on without
            tail = (hub_dir / "hub.stderr").read_text(errors="replace").strip().splitlines()[-1:] \
                if (hub_dir / "hub.stderr").exists() else []
            why = f"{exc}{': ' + tail[0][-300:] if tail else ''}"
    log.warning("the demo runs without calls and its live broadcast (Janus and coturn): %s", why)
    return start_local_hub(hub_dir, webrtc=False)
