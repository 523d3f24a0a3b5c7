"""Covenant profiles: shipped ones say what the seeds say; broken ones point at a line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.services.rules.profile import (
    CovenantProfile,
    ProfileError,
    available_profiles,
    load_profile,
)
from app.services.rules.resources import resource_dir
from app.services.rules.vocabulary import EVENT_KINDS, ORGANISATION_KINDS, PRIORITY_GROUPS


def test_available_profiles() -> None:
    assert {"haarlem", "amsterdam"} <= set(available_profiles())


def test_haarlem_parties(haarlem: CovenantProfile) -> None:
    assert haarlem.id == "haarlem"
    assert haarlem.municipality == "Haarlem"
    corporations = {o.name for o in haarlem.organisations_of_kind("corporatie")}
    assert corporations == {"Elan Wonen", "Pré Wonen", "Ymere"}
    assert {o.kind for o in haarlem.organisations} >= {"wijkteam", "sdv", "troubleshooter"}
    assert haarlem.organisation_by_code("elan") is not None
    assert haarlem.organisation_by_code("PRE").name == "Pré Wonen"  # type: ignore[union-attr]
    assert haarlem.organisation_by_code("YMERE") is not None
    assert haarlem.organisation_by_code("NOPE") is None
    assert all(o.code and o.code == o.code.upper() for o in haarlem.organisations)
    assert all(o.kind in ORGANISATION_KINDS for o in haarlem.organisations)


def test_haarlem_terms(haarlem: CovenantProfile) -> None:
    ids = [t.id for t in haarlem.terms]
    assert ids == [
        "contact",
        "feedback",
        "proposal",
        "bailiff",
        "recovery",
        "eviction",
        "amicable_max",
    ]
    contact = haarlem.term("contact")
    assert contact is not None
    assert (contact.length, contact.unit, contact.start) == (5, "working_days", "signal")
    assert contact.applies_to == ("huurachterstand",)
    assert contact.met_by == ("contact_attempt",)
    assert contact.article == "H 3.5"
    feedback = haarlem.term("feedback")
    assert feedback is not None and feedback.applies_to == () and feedback.length == 5
    proposal = haarlem.term("proposal")
    assert proposal is not None
    assert (proposal.length, proposal.unit, proposal.roll_forward) == (2, "weeks", True)
    assert proposal.applies_to == ("huurachterstand", "meer_dan_huurachterstand")
    assert proposal.met_by == ("proposal_sent", "no_proposal_possible")
    bailiff = haarlem.term("bailiff")
    assert bailiff is not None
    assert (bailiff.unit, bailiff.start, bailiff.roll_forward) == ("fixed", "bailiff_date", False)
    assert bailiff.met_by == ("arrangement_made", "bailiff_cancelled")
    recovery = haarlem.term("recovery")
    assert recovery is not None
    assert (recovery.length, recovery.unit, recovery.start) == (14, "days", "missed_rent_notice")
    assert recovery.roll_forward and recovery.article == "H 7.6"
    eviction = haarlem.term("eviction")
    assert eviction is not None and eviction.unit == "fixed" and not eviction.roll_forward
    amicable = haarlem.term("amicable_max")
    assert amicable is not None
    assert (amicable.length, amicable.unit, amicable.start) == (36, "months", "settlement_start")
    assert not any(t.is_default for t in haarlem.terms)
    assert haarlem.term("nope") is None


def test_haarlem_other_settings(haarlem: CovenantProfile) -> None:
    assert haarlem.signal_kinds == (
        "huurachterstand",
        "meer_dan_huurachterstand",
        "zorgen_zonder_achterstand",
    )
    assert haarlem.priority_groups == PRIORITY_GROUPS
    assert "contact_made" in haarlem.feedback_fields
    assert "collection_may_resume" in haarlem.feedback_fields
    assert "payment_resumption_date" in haarlem.feedback_fields
    assert haarlem.late_signal_days == 14
    assert not haarlem.sluitende_aanpak
    assert len(haarlem.monitoring) == 5
    assert [t.id for t in haarlem.terms_for("zorgen_zonder_achterstand")] == [
        "feedback",
        "bailiff",
        "recovery",
        "eviction",
        "amicable_max",
    ]


def test_amsterdam_parties(amsterdam: CovenantProfile) -> None:
    partners = [o.name for o in amsterdam.organisations_of_kind("corporatie")]
    # the names as the covenant's preamble writes them (Partner 1-8); the short forms are aliases
    assert partners == [
        "De Alliantie regio Amsterdam",
        "Woningstichting Eigen Haard",
        "Woonstichting De Key",
        "Woningstichting Rochdale",
        "Woningcorporatie Stadgenoot",
        "Woningcorporatie Woonzorg Nederland",
        "Woningcorporatie Ymere",
        "Socius Wonen",
    ]
    aliases = {o.code: o.aliases for o in amsterdam.organisations_of_kind("corporatie")}
    assert aliases["EIGENHAARD"] == ("Eigen Haard",) and aliases["SOCIUS"] == ()
    providers = [o.name for o in amsterdam.organisations_of_kind("uitvoerder")]
    assert providers == [
        "ABC Alliantie",
        "CentraM",
        "Civic",
        "Doras",
        "Dynamo",
        "MaDiZo",
        "Puur Zuid",
        "SEZO",
    ]
    codes = [o.code for o in amsterdam.organisations]
    assert len(codes) == len(set(codes))


def test_amsterdam_sluitende_aanpak_and_defaults(amsterdam: CovenantProfile) -> None:
    assert amsterdam.sluitende_aanpak
    assert amsterdam.instruments == ("vroeg_eropaf", "geregelde_betaling", "budgetbeheer")
    for term_id in ("contact", "feedback", "proposal"):
        term = amsterdam.term(term_id)
        assert term is not None and term.is_default
        assert "kantoorinstelling (standaard" in term.label
    for term_id in ("bailiff", "eviction"):
        term = amsterdam.term(term_id)
        assert term is not None and not term.is_default and term.article.startswith("A 1.13")
    assert amsterdam.term("recovery") is None
    assert "zorgen_zonder_achterstand" not in amsterdam.signal_kinds


def test_every_met_by_is_a_known_event(
    haarlem: CovenantProfile, amsterdam: CovenantProfile
) -> None:
    for profile in (haarlem, amsterdam):
        for term in profile.terms:
            assert set(term.met_by) <= set(EVENT_KINDS)


def test_profile_by_path(tmp_path: Path) -> None:
    source = resource_dir() / "covenants" / "haarlem.toml"
    profile = load_profile(source)
    assert profile.path == source
    assert load_profile(str(source)).id == "haarlem"


THIRD = """\
id = "zaandam"
name = "Convenant Vroegsignalering Zaanstad"
municipality = "Zaanstad"
source = "voorbeeld"
signal_kinds = ["huurachterstand"]

