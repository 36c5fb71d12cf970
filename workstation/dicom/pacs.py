"""Query/retrieve with the hospital PACS: C-FIND, C-GET / C-MOVE into the local catalog, C-STORE
of our outputs, and DICOMweb (QIDO-RS / WADO-RS / STOW-RS) as the alternative.

A PACS is a :class:`PacsNode` from the settings (``Settings.pacs()``): its kind (``dimse`` or
``dicomweb``), the called AE title, host and port (or the DICOMweb URL), our calling AE title, how
to retrieve (``get``, or ``move`` to our own storage SCP on ``move_port``, which the PACS must know
under our AE title), optional TLS and a timeout. Every function here blocks: call it from a worker
thread (``ui.common.qthreading.Task`` gives it ``progress(done, total, label)`` and a ``cancel`` event).

* :func:`echo` -- C-ECHO (or a QIDO probe): is the node there and does it accept us?
* :func:`find` -- C-FIND at patient, study, series or image level; matches as ``{keyword: text}``.
* :func:`retrieve` -- a study or a series into a :class:`~workstation.dicom.catalog.Catalog`.
  The instances are first listed (image-level C-FIND, or QIDO), received into a staging folder
  inside the catalog, then imported with ``Catalog.import_paths`` (each instance in its own
  transaction). A partial retrieve imports what arrived complete and lists what did not, by SOP
  Instance UID and reason, in the :class:`RetrieveReport`; retrieving again fetches only the gaps
  (duplicates are skipped). A cancelled retrieve adds nothing that was still being received.
* :func:`store` -- C-STORE (or STOW-RS) of files, e.g. a consult SR or key images.

Failures of the PACS itself raise :class:`PacsError` with a ``kind`` (``refused``, ``timeout``,
``rejected``, ``aborted``, ``failed``, ``config``, ``cancelled``) and a message that names the node
and says what happened and what to check (association rejected with the PACS's reason; no answer
within the timeout; connection refused; ...).
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import socket
import ssl
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

import pydicom
from pydicom.dataset import Dataset
from pydicom.uid import (
    DeflatedExplicitVRLittleEndian,
    ExplicitVRBigEndian,
    ExplicitVRLittleEndian,
    ImplicitVRLittleEndian,
    JPEG2000,
    JPEG2000Lossless,
    JPEGBaseline8Bit,
    JPEGExtended12Bit,
    JPEGLossless,
    JPEGLosslessSV1,
    JPEGLSLossless,
    JPEGLSNearLossless,
    RLELossless,
)

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]

KINDS = ("dimse", "dicomweb")
RETRIEVE_MODES = ("get", "move")
LEVELS = ("patient", "study", "series", "image")

#: what the reading room asks for at each level (a node may answer fewer)
RETURN_KEYS: dict[str, tuple[str, ...]] = {
    "patient": ("PatientName", "PatientID", "PatientBirthDate", "PatientSex", "NumberOfPatientRelatedStudies"),
    "study": ("PatientName", "PatientID", "PatientBirthDate", "PatientSex", "StudyInstanceUID", "StudyDate",
              "StudyTime", "StudyDescription", "AccessionNumber", "StudyID", "ModalitiesInStudy",
              "ReferringPhysicianName", "NumberOfStudyRelatedSeries", "NumberOfStudyRelatedInstances"),
    "series": ("StudyInstanceUID", "SeriesInstanceUID", "Modality", "SeriesNumber", "SeriesDescription",
               "BodyPartExamined", "SeriesDate", "NumberOfSeriesRelatedInstances"),
    "image": ("StudyInstanceUID", "SeriesInstanceUID", "SOPInstanceUID", "SOPClassUID", "InstanceNumber"),
}
_QR_LEVEL = {"patient": "PATIENT", "study": "STUDY", "series": "SERIES", "image": "IMAGE"}

#: transfer syntaxes we accept when the PACS sends us instances (the loader decodes them all)
ACCEPTED_TRANSFER_SYNTAXES = (
    ExplicitVRLittleEndian, ImplicitVRLittleEndian, DeflatedExplicitVRLittleEndian, ExplicitVRBigEndian,
    JPEGBaseline8Bit, JPEGExtended12Bit, JPEGLossless, JPEGLosslessSV1, JPEGLSLossless, JPEGLSNearLossless,
    JPEG2000Lossless, JPEG2000, RLELossless,
)
MAX_CONTEXTS = 128  # presentation contexts in one association (PS3.8)
_AE_RE = re.compile(r"^[\x20-\x5b\x5d-\x7e]{1,16}$")  # printable ASCII without backslash, 1..16


class PacsError(RuntimeError):
    """A PACS operation that could not be done; ``str(exc)`` is the message for the user."""

    def __init__(self, message: str, kind: str = "failed"):
        super().__init__(message)
        self.kind = kind


class PacsConfigError(PacsError):
    def __init__(self, message: str):
        super().__init__(message, "config")


# ----------------------------------------------------------------------------- configuration
@dataclass(frozen=True)
class PacsNode:
    """One PACS (or DICOMweb service) the workstation talks to, as kept in the settings."""

    name: str
    kind: str = "dimse"
    ae_title: str = ""  # the PACS's (called) AE title
    host: str = ""
    port: int = 104
    calling_ae: str = "SILKBRIDGE"  # ours
    retrieve: str = "get"  # get | move
    move_port: int = 0  # C-MOVE: the port of our storage SCP (the PACS knows calling_ae there)
    url: str = ""  # DICOMweb: the service root (QIDO/WADO/STOW), e.g. https://pacs/dicom-web
    tls: bool = False
    tls_ca: str = ""  # CA certificate(s) (PEM) that signed the PACS's certificate ("" = system CAs)
    tls_cert: str = ""  # our client certificate (PEM), when the PACS asks for one
    tls_key: str = ""  # its private key (PEM; may be inside tls_cert)
    timeout: float = 30.0  # seconds to wait for a connection or an answer

    @classmethod
    def from_dict(cls, raw: dict) -> "PacsNode":
        if not isinstance(raw, dict):
            raise PacsConfigError(f"a PACS node must be a table of settings, not {type(raw).__name__}")
        known = {f.name: f for f in fields(cls)}
        unknown = sorted(set(raw) - set(known))
        label = raw.get("name") or "(unnamed)"
        if unknown:
            raise PacsConfigError(f"PACS node {label!r}: unknown setting(s) {', '.join(unknown)}")
        values = {}
        for key, value in raw.items():
            want = known[key].type
            try:
                if want == "int":
                    if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
                        raise ValueError
                    value = int(value)
                elif want == "float":
                    value = float(value)
                elif want == "bool":
                    if not isinstance(value, bool):
                        raise ValueError
                elif not isinstance(value, str):
                    raise ValueError
            except (TypeError, ValueError):
                raise PacsConfigError(f"PACS node {label!r}: {key} = {value!r} is not a valid {want}") from None
            values[key] = value.strip() if isinstance(value, str) else value
        if "name" not in values:
            raise PacsConfigError("a PACS node needs a name")
        node = cls(**values)
        node.validate()
        return node

    def to_dict(self) -> dict:
        return asdict(self)

    def validate(self) -> None:
        label = self.name or "(unnamed)"

        def bad(msg: str):
            raise PacsConfigError(f"PACS node {label!r}: {msg}")

        if not self.name:
            raise PacsConfigError("a PACS node needs a name")
        if self.kind not in KINDS:
            bad(f"kind {self.kind!r} is not one of {', '.join(KINDS)}")
        if not (self.timeout > 0):
            bad(f"timeout must be a positive number of seconds, not {self.timeout}")
        if self.kind == "dicomweb":
            if not re.match(r"^https?://[^/\s]+", self.url):
                bad(f"url {self.url!r} must be an http:// or https:// address of the DICOMweb service")
            if self.tls and not self.url.startswith("https://"):
                bad("TLS is on but the url is http://; use https://")
        else:
            for what, ae in (("ae_title", self.ae_title), ("calling_ae", self.calling_ae)):
                if not _AE_RE.match(ae) or not ae.strip():
                    bad(f"{what} {ae!r} must be 1 to 16 printable ASCII characters (no backslash)")
            if not self.host or any(c.isspace() for c in self.host):
                bad(f"host {self.host!r} is not a host name or address")
            if not 1 <= self.port <= 65535:
                bad(f"port {self.port} is not between 1 and 65535")
            if self.retrieve not in RETRIEVE_MODES:
                bad(f"retrieve {self.retrieve!r} is not one of {', '.join(RETRIEVE_MODES)}")
            if self.retrieve == "move" and not 1 <= self.move_port <= 65535:
                bad("retrieve by C-MOVE needs move_port: the port of our storage SCP, known to the PACS "
                    f"as {self.calling_ae} (between 1 and 65535, not {self.move_port})")
        if self.tls_key and not self.tls_cert:
            bad("tls_key is set without tls_cert")

    @property
    def where(self) -> str:
        if self.kind == "dicomweb":
            return f"PACS {self.name!r} ({self.url})"
        return f"PACS {self.name!r} ({self.ae_title}@{self.host}:{self.port})"


def nodes_from_settings(raw: Sequence[dict]) -> list[PacsNode]:
    """Validate the ``pacs_nodes`` setting: every entry, and unique names."""
    if not isinstance(raw, (list, tuple)):
        raise PacsConfigError("pacs_nodes must be a list of PACS nodes")
    nodes, seen = [], set()
    for i, entry in enumerate(raw):
        try:
            node = PacsNode.from_dict(entry)
        except PacsConfigError as exc:
            raise PacsConfigError(f"entry {i + 1}: {exc}") from None
        if node.name.casefold() in seen:
            raise PacsConfigError(f"entry {i + 1}: two PACS nodes are named {node.name!r}")
        seen.add(node.name.casefold())
        nodes.append(node)
    return nodes


def _ssl_context(node: PacsNode) -> ssl.SSLContext:
    for what in ("tls_ca", "tls_cert", "tls_key"):
        path = getattr(node, what)
        if path and not Path(path).is_file():
            raise PacsConfigError(f"{node.where}: {what} file {path} does not exist")
    try:
        ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=node.tls_ca or None)
        if node.tls_cert:
            ctx.load_cert_chain(node.tls_cert, node.tls_key or None)
    except (ssl.SSLError, OSError) as exc:
        raise PacsConfigError(f"{node.where}: cannot load the TLS certificates: {exc}") from None
    return ctx


def _server_ssl_context(node: PacsNode) -> ssl.SSLContext:
    """Our storage SCP's TLS for a C-MOVE from a TLS node: our certificate, the PACS's verified."""
    if not node.tls_cert:
        raise PacsConfigError(f"{node.where}: a C-MOVE over TLS needs our certificate (tls_cert, tls_key) for "
                              "the storage SCP the PACS connects to; or retrieve with C-GET")
    try:
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH, cafile=node.tls_ca or None)
        ctx.load_cert_chain(node.tls_cert, node.tls_key or None)
        ctx.verify_mode = ssl.CERT_REQUIRED
    except (ssl.SSLError, OSError) as exc:
        raise PacsConfigError(f"{node.where}: cannot load the TLS certificates: {exc}") from None
    return ctx


# ----------------------------------------------------------------------------- results
@dataclass
class RetrieveReport:
    """What a retrieve brought into the catalog, and what it could not."""

    node: str
    study_uid: str
    series_uid: str = ""
    expected: int = 0  # instances the PACS listed
    received: int = 0  # instances that arrived complete
    imported: int = 0  # of those, new in the catalog
    duplicates: int = 0  # of those, already in the catalog
    failed: list[tuple[str, str]] = field(default_factory=list)  # (SOP Instance UID or file, reason)
    missing: list[str] = field(default_factory=list)  # listed by the PACS, never arrived, no reason given
    cancelled: bool = False
    seconds: float = 0.0  # the whole retrieve
    list_seconds: float = 0.0  # listing what to expect
    transfer_seconds: float = 0.0  # receiving the instances
    import_seconds: float = 0.0  # importing them into the catalog

    @property
    def complete(self) -> bool:
        return not self.cancelled and not self.failed and not self.missing and self.received >= self.expected

    def summary(self) -> str:
        what = f"series {self.series_uid}" if self.series_uid else f"study {self.study_uid}"
        if self.cancelled:
            return (f"Retrieve of {what} from {self.node} cancelled: {self.imported} instance(s) imported before "
                    f"the cancel; nothing else was added.")
        head = (f"Retrieved {self.received} of {self.expected} instance(s) of {what} from {self.node}: "
                f"{self.imported} new, {self.duplicates} already in the catalog")
        if self.complete:
            return head + "."
        lost = max(self.expected - self.received, len(self.failed) + len(self.missing))
        lines = [head + f"; INCOMPLETE: {lost} instance(s) did not arrive "
                        "(retrieve again to fetch only the missing ones)."]
        for uid, reason in self.failed[:10]:
            lines.append(f"  {uid}: {reason}")
        for uid in self.missing[:10]:
            lines.append(f"  {uid}: listed by the PACS but not sent")
        more = len(self.failed) + len(self.missing) - min(10, len(self.failed)) - min(10, len(self.missing))
        if more > 0:
            lines.append(f"  ... and {more} more")
        return "\n".join(lines)


@dataclass
class StoreReport:
    node: str
    sent: int = 0  # accepted by the PACS (with or without a warning)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    cancelled: bool = False

    @property
    def complete(self) -> bool:
        return not self.failed and not self.cancelled

    def summary(self) -> str:
        text = f"Stored {self.sent} instance(s) on {self.node}"
        if self.warnings:
            text += f" ({len(self.warnings)} with a warning)"
        if self.failed:
            text += f"; {len(self.failed)} refused:\n" + "\n".join(f"  {n}: {r}" for n, r in self.failed[:10])
        if self.cancelled:
            text += " (cancelled)"
        return text


# ----------------------------------------------------------------------------- public API
def echo(node: PacsNode) -> float:
    """Check the node answers and accepts us; returns the round trip in seconds."""
    t0 = time.perf_counter()
    if node.kind == "dicomweb":
        _web(node).search_for_studies(limit=1)
        return time.perf_counter() - t0
    from pynetdicom.sop_class import Verification

    with _Association(node, [(Verification, [ExplicitVRLittleEndian, ImplicitVRLittleEndian])]) as assoc:
        status = assoc.send_c_echo()
        _check_status(node, status, "C-ECHO")
    return time.perf_counter() - t0


def find(node: PacsNode, level: str, query: dict | None = None, *, limit: int | None = None,
         cancel: threading.Event | None = None) -> list[dict[str, str]]:
    """Search the PACS at ``level`` (patient, study, series, image).

    ``query`` maps DICOM keywords to match values (``*`` and ``?`` wildcards, date ranges such as
    ``20240101-20240131``); series and image levels need ``StudyInstanceUID`` (image level also
    ``SeriesInstanceUID`` for strict PACS). Returns one ``{keyword: text}`` per match with the
    :data:`RETURN_KEYS` of the level plus the queried keys (absent ones as "").
    """
    if level not in LEVELS:
        raise PacsError(f"unknown query level {level!r}; use one of {', '.join(LEVELS)}", "config")
    query = dict(query or {})
    for key, value in query.items():
        if pydicom.datadict.tag_for_keyword(key) is None:
            raise PacsError(f"{key!r} is not a DICOM attribute keyword", "config")
        if not isinstance(value, str):
            raise PacsError(f"the value of {key} must be text, not {type(value).__name__}", "config")
    if level in ("series", "image") and not query.get("StudyInstanceUID"):
        raise PacsError(f"a {level}-level search needs the StudyInstanceUID of the study", "config")
    if limit is not None and limit <= 0:
        return []
    keys = list(dict.fromkeys([*RETURN_KEYS[level], *query]))
    if node.kind == "dicomweb":
        return _web_find(node, level, query, keys, limit)
    return _dimse_find(node, level, query, keys, limit, cancel)


def retrieve(node: PacsNode, catalog, study_uid: str, series_uid: str = "", *, progress: Progress | None = None,
             cancel: threading.Event | None = None) -> RetrieveReport:
    """Bring a study (or one of its series) from the PACS into ``catalog``. See the module doc."""
    if not study_uid:
        raise PacsError("retrieve needs the StudyInstanceUID of the study", "config")
    if node.kind == "dimse" and node.retrieve == "move" and node.tls:
        _server_ssl_context(node)  # our storage SCP must speak TLS too: refused now, before asking anything
    report = RetrieveReport(node.name, study_uid, series_uid)
    t0 = time.perf_counter()
    cancel = cancel or threading.Event()
    progress = progress or (lambda done, total, label="": None)
    _drop_stale_staging(catalog.root)
    staging = Path(tempfile.mkdtemp(prefix="retrieve-", dir=catalog.root))
    try:
        progress(0, 0, f"Listing the instances on {node.name}…")
        try:
            listing = _list_instances(node, study_uid, series_uid, cancel)
        except PacsError as exc:
            if exc.kind != "cancelled":
                raise
            report.cancelled = True
            return report
        report.expected = listing.expected
        report.list_seconds = time.perf_counter() - t0
        if not listing.expected:
            raise PacsError(f"{node.where} has no instance of the {'series' if series_uid else 'study'} "
                            f"{series_uid or study_uid}", "failed")
        sink = _Sink(staging, listing, progress, cancel)
        t1 = time.perf_counter()
        try:
            if node.kind == "dicomweb":
                _web_retrieve(node, study_uid, listing, sink)
            elif node.retrieve == "move":
                _dimse_move(node, study_uid, series_uid, listing, sink)
            else:
                _dimse_get(node, study_uid, series_uid, listing, sink)
        except PacsError as exc:
            if cancel.is_set():
                report.cancelled = True
            elif not sink.files:
                raise
            else:  # broke midway: keep what arrived complete, say why the rest did not
                sink.note_failure(str(exc))
        report.transfer_seconds = time.perf_counter() - t1
        if cancel.is_set():
            report.cancelled = True
            return report
        report.received = len(sink.files)
        report.failed = sorted(sink.failed.items())
        if listing.exact:
            report.missing = sorted(uid for uid in listing.instances if uid not in sink.files and uid not in sink.failed)
            report.expected += len(set(sink.files) - set(listing.instances))  # sent but not listed: kept
        else:
            report.expected = max(report.expected, report.received)
            unnamed = report.expected - report.received - len(report.failed)
            if unnamed > 0:
                report.failed.append((f"{unnamed} instance(s) (the PACS did not say which)",
                                      sink.failure or listing.note or "not sent"))
        if sink.files:
            t2 = time.perf_counter()
            total = len(sink.files)
            imported = catalog.import_paths(
                [staging], progress=lambda d, t, name: progress(d, total, f"Importing {d}/{total}"), cancel=cancel)
            report.imported, report.duplicates = imported.imported, imported.duplicates
            for name, reason in imported.rejected:
                report.failed.append((Path(name).stem, f"arrived but could not be imported: {reason}"))
                report.received -= 1
            report.cancelled = imported.cancelled
            report.import_seconds = time.perf_counter() - t2
        return report
    finally:
        report.seconds = time.perf_counter() - t0
        shutil.rmtree(staging, ignore_errors=True)


STALE_STAGING_S = 6 * 3600.0


def _drop_stale_staging(root: Path) -> None:
    """Staging folders of retrieves that never finished (the program was killed): nothing in them
    was imported, they only take space. A running retrieve keeps touching its own."""
    cutoff = time.time() - STALE_STAGING_S
    for folder in root.glob("retrieve-*"):
        try:
            if folder.is_dir() and folder.stat().st_mtime < cutoff:
                shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            pass


def store(node: PacsNode, files: Iterable[str | os.PathLike], *, progress: Progress | None = None,
          cancel: threading.Event | None = None) -> StoreReport:
    """Send DICOM files (our SR, key images, ...) to the PACS; per-file outcome in the report."""
    files = [Path(f) for f in files]
    report = StoreReport(node.name)
    progress = progress or (lambda done, total, label="": None)
    datasets: list[tuple[Path, Dataset]] = []
    for f in files:
        try:
            ds = pydicom.dcmread(f)
            _ = ds.SOPClassUID, ds.SOPInstanceUID
        except Exception as exc:  # noqa: BLE001 - any unreadable file is reported, the others go
            report.failed.append((str(f), f"not a readable DICOM instance: {exc}"))
            continue
        datasets.append((f, ds))
    if not datasets:
        return report
    if node.kind == "dicomweb":
        _web_store(node, datasets, report, progress, cancel)
    else:
        _dimse_store(node, datasets, report, progress, cancel)
    return report


# ----------------------------------------------------------------------------- DIMSE
def _no_delay(event) -> None:
    """EVT_CONN_OPEN: turn Nagle off. A DIMSE message leaves as a command PDU then a data PDU;
    with Nagle on, the second waits for the peer's delayed ACK (~40 ms per message)."""
    sock = getattr(getattr(event.assoc.dul, "socket", None), "socket", None)
    if sock is not None:
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass


