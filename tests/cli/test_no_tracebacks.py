"""Issue 12.7: no input produces a traceback. A profile saved by Notepad in Windows-1252 or
UTF-16, a binary file, a handover package with a 5,000-digit number; and `main()` no longer
re-raises a `ValueError`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app import cli as cli_module
from app.services.handover.payload import PayloadProblem, parse_package
from app.services.rules.profile import ProfileError, covenants_dir, load_profile
from tests.helpers import cli

HAARLEM = (covenants_dir() / "haarlem.toml").read_text(encoding="utf-8")
OWN = HAARLEM.replace('id = "haarlem"', 'id = "eigen"', 1)


def test_a_profile_saved_as_windows_1252_is_refused_naming_the_line(
    tmp_path: Path, db_path: Path, passphrase_env: str
) -> None:
    profile = tmp_path / "eigen.toml"
    profile.write_bytes(OWN.encode("cp1252"))  # "Pré Wonen" becomes one byte 0xE9
    line = OWN[: OWN.index("Pré")].count("\n") + 1
    run = cli("init", "--profile", profile, "--key-mode", "passphrase")
    assert run.code == 1
    assert f"eigen.toml:{line}: not UTF-8 text" in run.err and "save the profile as UTF-8" in (
        run.err
    )
    assert "Traceback" not in run.err and not db_path.exists()


def test_a_profile_saved_as_utf16_or_with_a_bom_is_read(tmp_path: Path) -> None:
    for name, data in (
        ("utf16.toml", OWN.encode("utf-16")),
        ("bom.toml", b"\xef\xbb\xbf" + OWN.encode("utf-8")),
    ):
        path = tmp_path / name
        path.write_bytes(data)
        profile = load_profile(path)
        assert profile.id == "eigen" and "Pré Wonen" in [o.name for o in profile.organisations]


def test_a_binary_profile_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "plaatje.toml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(ProfileError, match="not a text file"):
        load_profile(path)


@pytest.mark.parametrize(
    "data",
    [
        b'{"format": 1' + b"9" * 5000 + b"}",  # Python refuses ints of more than 4,300 digits
        b"[" * 100_000,  # nesting too deep to follow
    ],
)
def test_a_hostile_package_payload_is_a_payload_problem(data: bytes) -> None:
    with pytest.raises(PayloadProblem, match="not readable as JSON"):
        parse_package(data)


def test_an_unexpected_value_error_is_no_traceback(
    monkeypatch: pytest.MonkeyPatch, db_path: Path, passphrase_env: str
) -> None:
    def broken(_args: object) -> int:
        raise ValueError("Sanne Hoekstra, Amsterdamstraat 41")  # personal data in a message

    monkeypatch.setitem(cli_module.COMMANDS, "inbox", broken)
    run = cli("inbox")
    assert run.code == 70
    assert "Unexpected error (reference" in run.err
    assert "Traceback" not in run.err and "Sanne" not in run.err


def test_the_sample_package_shape_still_parses_as_json() -> None:
    # the guard above must not refuse ordinary JSON: a well-formed but foreign document is
    # "not a handover", not "not readable"
    with pytest.raises(PayloadProblem, match="not a handover"):
        parse_package(json.dumps({"format": "iets anders"}).encode("utf-8"))
