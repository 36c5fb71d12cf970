import json

from workstation.settings import SCHEMA_VERSION, Settings


def test_settings_round_trip(silkbridge_home):
    s = Settings.load()
    assert s.language == "en"
    s.language = "vi"
    s.layout = "1x3"
    s.save()
    again = Settings.load()
    assert (again.language, again.layout) == ("vi", "1x3")
    assert json.loads(Settings.path().read_text())["schema_version"] == SCHEMA_VERSION


def test_old_settings_are_migrated(silkbridge_home):
    Settings.path().write_text(json.dumps({"layout": "1x1", "unknown_future_key": 3}))
    s = Settings.load()
    assert s.layout == "1x1" and s.language == "en" and s.schema_version == SCHEMA_VERSION


def test_damaged_settings_are_kept_aside_not_lost(silkbridge_home):
    Settings.path().write_text("{ this is not json")
    s = Settings.load()
    assert s.layout == "2x2"
    kept = Settings.path().with_suffix(".damaged")
    assert kept.read_text() == "{ this is not json"