class _Association:
    """An association with the node, failures turned into clear :class:`PacsError`s."""

    def __init__(self, node: PacsNode, contexts: list[tuple[str, Sequence[str]]], *, roles: Sequence[str] = (),
                 handlers: list | None = None):
        from pynetdicom import AE, build_role, evt

        if len(contexts) > MAX_CONTEXTS:
            raise PacsError(f"{len(contexts)} presentation contexts needed, {MAX_CONTEXTS} at most", "failed")
        self.node = node
        ae = self.ae = AE(ae_title=node.calling_ae)
        ae.connection_timeout = node.timeout
        ae.acse_timeout = node.timeout
        ae.dimse_timeout = node.timeout
        ae.network_timeout = node.timeout
        ae.maximum_pdu_size = 0  # no limit: the PACS sends PDUs as large as it likes
        for abstract, syntaxes in contexts:
            ae.add_requested_context(abstract, list(syntaxes))
        self._roles = [build_role(uid, scp_role=True) for uid in roles]
        self._evt = evt
        self._answer = None
        self._opened = False
        self._handlers = list(handlers or []) + [(evt.EVT_ACSE_RECV, self._on_acse), (evt.EVT_CONN_OPEN, self._on_open)]
        self.assoc = None

    def _on_acse(self, event) -> None:
        from pynetdicom.pdu_primitives import A_ASSOCIATE

        if isinstance(event.primitive, A_ASSOCIATE):  # the answer to our request (not an abort)
            self._answer = event.primitive

    def _on_open(self, event) -> None:
        self._opened = True
        _no_delay(event)


    def __enter__(self):
        node = self.node
        tls = (_ssl_context(node), node.host) if node.tls else None
        t0 = time.monotonic()
        try:
            assoc = self.assoc = self.ae.associate(node.host, node.port, ae_title=node.ae_title, ext_neg=self._roles,
                                                  tls_args=tls, evt_handlers=self._handlers)
        except (OSError, ValueError) as exc:
            raise PacsError(f"{node.where}: cannot connect: {exc}", "refused") from None
        if assoc.is_established:
            return assoc
        waited = time.monotonic() - t0
        # the peer's A-ASSOCIATE answer: as our ACSE handler saw it, else where pynetdicom keeps it
        # (a busy machine may end the association before our handler has run: the rejection, with
        # its reason, was then shown as a bare abort)
        ans = self._answer or getattr(getattr(assoc, "acceptor", None), "primitive", None)
        if assoc.is_rejected and ans is not None:
            reason = getattr(ans, "reason_str", "no reason given")
            hint = ""
            if "Called AE" in reason:
                hint = f" (check the PACS's AE title: we called it {node.ae_title!r})"
            elif "Calling AE" in reason:
                hint = f" (the PACS does not know our AE title {node.calling_ae!r}: ask its administrator to add it)"
            raise PacsError(f"{node.where} rejected the association: {reason}{hint}", "rejected")
        if not self._opened:
            if waited >= node.timeout * 0.9:
                raise PacsError(f"{node.where} did not answer within {node.timeout:g} s (no connection): check the "
                                "host, port and firewall", "timeout")
            if _refused(node):
                raise PacsError(f"{node.where}: connection refused: the PACS is not running or does not listen on "
                                f"port {node.port}", "refused")
            if node.tls:
                raise PacsError(f"{node.where}: the TLS handshake failed: check tls_ca (the CA that signed the PACS's "
                                "certificate), our client certificate, and that the PACS expects TLS on this port",
                                "refused")
            raise PacsError(f"{node.where}: the connection failed (the PACS closed it at once)", "refused")
        if assoc.is_aborted and ans is None and waited >= node.timeout * 0.9:
            raise PacsError(f"{node.where} accepted the connection but did not answer the association request "
                            f"within {node.timeout:g} s", "timeout")
        if assoc.is_aborted and ans is not None and getattr(ans, "result", None) == 0:
            raise PacsError(f"{node.where} accepted none of the requested services (presentation contexts); "
                            "it may not support this operation or these SOP classes", "rejected")
        if node.tls and not ans:
            raise PacsError(f"{node.where}: the TLS handshake failed: check tls_ca (the CA that signed the PACS's "
                            "certificate), our client certificate (tls_cert, tls_key) if the PACS asks for one, "
                            "and that the PACS expects TLS on this port", "refused")
        raise PacsError(f"{node.where} aborted the association request", "aborted")

    def __exit__(self, exc_type, exc, tb):
        assoc = self.assoc
        if assoc is None:
            return
        if exc_type is not None or not assoc.is_established:
            if assoc.is_established:
                assoc.abort()
        else:
            assoc.release()


