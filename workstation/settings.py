"""Workstation settings: one JSON file with a schema version and migrations.

Where things live (all overridable by the SILKBRIDGE_HOME environment variable, which tests and
the demo use to keep a newcomer's or a test's data apart from a real installation).
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

import platformdirs

SCHEMA_VERSION = 1
log = logging.getLogger(__name__)

#: Interface languages (BCP 47 tags, as in enrolment bundles and course packages).
UI_LANGUAGES = ("en", "zh-Hans", "vi", "th", "lo", "km", "my", "ms", "id")
_LANGUAGE_ALIASES = {"zh": "zh-Hans", "zh-cn": "zh-Hans", "zh_cn": "zh-Hans", "zh-sg": "zh-Hans",
                     "en-us": "en", "en-gb": "en", "en_us": "en", "en_gb": "en", "vi-vn": "vi", "vi_vn": "vi",
                     "th-th": "th", "th_th": "th", "lo-la": "lo", "lo_la": "lo", "km-kh": "km", "km_kh": "km",
                     "my-mm": "my", "my_mm": "my", "ms-my": "ms", "ms_my": "ms", "ms-bn": "ms", "ms-sg": "ms",
                     "id-id": "id", "id_id": "id", "in": "id"}  # "in": Indonesian's former ISO 639 code


def normalize_language(code) -> str:
    """``code`` as one of UI_LANGUAGES (common aliases such as "zh-CN" accepted); SettingsError otherwise."""
    if isinstance(code, str):
        text = code.strip()
        for known in UI_LANGUAGES:
            if text.lower() == known.lower():
                return known
        if text.lower() in _LANGUAGE_ALIASES:
            return _LANGUAGE_ALIASES[text.lower()]
    raise SettingsError(f"language: {code!r} is not an interface language (choose one of {', '.join(UI_LANGUAGES)})")


def home() -> Path:
    env = os.environ.get("SILKBRIDGE_HOME")
    return Path(env) if env else Path(platformdirs.user_data_dir("silkbridge", "Silkbridge"))


@dataclass
class Settings:
    schema_version: int = SCHEMA_VERSION
    language: str = "en"
    layout: str = "2x2"
    enrolment_bundle: str = ""  # path of the imported enrolment bundle (JSON)
    pacs_nodes: list[dict] = field(default_factory=list)
    microphone: str = ""  # input device name for calls (comms.audio.microphones()); "" = system default
    camera: str = ""      # camera name for calls (comms.video.cameras()); "" = the first camera
    speaker: str = ""     # output device name for calls (comms.audio.speakers()); "" = system default

    def set_language(self, code: str) -> None:
        """Choose the interface language (one of UI_LANGUAGES); nothing changes if ``code`` is not one."""
        self.language = normalize_language(code)

    def pacs(self) -> list:
        """The configured PACS nodes (``workstation.dicom.pacs.PacsNode``), validated: a bad entry
        raises SettingsError naming it and why (the rest of the settings still load)."""
        from workstation.dicom.pacs import PacsConfigError, nodes_from_settings

        try:
            return nodes_from_settings(self.pacs_nodes)
        except PacsConfigError as exc:
            raise SettingsError(f"pacs_nodes: {exc}") from None

    def set_pacs(self, nodes: list) -> None:
        """Replace the PACS nodes (PacsNode objects or dicts); nothing changes if one is invalid."""
        from workstation.dicom.pacs import PacsConfigError, nodes_from_settings

        raw = [n if isinstance(n, dict) else n.to_dict() for n in nodes]
        try:
            self.pacs_nodes = [n.to_dict() for n in nodes_from_settings(raw)]
        except PacsConfigError as exc:
            raise SettingsError(f"pacs_nodes: {exc}") from None

    @property
    def catalog_dir(self) -> Path:
        return home() / "catalog"

    @property
    def link_state_dir(self) -> Path:
        return home() / "link"

    @classmethod
    def path(cls) -> Path:
        return home() / "settings.json"

    @classmethod
    def load(cls) -> "Settings":
        p = cls.path()
        if not p.exists():
            return cls()
        try:
            raw = json.loads(p.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            # A damaged settings file must not stop a reading room: keep it aside, start fresh.
            kept = p.with_suffix(".damaged")
            p.replace(kept)
            log.warning("settings file %s was unreadable (%s); kept as %s, using defaults", p, exc, kept)
            return cls()
        raw = migrate(raw)
        known = {f.name for f in fields(cls)}
        settings = cls(**{k: v for k, v in raw.items() if k in known})
        try:
            settings.language = normalize_language(settings.language)
        except SettingsError as exc:  # the rest of the settings still load
            log.warning("settings file %s: %s; using English", p, exc)
            settings.language = "en"
        return settings

    def save(self) -> None:
        p = self.path()
        p.parent.mkdir(parents=True, exist_ok=True)
        tmp = p.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=2, ensure_ascii=False), encoding="utf-8")
        tmp.replace(p)


class SettingsError(RuntimeError):
    pass


def migrate(raw: dict) -> dict:
    """Bring settings written by an older version up to SCHEMA_VERSION."""
    version = int(raw.get("schema_version", 0))
    if version > SCHEMA_VERSION:
        raise SettingsError(f"settings were written by a newer Silkbridge (schema {version})")
    if version < 1:
        raw.setdefault("language", "en")
        raw["schema_version"] = 1
    return raw
