"""The worker's own details: the name, phone and e-mail a letter gives as "Behandeld door".

One profile per OS login (:func:`app.services.audit.current_actor`), kept inside the encrypted
database as a settings row ``worker_profile:<login>`` (JSON), so it travels with the database and
is never in a plain file. The same checks as everywhere else: the phone number and e-mail
address go through the intake parsers; a refusal (:class:`ProfileRefused`) names every problem
in English and Dutch and changes nothing. A change is audited with the names of the parts that
changed, never their values.

Without a profile a letter still goes out, with the office's details only; the timeline and the
notes then show the login.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.models import Setting
from app.services import audit
from app.services.intake.messages_nl import message_nl
from app.services.intake.problems import ValueProblem
from app.services.intake.values import normalise_phone, valid_email
from app.services.store import get_setting, set_setting

__all__ = [
    "EMAIL_MAX",
    "FUNCTION_MAX",
    "NAME_MAX",
    "PHONE_MAX",
    "ProfileProblem",
    "ProfileRefused",
    "WorkerProfile",
    "display_name",
    "display_names",
    "load_profile",
    "remove_profile",
    "set_profile",
]

#: the longest name and function line: the letter's contact column has room for no more
NAME_MAX = 80
FUNCTION_MAX = 80
#: as the contact list keeps them
PHONE_MAX = 40
EMAIL_MAX = 254

_PREFIX = "worker_profile:"
_KEY_MAX = 64  # the settings table's key column

_FIELDS_EN = {"name": "name", "function": "function", "phone": "phone", "email": "e-mail"}
_FIELDS_NL = {
    "name": "Uw naam",
    "function": "Uw functie of team",
    "phone": "Uw telefoonnummer",
    "email": "Uw e-mailadres",
}
_LIMITS = {"name": NAME_MAX, "function": FUNCTION_MAX, "phone": PHONE_MAX, "email": EMAIL_MAX}


@dataclass(frozen=True)
class WorkerProfile:
    """The worker as letters and the timeline name them."""

    login: str
    name: str
    phone: str = ""
    email: str = ""
    function: str = ""


@dataclass(frozen=True)
class ProfileProblem:
    """One reason the profile is not changed: which field, in English and in Dutch."""

    field: str
    en: str
    nl: str


class ProfileRefused(ValueError):
    """Nothing was changed. `str()` is English (command line); :meth:`dutch` is for the window."""

    def __init__(self, problems: Iterable[ProfileProblem]) -> None:
        self.problems: tuple[ProfileProblem, ...] = tuple(problems)
        if not self.problems:
            raise ValueError("ProfileRefused needs at least one problem")
        super().__init__("; ".join(p.en for p in self.problems))

    def dutch(self) -> str:
        return "\n".join(p.nl for p in self.problems)

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(p.field for p in self.problems)


def _key(login: str) -> str:
    """The settings key of a login; a login too long for the key column goes by its hash."""
    key = _PREFIX + login
    if len(key) <= _KEY_MAX:
        return key
    return _PREFIX + "#" + hashlib.sha256(login.encode("utf-8")).hexdigest()[:40]


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def _decode(login: str, raw: str | None) -> WorkerProfile | None:
    if not raw:
        return None
    try:
        value = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(value, dict):
        return None

    def text(name: str) -> str:
        item = value.get(name, "")
        return item if isinstance(item, str) else ""

    if not text("name"):
        return None
    return WorkerProfile(
        login=text("login") or login,
        name=text("name"),
        phone=text("phone"),
        email=text("email"),
        function=text("function"),
    )


def load_profile(session: Session, login: str | None = None) -> WorkerProfile | None:
    """The profile of `login` (default: the worker at the keyboard), or None when not filled."""
    who = login or audit.current_actor()
    return _decode(who, get_setting(session, _key(who)))


def _problems(name: str, function: str, phone: str, email: str) -> list[ProfileProblem]:
    problems: list[ProfileProblem] = []
    if not name:
        problems.append(
            ProfileProblem(
                "name",
                "the name is empty; give the name letters should show",
                "Uw naam is leeg. Vul uw naam in zoals die op brieven moet staan.",
            )
        )
    for field, value in (("name", name), ("function", function), ("phone", phone)):
        if len(value) > _LIMITS[field]:
            problems.append(
                ProfileProblem(
                    field,
                    f"the {_FIELDS_EN[field]} is longer than {_LIMITS[field]} characters",
                    f"{_FIELDS_NL[field]} is langer dan {_LIMITS[field]} tekens. Maak het korter.",
                )
            )
    for field, value, check in (("phone", phone, normalise_phone), ("email", email, valid_email)):
        if not value or any(p.field == field for p in problems):
            continue
        try:
            check(value)
        except ValueProblem as problem:
            dutch = message_nl(problem.message) or "deze waarde klopt niet"
            problems.append(
                ProfileProblem(
                    field,
                    f"{_FIELDS_EN[field]}: {problem.message}",
                    f"{_FIELDS_NL[field]}: {dutch}",
                )
            )
    if name and not phone and not email:
        problems.append(
            ProfileProblem(
                "phone",
                "give a phone number or an e-mail address (or both), so the addressee can "
                "reach you",
                "Vul een telefoonnummer of een e-mailadres in (of allebei), zodat de "
                "geadresseerde u kan bereiken.",
            )
        )
    return problems


def set_profile(
    session: Session,
    *,
    name: str | None = None,
    phone: str | None = None,
    email: str | None = None,
    function: str | None = None,
    login: str | None = None,
    actor: str | None = None,
) -> WorkerProfile:
    """Check and store; a part given as None stays as it is, "" empties it. Returns the
    profile as stored. Raises :class:`ProfileRefused` (nothing changed) on any problem."""
    who = login or audit.current_actor()
    current = load_profile(session, who) or WorkerProfile(who, "")
    new = WorkerProfile(
        login=who,
        name=current.name if name is None else _one_line(name),
        phone=current.phone if phone is None else _one_line(phone),
        email=current.email if email is None else _one_line(email),
        function=current.function if function is None else _one_line(function),
    )
    problems = _problems(new.name, new.function, new.phone, new.email)
    if problems:
        raise ProfileRefused(problems)
    changed = [
        part
        for part in ("name", "function", "phone", "email")
        if getattr(new, part) != getattr(current, part)
    ]
    if changed:
        value = {
            "login": who,
            "name": new.name,
            "function": new.function,
            "phone": new.phone,
            "email": new.email,
        }
        set_setting(session, _key(who), json.dumps(value, ensure_ascii=False))
        audit.record(
            session, "change", "worker_profile", who[:40], detail=",".join(changed), actor=actor
        )
    return new


def remove_profile(session: Session, login: str | None = None, *, actor: str | None = None) -> bool:
    """Forget the profile of `login`; True when there was one. Audited."""
    who = login or audit.current_actor()
    if get_setting(session, _key(who)) is None:
        return False
    session.execute(delete(Setting).where(Setting.key == _key(who)))
    audit.record(session, "remove", "worker_profile", who[:40], actor=actor)
    return True


def display_names(session: Session, logins: Iterable[str]) -> dict[str, str]:
    """Each login's name from its profile, or the login itself when it has none."""
    wanted = {login for login in logins if login}
    if not wanted:
        return {}
    keys = {_key(login): login for login in wanted}
    rows = session.execute(select(Setting.key, Setting.value).where(Setting.key.in_(keys)))
    names = {login: login for login in wanted}
    for key, raw in rows:
        profile = _decode(keys[key], raw)
        if profile is not None:
            names[keys[key]] = profile.name
    return names


def display_name(session: Session, login: str) -> str:
    """The name the worker gave in their profile, or the login when they gave none."""
    return display_names(session, [login]).get(login, login)