def _refused(node: PacsNode) -> bool:
    try:
        with socket.create_connection((node.host, node.port), timeout=min(2.0, node.timeout)):
            return False
    except ConnectionRefusedError:
        return True
    except OSError:
        return False


def _status_text(status: Dataset | None) -> str:
    if status is None or "Status" not in status:
        return "no answer"
    code = int(status.Status)
    text = f"status 0x{code:04X}"
    comment = status.get("ErrorComment")
    return f"{text} ({comment})" if comment else text


def _check_status(node: PacsNode, status: Dataset | None, what: str) -> None:
    if status is None or "Status" not in status:
        raise PacsError(f"{node.where} did not answer the {what} within {node.timeout:g} s or dropped the "
                        "association", "timeout")
    code = int(status.Status)
    if code != 0x0000 and not 0xFF00 <= code <= 0xFF01 and not 0xB000 <= code <= 0xBFFF:
        raise PacsError(f"{node.where} refused the {what}: {_status_text(status)}", "failed")


def _identifier(level: str, query: dict, keys: Sequence[str]) -> Dataset:
    ds = Dataset()
    ds.SpecificCharacterSet = "ISO_IR 192"  # UTF-8: names in Vietnamese, Thai, Chinese, ...
    ds.QueryRetrieveLevel = _QR_LEVEL[level]
    for key in keys:
        setattr(ds, key, query.get(key, ""))
    return ds


