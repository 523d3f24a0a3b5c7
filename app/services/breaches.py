"""The breach register (issue 15.3, reglement article 9): record, count down, decide, print.

PR 9.1: every party tells the other parties without delay, at the latest 24 hours after the
breach was found. AVG article 33: a breach that must be reported goes to the Autoriteit
Persoonsgegevens within 72 hours of that moment. PR 9.3 lists what the register holds (a–j).
The three breaches an office meets most — a lost laptop, a letter to the wrong address, a
damaged database — come with a first text for every field, to be corrected, never guessed
silently: the person recording sees and can change each one.

Vangnet supports its own office's part and makes the message to the other parties easy; it never
sends anything itself. The register's texts describe the incident; names of tenants do not
belong in them (the form says so).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import AP_DECISIONS, BREACH_KINDS, PROTECTIONS, Breach
from app.services import audit, clock
from app.services.store import Store

PARTIES_TERM = timedelta(hours=24)  # PR 9.1
AP_TERM = timedelta(hours=72)  # AVG 33(1)

#: first texts per kind of breach (Dutch: the register is the office's own document)
TEMPLATES: dict[str, dict[str, str]] = {
    "lost_device": {
        "nature": "Laptop met Vangnet verloren of gestolen.",
        "subjects": "Huurders met een melding en hun huisgenoten.",
        "data_kinds": "Alle gegevens in Vangnet: naam, adres, geboortedatum, huishouden, "
        "huurachterstand, tijdlijn, notities, schulden.",
        "protection": "encrypted",
        "protection_note": "De database is versleuteld met SQLCipher (AES-256); zonder de "
        "wachtzin of de sleutel in de sleutelbos van de gebruiker is hij onleesbaar.",
        "consequences": "Zolang de sleutel niet bekend is: geen inzage door derden. De zaken "
        "zijn op deze laptop niet meer beschikbaar.",
        "measures": "Account van de gebruiker geblokkeerd; laptop op afstand gewist indien "
        "mogelijk; zaken teruggezet uit de laatste back-up op een andere laptop; sleutel "
        "gewijzigd (Bestand → Sleutel wijzigen) als de wachtzin mogelijk bekend is.",
    },
    "wrong_recipient": {
        "nature": "Brief of e-mail met persoonsgegevens naar de verkeerde ontvanger gestuurd.",
        "subjects": "De huurder over wie de brief ging.",
        "data_kinds": "Naam, adres en de gegevens in de brief (bijvoorbeeld de terugkoppeling "
        "over de huurachterstand).",
        "protection": "not_encrypted",
        "protection_note": "Brieven en e-mails zijn niet versleuteld.",
        "consequences": "Een onbevoegde kan de gegevens in de brief hebben gelezen.",
        "measures": "Ontvanger gevraagd de brief te vernietigen of terug te sturen en dat te "
        "bevestigen; adres in de contactlijst gecontroleerd; huurder geïnformeerd.",
    },
    "damaged_database": {
        "nature": "De database van Vangnet is beschadigd; gegevens waren tijdelijk niet "
        "beschikbaar (inbreuk op de beschikbaarheid).",
        "subjects": "Huurders met een melding en hun huisgenoten.",
        "data_kinds": "Alle gegevens in Vangnet.",
        "protection": "encrypted",
        "protection_note": "De database blijft versleuteld; er is niets leesbaar geworden.",
        "consequences": "Termijnen konden niet worden gevolgd zolang de gegevens niet "
        "beschikbaar waren; wijzigingen na de laatste back-up kunnen verloren zijn.",
        "measures": "Laatste back-up teruggezet (Bestand → Back-up terugzetten); wijzigingen "
        "sinds de back-up nagelopen en opnieuw ingevoerd.",
    },
    "other": {},
}

_TEXT_LIMITS = {
    "nature": 2000,
    "subjects": 1000,
    "data_kinds": 1000,
    "protection_note": 1000,
    "contact": 500,
    "consequences": 2000,
    "measures": 2000,
    "ap_reason": 2000,
    "parties_note": 1000,
}


class BreachProblem(ValueError):
    """A refused entry: `field` names where (the register's letter a–j, or a name); the message
    is English (`str()`) and `dutch` is for the window. Nothing was changed."""

    def __init__(self, field: str, en: str, nl: str) -> None:
        super().__init__(en)
        self.field = field
        self.dutch = nl


@dataclass(frozen=True)
class Term:
    """One of a breach's two terms: `name` is "parties" (PR 9.1) or "ap" (AVG 33)."""

    name: str
    due: datetime
    done: datetime | None

    def hours_left(self, now: datetime) -> float:
        return (self.due - now).total_seconds() / 3600

    def is_open(self) -> bool:
        return self.done is None


def terms(breach: Breach) -> list[Term]:
    """The terms that apply: telling the parties always; the AP unless decided otherwise."""
    found = [
        Term("parties", breach.discovered_at + PARTIES_TERM, breach.parties_informed_at)
    ]
    if breach.ap_decision != "not_notified":
        done = breach.ap_notified_at if breach.ap_decision == "notified" else None
        found.append(Term("ap", breach.discovered_at + AP_TERM, done))
    return found


def open_terms(session: Session) -> list[tuple[Breach, Term]]:
    """Every term not yet met, the soonest first (for the countdown in the window)."""
    pending = [
        (breach, term)
        for breach in session.scalars(select(Breach))
        for term in terms(breach)
        if term.is_open()
    ]
    return sorted(pending, key=lambda pair: pair[1].due)


def now_to_the_second() -> datetime:
    """The register's clock: naive local time, whole seconds."""
    return clock.now().replace(tzinfo=None, microsecond=0)


def _text(field: str, value: str | None) -> str:
    text = " ".join((value or "").split()) if field != "nature" else (value or "").strip()
    limit = _TEXT_LIMITS[field]
    if len(text) > limit:
        raise BreachProblem(
            field,
            f"{field}: at most {limit} characters (this is {len(text)})",
            f"Hoogstens {limit} tekens (nu {len(text)}).",
        )
    return text


def _not_future(field: str, moment: datetime | None, now: datetime) -> None:
    if moment is not None and moment > now + timedelta(minutes=5):
        raise BreachProblem(
            field,
            f"{field}: {moment:%d-%m-%Y %H:%M} is in the future",
            f"{moment:%d-%m-%Y %H:%M} ligt in de toekomst.",
        )


def add_breach(
    session: Session,
    *,
    kind: str,
    discovered_at: datetime,
    occurred_at: datetime | None = None,
    fields: dict[str, str] | None = None,
    actor: str,
) -> Breach:
    """Record a breach (PR 9.3). Empty fields take the kind's first text (see TEMPLATES)."""
    if kind not in BREACH_KINDS:
        raise BreachProblem(
            "kind",
            f"unknown kind of breach {kind!r} (use {', '.join(BREACH_KINDS)})",
            "Kies wat er is gebeurd.",
        )
    now = now_to_the_second()
    _not_future("discovered", discovered_at, now)
    _not_future("occurred", occurred_at, now)
    if occurred_at is not None and occurred_at > discovered_at:
        raise BreachProblem(
            "occurred",
            "the breach cannot have happened after it was found",
            "De inbreuk kan niet later hebben plaatsgevonden dan hij is ontdekt.",
        )
    given = {k: v for k, v in (fields or {}).items() if v is not None and str(v).strip()}
    unknown = set(given) - set(_TEXT_LIMITS) - {"protection"}
    if unknown:
        raise BreachProblem(
            sorted(unknown)[0], f"unknown field(s): {', '.join(sorted(unknown))}", "Onbekend veld."
        )
    values = {**TEMPLATES[kind], **given}
    protection = values.pop("protection", "unknown")
    if protection not in PROTECTIONS:
        raise BreachProblem(
            "protection",
            f"protection must be one of {', '.join(PROTECTIONS)}",
            "Kies of de gegevens versleuteld waren.",
        )
    nature = _text("nature", values.get("nature"))
    if not nature:
        raise BreachProblem(
            "nature",
            "say what happened (a: nature, cause, extent)",
            "Beschrijf wat er is gebeurd (a: aard, oorzaak, omvang).",
        )
    breach = Breach(
        kind=kind,
        nature=nature,
        occurred_at=occurred_at,
        discovered_at=discovered_at,
        protection=protection,
        ap_decision="undecided",
        recorded_at=now,
        recorded_by=actor,
        updated_at=now,
        **{f: _text(f, values.get(f)) for f in _TEXT_LIMITS if f != "nature"},
    )
    session.add(breach)
    session.flush()
    audit.record(session, "create", "breach", breach.id, detail=f"kind={kind}", actor=actor)
    return breach


def get_breach(session: Session, breach_id: int) -> Breach:
    breach = session.get(Breach, breach_id)
    if breach is None:
        raise BreachProblem("id", f"no breach {breach_id} in the register", "Onbekende inbreuk.")
    return breach


def parties_informed(
    session: Session, breach_id: int, *, at: datetime, note: str, actor: str
) -> Breach:
    """PR 9.1: the other parties were told (when; whom and how in `note`)."""
    breach = get_breach(session, breach_id)
    now = now_to_the_second()
    _not_future("informed", at, now)
    if at < breach.discovered_at:
        raise BreachProblem(
            "informed",
            "the parties cannot have been told before the breach was found",
            "De partijen kunnen niet geïnformeerd zijn voordat de inbreuk ontdekt was.",
        )
    breach.parties_informed_at = at
    breach.parties_note = _text("parties_note", note)
    breach.updated_at = now
    late = " late" if at > breach.discovered_at + PARTIES_TERM else ""
    audit.record(session, "change", "breach", breach.id, detail=f"parties informed{late}",
                 actor=actor)
    return breach


def decide_ap(
    session: Session,
    breach_id: int,
    *,
    decision: str,
    reason: str,
    notified_at: datetime | None,
    actor: str,
) -> Breach:
    """j: reported to the Autoriteit Persoonsgegevens or not, and why (the why is required)."""
    if decision not in AP_DECISIONS or decision == "undecided":
        raise BreachProblem(
            "ap",
            "decide notified or not_notified",
            "Kies of de inbreuk bij de Autoriteit Persoonsgegevens is gemeld.",
        )
    breach = get_breach(session, breach_id)
    why = _text("ap_reason", reason)
    if not why:
        raise BreachProblem(
            "ap_reason",
            "say why (j: whether and why the breach was reported)",
            "Geef de reden (j: of en waarom de inbreuk wel of niet is gemeld).",
        )
    now = now_to_the_second()
    if decision == "notified":
        if notified_at is None:
            raise BreachProblem(
                "ap_notified_at", "when was it reported?", "Wanneer is de melding gedaan?"
            )
        _not_future("ap_notified_at", notified_at, now)
    breach.ap_decision = decision
    breach.ap_reason = why
    breach.ap_notified_at = notified_at if decision == "notified" else None
    breach.updated_at = now
    audit.record(session, "change", "breach", breach.id, detail=f"ap={decision}", actor=actor)
    return breach


def register(session: Session) -> list[Breach]:
    """The whole register, newest discovery first."""
    return list(session.scalars(select(Breach).order_by(Breach.discovered_at.desc())))


def pending_terms(store: Store) -> list[tuple[int, Term]]:
    """(breach id, term) for every term not yet met, the soonest first, for the window's banner."""
    with store.session() as session:
        return [(breach.id, term) for breach, term in open_terms(session)]