[[organisations]]
name = "Parteon"
code = "PARTEON"
kind = "corporatie"

[[terms]]
id = "contact"
label = "Contact"
length = 3
unit = "working_days"
start = "signal"
article = "Z 1"
met_by = ["contact_attempt"]
"""


def test_third_municipality_needs_only_a_file(tmp_path: Path) -> None:
    path = tmp_path / "zaanstad.toml"
    path.write_text(THIRD, encoding="utf-8")
    profile = load_profile(path)
    assert profile.id == "zaandam"
    assert profile.late_signal_days == 14
    assert profile.priority_groups == ()
    assert profile.term("contact").length == 3  # type: ignore[union-attr]


# -- broken profiles -----------------------------------------------------------------------


def _haarlem_text() -> str:
    return (resource_dir() / "covenants" / "haarlem.toml").read_text(encoding="utf-8")


def _line_of(text: str, fragment: str, occurrence: int = 1) -> int:
    """Line of the n-th line containing ``fragment`` (comment lines ignored)."""
    seen = 0
    for n, line in enumerate(text.splitlines(), start=1):
        if fragment in line and not line.lstrip().startswith("#"):
            seen += 1
            if seen == occurrence:
                return n
    raise AssertionError(f"{fragment!r} not in text")


def _error_for(tmp_path: Path, text: str) -> tuple[Path, int, str]:
    path = tmp_path / "kapot.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProfileError) as err:
        load_profile(path)
    message = str(err.value)
    assert "\n" not in message
    match = re.match(rf"^{re.escape(str(path))}:(\d+): (.+)$", message)
    assert match, message
    assert err.value.line == int(match.group(1))
    return path, int(match.group(1)), match.group(2)


def test_toml_syntax_error_line(tmp_path: Path) -> None:
    text = _haarlem_text().replace('unit = "weeks"', 'unit = "weeks', 1)
    _, line, message = _error_for(tmp_path, text)
    assert line == _line_of(text, 'unit = "weeks')
    assert message.startswith("invalid TOML")


@pytest.mark.parametrize(
    ("old", "new", "marker", "expected"),
    # marker: (text on the offending line, which occurrence of it)
    [
        (
            'unit = "weeks"',
            'unit = "fortnights"',
            ('unit = "fortnights"', 1),
            "term 'proposal': unknown unit 'fortnights'",
        ),
        (
            'start = "missed_rent_notice"',
            'start = "letter"',
            ('start = "letter"', 1),
            "term 'recovery': unknown start event 'letter'",
        ),
        (
            'applies_to = ["huurachterstand", "meer_dan_huurachterstand"]',
            'applies_to = [\n  "huurachterstand",\n  "huurachterstnd",\n]',
            ('"huurachterstnd"', 1),
            "term 'proposal': unknown signal kind 'huurachterstnd' in applies_to",
        ),
        (
            'kind = "troubleshooter"',
            'kind = "brandweer"',
            ('kind = "brandweer"', 1),
            "organisation 'Troubleshooter': unknown organisation kind 'brandweer'",
        ),
        (
            'code = "PRE"',
            'code = "ELAN"',
            ('code = "ELAN"', 2),  # the second ELAN is the duplicate
            "organisation 'Pré Wonen': duplicate organisation code 'ELAN'",
        ),
        (
            'code = "SDV"',
            'code = "sdv"',
            ('code = "sdv"', 1),
            "organisation 'Schulddienstverlening': code 'sdv' must be short UPPERCASE",
        ),
        (
            'id = "recovery"\n',
            "",
            ("[[terms]]", 5),
            "term #5: [[terms]] table without 'id'",
        ),
        (
            'id = "eviction"',
            'id = "bailiff"',
            ('id = "bailiff"', 2),
            "term 'bailiff': duplicate term id 'bailiff'",
        ),
        (
            'met_by = ["rent_resumed"]',
            'met_by = ["rent_resumd"]',
            ('met_by = ["rent_resumd"]', 1),
            "term 'recovery': unknown event kind 'rent_resumd' in met_by",
        ),
        (
            'start = "eviction_date"\nroll_forward = false',
            'start = "eviction_date"\nroll_forward = true',
            ("roll_forward = true", 3),  # proposal and recovery come first
            "term 'eviction': a fixed date is never moved",
        ),
        (
            "length = 14\n",
            "length = 0\n",
            ("length = 0", 1),
            "term 'recovery': 'length' must be at least 1",
        ),
        (
            'label = "Hersteltermijn lopende huur"\n',
            'label = "Hersteltermijn lopende huur"\nlenght = 3\n',
            ("lenght = 3", 1),
            "term 'recovery': unknown key 'lenght'",
        ),
        (
            'instruments = ["budgetbeheer", "beschermingsbewind"]\nsluitende_aanpak = false',
            "instruments = []\nsluitende_aanpak = true",
            ("sluitende_aanpak = true", 1),
            "sluitende_aanpak needs at least one instrument",
        ),
        (
            "late_signal_days = 14",
            "late_signal_days = '14'",
            ("late_signal_days = '14'", 1),
            "'late_signal_days' must be a whole number",
        ),
        (
            'priority_groups = ["children", "65plus"',
            'priority_groups = ["kinderen", "65plus"',
            ("priority_groups =", 1),
            "unknown priority group 'kinderen'",
        ),
        (
            'instruments = ["budgetbeheer"',
            'instrumenten = ["budgetbeheer"',
            ("instrumenten =", 1),
            "unknown key 'instrumenten'",
        ),
    ],
)
def test_semantic_errors_point_at_the_line(
    tmp_path: Path, old: str, new: str, marker: tuple[str, int], expected: str
) -> None:
    original = _haarlem_text()
    assert old in original, old
    text = original.replace(old, new, 1)
    _, line, message = _error_for(tmp_path, text)
    assert line == _line_of(text, *marker)
    assert message.startswith(expected), message


def test_missing_top_level_key(tmp_path: Path) -> None:
    text = _haarlem_text().replace(
        'signal_kinds = ["huurachterstand", "meer_dan_huurachterstand", '
        '"zorgen_zonder_achterstand"]\n',
        "",
    )
    _, line, message = _error_for(tmp_path, text)
    assert line == 1
    assert message == "missing key 'signal_kinds'"


def test_unknown_profile_name() -> None:
    with pytest.raises(ProfileError) as err:
        load_profile("utrecht")
    assert "no covenant profile 'utrecht'" in str(err.value)
    assert "haarlem" in str(err.value)
    assert re.match(r"^.+utrecht\.toml:1: ", str(err.value))


def test_unreadable_profile(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match="cannot read profile"):
        load_profile(tmp_path / "missing.toml")