def _text(ds: Dataset, key: str) -> str:
    value = ds.get(key)
    if value is None or value == "":
        return ""
    if isinstance(value, pydicom.multival.MultiValue):
        return "\\".join(str(v) for v in value)
    return str(value).strip()


def _match(ds: Dataset, keys: Sequence[str], decode: bool = True) -> dict[str, str]:
    if decode:  # a C-FIND answer: apply its SpecificCharacterSet (DICOM JSON is already Unicode)
        try:
            ds.decode()
        except Exception:  # noqa: BLE001 - a bad charset still shows what pydicom could decode
            pass
    return {k: _text(ds, k) for k in keys}


def _dimse_find(node, level, query, keys, limit, cancel) -> list[dict[str, str]]:
    from pynetdicom.sop_class import PatientRootQueryRetrieveInformationModelFind as PatientFind
    from pynetdicom.sop_class import StudyRootQueryRetrieveInformationModelFind as StudyFind

    model = PatientFind if level == "patient" else StudyFind
    out: list[dict[str, str]] = []
    with _Association(node, [(model, [ExplicitVRLittleEndian, ImplicitVRLittleEndian])]) as assoc:
        for status, ident in assoc.send_c_find(_identifier(level, query, keys), model):
            if cancel is not None and cancel.is_set():
                assoc.abort()
                raise PacsError(f"search on {node.where} cancelled", "cancelled")
            if status is None or "Status" not in status:
                raise PacsError(f"{node.where} did not answer the search within {node.timeout:g} s", "timeout")
            code = int(status.Status)
            if code in (0xFF00, 0xFF01):
                if ident is not None:
                    out.append(_match(ident, keys))
                if limit is not None and len(out) >= limit:
                    assoc.abort()
                    return out
            elif code == 0x0000:
                break
            else:
                raise PacsError(f"{node.where} refused the {level} search: {_status_text(status)}", "failed")
    return out


@dataclass
class _Listing:
    """What a retrieve should bring: the series (with their instance counts) and, when the PACS
    could list them (``exact``), the instances by SOP Instance UID -> (SOP Class UID, series)."""

    series: dict[str, int] = field(default_factory=dict)
    instances: dict[str, tuple[str, str]] = field(default_factory=dict)
    classes: set[str] = field(default_factory=set)
    exact: bool = True
    note: str = ""  # why the instances could not be listed

    @property
    def expected(self) -> int:
        return len(self.instances) if self.exact else sum(self.series.values())


def _count(text: str) -> int:
    try:
        return int(text)
    except (TypeError, ValueError):
        return 0


def _list_instances(node: PacsNode, study_uid: str, series_uid: str, cancel) -> _Listing:
    listing = _Listing()
    query = {"StudyInstanceUID": study_uid}
    if series_uid:
        query["SeriesInstanceUID"] = series_uid
    for m in find(node, "series", query, cancel=cancel):
        if m["SeriesInstanceUID"] and (not series_uid or m["SeriesInstanceUID"] == series_uid):
            listing.series[m["SeriesInstanceUID"]] = _count(m["NumberOfSeriesRelatedInstances"])
    for s in listing.series:
        if cancel.is_set():
            raise PacsError("retrieve cancelled", "cancelled")
        try:
            matches = find(node, "image", {"StudyInstanceUID": study_uid, "SeriesInstanceUID": s}, cancel=cancel)
        except PacsError as exc:
            if exc.kind != "failed":
                raise
            # Some PACS refuse instance-level searches (or fail them on one bad file): go on with
            # the series counts; what does not arrive is then counted, not named.
            log.warning("%s: cannot list the instances of series %s: %s", node.name, s, exc)
            listing.exact, listing.note = False, f"the PACS could not list them: {exc}"
            listing.instances.clear()
            break
        for m in matches:
            if m["SOPInstanceUID"]:
                listing.instances[m["SOPInstanceUID"]] = (m["SOPClassUID"], m["SeriesInstanceUID"] or s)
                if m["SOPClassUID"]:
                    listing.classes.add(m["SOPClassUID"])
    if not listing.classes and node.kind == "dimse":
        try:
            (study,) = find(node, "study", {"StudyInstanceUID": study_uid, "SOPClassesInStudy": ""}, cancel=cancel)
            listing.classes = {c for c in study["SOPClassesInStudy"].split("\\") if c}
        except (PacsError, ValueError):
            pass
    return listing


class _Sink:
    """Where retrieved instances land: one file per SOP Instance UID in the staging folder
    (written to ``.part`` then renamed, so only complete instances are ever imported)."""

    def __init__(self, staging: Path, listing: _Listing, progress: Progress, cancel: threading.Event):
        self.staging, self.listing, self.progress, self.cancel = staging, listing, progress, cancel
        self.files: dict[str, Path] = {}
        self.failed: dict[str, str] = {}
        self.failure = ""  # why the retrieve broke off, if it did
        self.allowed_peers: set[str] | None = None  # C-MOVE: only the PACS may deliver to our storage SCP
        self.refused = 0  # instances refused: from another host, or not of the requested study
        self._lock = threading.Lock()
        self._n = 0

    def write(self, sop_uid: str, data: bytes | None = None, dataset: Dataset | None = None) -> None:
        name = re.sub(r"[^0-9A-Za-z.]", "_", sop_uid)[:120] or f"instance-{self._n}"
        with self._lock:
            self._n += 1
            part = self.staging / f"{self._n:06d}-{name}.part"
        if data is not None:
            part.write_bytes(data)
        else:
            dataset.save_as(part, enforce_file_format=True)
        final = part.with_suffix(".dcm")
        os.replace(part, final)
        with self._lock:
            self.files[sop_uid] = final
            self.failed.pop(sop_uid, None)
            done = len(self.files)
        total = max(self.listing.expected, done)
        self.progress(done, total, f"Receiving {done}/{total}")

    def fail(self, sop_uid: str, reason: str) -> None:
        with self._lock:
            if sop_uid not in self.files:
                self.failed[sop_uid] = reason

    def note_failure(self, reason: str) -> None:
        self.failure = self.failure or reason
        for uid in self.listing.instances:
            if uid not in self.files and uid not in self.failed:
                self.failed[uid] = reason

    def store_handler(self, event) -> int:
        """pynetdicom EVT_C_STORE: keep the instance as it was sent (no decode/re-encode)."""
        if self.cancel.is_set():
            return 0xFE00  # cancel
        try:
            sop_uid = str(event.request.AffectedSOPInstanceUID)
            peer = event.assoc.requestor.address
            if self.allowed_peers is not None and peer not in self.allowed_peers:
                return self._refuse(f"an instance from {peer}, not from the PACS")
            if self.listing.exact:
                if sop_uid not in self.listing.instances:
                    return self._refuse(f"instance {sop_uid}: not one of the requested")
            elif str(event.dataset.SeriesInstanceUID) not in self.listing.series:
                return self._refuse(f"instance {sop_uid}: not of a requested series")
            self.write(sop_uid, event.encoded_dataset())
        except OSError as exc:
            log.error("cannot keep a retrieved instance: %s", exc)
            return 0xA700  # out of resources
        except Exception as exc:  # noqa: BLE001 - the PACS hears "cannot understand" and goes on
            log.error("bad instance from the PACS: %s", exc)
            return 0xC000
        return 0x0000


    def _refuse(self, why: str) -> int:
        log.warning("retrieve: refused %s", why)
        with self._lock:
            self.refused += 1
        return 0xC000  # "cannot understand": the sender goes on with the rest


def _storage_contexts(listing: _Listing) -> list[tuple[str, Sequence[str]]]:
    classes = sorted(listing.classes)
    if not classes:
        from pynetdicom import StoragePresentationContexts

        classes = [cx.abstract_syntax for cx in StoragePresentationContexts][:MAX_CONTEXTS - 2]
    return [(cls, ACCEPTED_TRANSFER_SYNTAXES) for cls in classes]


def _read_suboperations(node: PacsNode, responses, sink: _Sink, assoc, what: str) -> None:
    final = None
    for status, ident in responses:
        if sink.cancel.is_set():
            assoc.abort()
            raise PacsError(f"retrieve from {node.where} cancelled", "cancelled")
        if status is None or "Status" not in status:
            raise PacsError(f"{node.where} stopped answering the {what} (no answer within {node.timeout:g} s, "
                            "or the association was dropped)", "timeout")
        code = int(status.Status)
        if code == 0xFF00:  # pending: a sub-operation went on
            continue
        final = (code, status, ident)
        break
    if final is None:
        raise PacsError(f"{node.where} ended the {what} without a final status", "aborted")
    code, status, ident = final
    if code == 0x0000:
        return
    failed_uids = []
    if ident is not None and "FailedSOPInstanceUIDList" in ident:
        value = ident.FailedSOPInstanceUIDList
        failed_uids = [str(v) for v in (value if isinstance(value, pydicom.multival.MultiValue) else [value]) if v]
    if 0xB000 <= code <= 0xBFFF or code == 0xA702:  # some sub-operations failed
        reason = f"the PACS could not send it ({what} {_status_text(status)})"
        for uid in failed_uids:
            sink.fail(uid, reason)
        sink.note_failure(reason)
        return
    if code == 0xFE00:
        raise PacsError(f"{what} on {node.where} was cancelled", "cancelled")
    if code == 0xA801:
        raise PacsError(f"{node.where} does not know the move destination {node.calling_ae!r}: add our AE title "
                        f"with host and port {node.move_port} to the PACS", "rejected")
    raise PacsError(f"{node.where} refused the {what}: {_status_text(status)}", "failed")


def _qr_identifier(level: str, study_uid: str, series_uid: str) -> Dataset:
    ds = Dataset()
    ds.QueryRetrieveLevel = "SERIES" if series_uid else "STUDY"
    ds.StudyInstanceUID = study_uid
    if series_uid:
        ds.SeriesInstanceUID = series_uid
    return ds


def _dimse_get(node, study_uid, series_uid, listing, sink: _Sink) -> None:
    from pynetdicom import evt
    from pynetdicom.sop_class import StudyRootQueryRetrieveInformationModelGet as StudyGet

    storage = _storage_contexts(listing)
    # C-GET: the PACS sends the instances back on the same association, as C-STOREs we accept.
    contexts = [(StudyGet, [ExplicitVRLittleEndian, ImplicitVRLittleEndian]), *storage[:MAX_CONTEXTS - 1]]
    with _Association(node, contexts, roles=[cls for cls, _ in storage[:MAX_CONTEXTS - 1]],
                      handlers=[(evt.EVT_C_STORE, sink.store_handler)]) as assoc:
        responses = assoc.send_c_get(_qr_identifier("get", study_uid, series_uid), StudyGet)
        _read_suboperations(node, responses, sink, assoc, "C-GET")


def _dimse_move(node, study_uid, series_uid, listing, sink: _Sink) -> None:
    from pynetdicom import AE, evt
    from pynetdicom.sop_class import StudyRootQueryRetrieveInformationModelMove as StudyMove

    scp = AE(ae_title=node.calling_ae)
    scp.require_called_aet = True  # only associations addressed to us
    scp.maximum_pdu_size = 0
    scp.network_timeout = node.timeout
    scp.acse_timeout = node.timeout
    scp.dimse_timeout = node.timeout
    for cls, syntaxes in _storage_contexts(listing):
        scp.add_supported_context(cls, list(syntaxes))
    try:  # the instances come back only from the PACS, and encrypted when the node uses TLS
        sink.allowed_peers = {info[4][0] for info in socket.getaddrinfo(node.host, None)}
    except OSError as exc:
        raise PacsError(f"cannot resolve {node.host} for the C-MOVE: {exc}", "config") from None
    server_tls = _server_ssl_context(node) if node.tls else None
    try:
        server = scp.start_server(("0.0.0.0" if node.host not in ("127.0.0.1", "localhost") else "127.0.0.1",
                                   node.move_port), block=False,
                                  ssl_context=server_tls, evt_handlers=[(evt.EVT_C_STORE, sink.store_handler),
                                                                        (evt.EVT_CONN_OPEN, _no_delay)])
    except OSError as exc:
        raise PacsError(f"cannot open our storage SCP on port {node.move_port} for the C-MOVE: {exc}",
                        "config") from None
    try:
        with _Association(node, [(StudyMove, [ExplicitVRLittleEndian, ImplicitVRLittleEndian])]) as assoc:
            responses = assoc.send_c_move(_qr_identifier("move", study_uid, series_uid), node.calling_ae, StudyMove)
            _read_suboperations(node, responses, sink, assoc, "C-MOVE")
    finally:
        server.shutdown()


def _sop_name(uid: str) -> str:
    name = pydicom.uid.UID(uid).name
    return name if name != uid else "not a standard SOP class"


def _dimse_store(node, datasets, report: StoreReport, progress, cancel) -> None:
    groups: dict[tuple[str, str], list[tuple[Path, Dataset]]] = {}
    for f, ds in datasets:
        ts = str(ds.file_meta.get("TransferSyntaxUID", ExplicitVRLittleEndian))
        groups.setdefault((str(ds.SOPClassUID), ts), []).append((f, ds))
    keys = list(groups)
    total, done = len(datasets), 0
    for start in range(0, len(keys), MAX_CONTEXTS):
        chunk = keys[start:start + MAX_CONTEXTS]
        contexts = []
        for cls, ts in chunk:
            contexts.append((cls, list(dict.fromkeys([ts, ExplicitVRLittleEndian, ImplicitVRLittleEndian]))))
        with _Association(node, contexts) as assoc:
            accepted = {(str(cx.abstract_syntax), str(cx.transfer_syntax[0])) for cx in assoc.accepted_contexts}
            for key in chunk:
                for f, ds in groups[key]:
                    if cancel is not None and cancel.is_set():
                        report.cancelled = True
                        return
                    if not any(cls == key[0] for cls, _ in accepted):
                        report.failed.append((str(f), f"the PACS does not accept SOP class {key[0]} "
                                                      f"({_sop_name(key[0])})"))
                        done += 1
                        progress(done, total, f"Storing {done}/{total}")
                        continue
                    try:
                        status = assoc.send_c_store(ds)
                    except (ValueError, AttributeError) as exc:
                        report.failed.append((str(f), f"cannot be sent: {exc}"))
                        continue
                    if status is None or "Status" not in status:
                        if not assoc.is_established:
                            raise PacsError(f"{node.where} dropped the association after {report.sent} of "
                                            f"{total} instance(s)", "aborted")
                        report.failed.append((str(f), f"no answer within {node.timeout:g} s"))
                        continue
                    code = int(status.Status)
                    if code == 0x0000:
                        report.sent += 1
                    elif 0xB000 <= code <= 0xBFFF:
                        report.sent += 1
                        report.warnings.append((str(f), _status_text(status)))
                    else:
                        report.failed.append((str(f), f"refused by the PACS: {_status_text(status)}"))
                    done += 1
                    progress(done, total, f"Storing {done}/{total}")


# ----------------------------------------------------------------------------- DICOMweb
def _QidoSession():
    """A requests Session that sends QIDO wildcards as ``*``: requests percent-encodes them as
    ``%2A`` (valid), which some servers (Orthanc's DICOMweb plugin) then match literally."""
    import requests

    class Session(requests.Session):
        def prepare_request(self, request):
            prepared = super().prepare_request(request)
            if prepared.url and "?" in prepared.url:
                base, _, query = prepared.url.partition("?")
                prepared.url = base + "?" + query.replace("%2A", "*").replace("%3F", "?")
            return prepared

    return Session()


def _web(node: PacsNode):
    from dicomweb_client.api import DICOMwebClient

    session = _QidoSession()
    if node.url.startswith("https://"):
        for what in ("tls_ca", "tls_cert", "tls_key"):
            path = getattr(node, what)
            if path and not Path(path).is_file():
                raise PacsConfigError(f"{node.where}: {what} file {path} does not exist")
        if node.tls_ca:
            session.verify = node.tls_ca
        if node.tls_cert:
            session.cert = (node.tls_cert, node.tls_key) if node.tls_key else node.tls_cert
    client = DICOMwebClient(node.url.rstrip("/"), session=session, timeout=node.timeout)
    client.set_http_retry_params(retry=False)
    return _WebErrors(node, client)


class _WebErrors:
    """Wraps a DICOMwebClient: HTTP and connection failures become PacsErrors."""

    def __init__(self, node: PacsNode, client):
        self._node, self._client = node, client

    def __getattr__(self, name):
        method = getattr(self._client, name)

        def call(*args, **kwargs):
            try:
                return method(*args, **kwargs)
            except Exception as exc:  # noqa: BLE001 - mapped to a message below
                raise _web_error(self._node, exc, name) from None

        return call


def _web_error(node: PacsNode, exc: Exception, what: str) -> PacsError:
    import requests

    if isinstance(exc, PacsError):
        return exc
    if isinstance(exc, requests.exceptions.SSLError):
        return PacsError(f"{node.where}: the TLS handshake failed ({exc}); check tls_ca and the certificate",
                         "refused")
    if isinstance(exc, requests.exceptions.Timeout):
        return PacsError(f"{node.where} did not answer within {node.timeout:g} s", "timeout")
    if isinstance(exc, requests.exceptions.ConnectionError):
        text = str(exc)
        if "refused" in text.lower():
            return PacsError(f"{node.where}: connection refused: the service is not running or does not listen "
                             "there", "refused")
        return PacsError(f"{node.where}: cannot connect ({text[:200]})", "refused")
    if isinstance(exc, requests.exceptions.HTTPError) and exc.response is not None:
        code = exc.response.status_code
        kind = "rejected" if code in (401, 403) else "failed"
        body = (exc.response.text or "").strip().replace("\n", " ")[:200]
        return PacsError(f"{node.where} answered HTTP {code} {exc.response.reason} to {what}"
                         + (f": {body}" if body else ""), kind)
    return PacsError(f"{node.where}: {what} failed: {type(exc).__name__}: {exc}", "failed")


def _from_json(obj: dict) -> Dataset:
    return Dataset.from_json(obj, bulk_data_uri_handler=lambda *a: b"")


def _web_find(node, level, query, keys, limit) -> list[dict[str, str]]:
    client = _web(node)
    filters = {k: v for k, v in query.items() if v and k not in ("StudyInstanceUID", "SeriesInstanceUID")
               or (k in ("StudyInstanceUID", "SeriesInstanceUID") and v and level in ("study", "patient"))}
    fields_ = [k for k in keys if k not in filters]
    if level in ("patient", "study"):
        answers = client.search_for_studies(fields=fields_, search_filters=filters,
                                            limit=None if level == "patient" else limit, get_remaining=True)
        matches = [_match(_from_json(a), keys, decode=False) for a in answers]
        if level == "study":
            return matches[:limit] if limit else matches
        patients: dict[tuple[str, str], dict[str, str]] = {}
        for m in matches:  # QIDO-RS has no patient level: group the studies by patient
            p = patients.setdefault((m["PatientID"], m["PatientName"]), {k: m.get(k, "") for k in keys})
            p["NumberOfPatientRelatedStudies"] = str(int(p.get("NumberOfPatientRelatedStudies") or 0) + 1)
        out = list(patients.values())
        for p in out:
            p["NumberOfPatientRelatedStudies"] = str(p["NumberOfPatientRelatedStudies"])
        return out[:limit] if limit else out
    study = query["StudyInstanceUID"]
    if level == "series":
        answers = client.search_for_series(study, fields=fields_, search_filters=filters, limit=limit,
                                           get_remaining=True)
    else:
        answers = client.search_for_instances(study, query.get("SeriesInstanceUID") or None, fields=fields_,
                                              search_filters=filters, limit=limit, get_remaining=True)
    out = [_match(_from_json(a), keys, decode=False) for a in answers]
    for m in out:
        m["StudyInstanceUID"] = m["StudyInstanceUID"] or study
    return out[:limit] if limit else out


def _web_retrieve(node, study_uid, listing, sink: _Sink) -> None:
    client = _web(node)
    by_series: dict[str, list[str]] = {s: [] for s in listing.series}
    for uid, (_, series) in listing.instances.items():
        by_series.setdefault(series, []).append(uid)
    for series, uids in by_series.items():
        try:  # the whole series as one multipart stream, stored as it arrives
            for ds in client.iter_series(study_uid, series, media_types=(("application/dicom", "*"),)):
                if sink.cancel.is_set():
                    raise PacsError(f"retrieve from {node.where} cancelled", "cancelled")
                sink.write(str(ds.SOPInstanceUID), dataset=ds)
        except PacsError as exc:
            if exc.kind == "cancelled" or exc.kind == "refused":
                raise
            log.warning("series %s from %s: %s; fetching its instances one by one", series, node.name, exc)
            if not uids:
                sink.failure = sink.failure or f"the PACS could not send series {series}: {exc}"
            for uid in uids:  # find out which instances fail, keep the others
                if uid in sink.files:
                    continue
                if sink.cancel.is_set():
                    raise PacsError(f"retrieve from {node.where} cancelled", "cancelled") from None
                try:
                    ds = client.retrieve_instance(study_uid, series, uid, media_types=(("application/dicom", "*"),))
                    sink.write(uid, dataset=ds)
                except PacsError as one:
                    sink.fail(uid, f"the PACS could not send it: {one}")


def _web_store(node, datasets, report: StoreReport, progress, cancel) -> None:
    client = _web(node)
    total, done = len(datasets), 0
    batch = 32
    for start in range(0, total, batch):
        if cancel is not None and cancel.is_set():
            report.cancelled = True
            return
        chunk = datasets[start:start + batch]
        try:
            answer = client.store_instances([ds for _, ds in chunk])
        except PacsError as exc:
            if exc.kind in ("refused", "timeout") and not report.sent:
                raise
            answer = None
            for f, _ in chunk:
                report.failed.append((str(f), str(exc)))
        if answer is not None:
            failed = {}
            for item in answer.get("FailedSOPSequence", []):
                reason = item.get("FailureReason")
                failed[str(item.get("ReferencedSOPInstanceUID", ""))] = (
                    f"refused by the PACS (failure reason 0x{int(reason):04X})" if reason is not None else "refused")
            for f, ds in chunk:
                if str(ds.SOPInstanceUID) in failed:
                    report.failed.append((str(f), failed[str(ds.SOPInstanceUID)]))
                else:
                    report.sent += 1
        done += len(chunk)
        progress(done, total, f"Storing {done}/{total}")
