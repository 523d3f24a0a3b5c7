"""Money as whole cents: reading, rounding, storing and showing amounts in euros.

Every amount in the money package is a :class:`decimal.Decimal` quantized to cents
(``Decimal("0.01")``). Floats are refused everywhere: binary fractions are not cents.

* :func:`to_money` takes amounts from code (``Decimal``, ``int`` euros, or machine text such as
  ``"12.50"``) and refuses anything that is not a whole number of cents — it never rounds, so a
  value with more than two decimals is a bug in the caller, not something to paper over.
* :func:`round_money` rounds one *computed* value to cents, half up (``0.005`` → ``0.01``).
* :func:`parse_amount` reads what people type, Dutch style: ``1.234,56``, ``1234,56``,
  ``€ 12,50``, ``€ 12,-``. A single dot followed by one or two digits (``12.50``) is read as a
  decimal point, because a Dutch thousands separator is always followed by three digits
  (``1.234`` is one thousand two hundred and thirty-four euros).
* :func:`cents` / :func:`from_cents` convert to and from the integer cents kept in storage.
* :func:`format_eur` shows an amount the Dutch way, by hand (no Babel, so the package stays
  free of locale data): ``€ 1.234,56``, ``-€ 12,00``.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

__all__ = [
    "CENT",
    "AmountProblem",
    "cents",
    "format_eur",
    "from_cents",
    "parse_amount",
    "round_money",
    "to_money",
]

CENT = Decimal("0.01")
_ZERO = Decimal("0.00")

_MACHINE = re.compile(r"[+-]?[0-9]+(?:\.[0-9]*)?")
_HINT = "expected e.g. 1.234,56"
# Dutch: dots group thousands (always three digits), a comma starts the cents. ",-" and ",--"
# are the Dutch way of writing whole euros (``€ 12,-``).
_DUTCH = re.compile(r"(?P<whole>[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?:,(?P<cents>[0-9]{1,2}|--?))?")
_DOT_DECIMAL = re.compile(r"(?P<whole>[0-9]+)\.(?P<cents>[0-9]{1,2})")
_TOO_PRECISE = re.compile(r"(?:[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+),[0-9]{3,}|[0-9]+\.[0-9]{4,}")
_MINUS = ("-", "\u2212")  # hyphen-minus and the typographic minus sign


class AmountProblem(ValueError):
    """An amount that is not a whole number of cents, or text that is not an amount."""


def _normal_zero(value: Decimal) -> Decimal:
    """``-0.00`` becomes ``0.00``: a negative zero must never show up as ``-€ 0,00``."""
    return _ZERO if value == 0 else value


def to_money(value: Decimal | int | str) -> Decimal:
    """An exact amount quantized to cents. Refuses NaN, infinity, floats, booleans, and values
    with more than two decimals (``Decimal("12.345")``); trailing zeros are fine
    (``Decimal("12.340")``). Text must be plain machine form (``"-1234.5"``); for what people
    type, use :func:`parse_amount`."""
    if isinstance(value, bool) or not isinstance(value, Decimal | int | str):
        raise TypeError(
            f"an amount must be a Decimal, int or str, not {type(value).__name__}"
            + (" (binary fractions are not cents)" if isinstance(value, float) else "")
        )
    if isinstance(value, str):
        text = value.strip()
        if not _MACHINE.fullmatch(text):
            raise AmountProblem(f"not an amount: {value!r} (expected e.g. 1234.56)")
        number = Decimal(text)
    else:
        number = Decimal(value)
    if not number.is_finite():
        raise AmountProblem(f"not a finite amount: {value}")
    try:
        quantized = number.quantize(CENT)
    except InvalidOperation:
        raise AmountProblem(f"amount too large: {value}") from None
    if quantized != number:
        raise AmountProblem(f"more than 2 decimals: {value} (amounts are whole cents)")
    return _normal_zero(quantized)


def round_money(value: Decimal) -> Decimal:
    """One computed value rounded to cents, half up: ``Decimal("0.125")`` → ``0.13``,
    ``Decimal("-0.125")`` → ``-0.13`` (half away from zero)."""
    if not isinstance(value, Decimal):
        raise TypeError(f"round_money takes a Decimal, not {type(value).__name__}")
    if not value.is_finite():
        raise AmountProblem(f"not a finite amount: {value}")
    try:
        return _normal_zero(value.quantize(CENT, rounding=ROUND_HALF_UP))
    except InvalidOperation:
        raise AmountProblem(f"amount too large: {value}") from None


def parse_amount(text: str, *, allow_negative: bool = False) -> Decimal:
    """An amount typed the Dutch way, quantized to cents.

    Accepts ``1.234,56``, ``1234,56``, ``1234,5``, ``€ 12,50``, ``€12,50``, ``12,50 €``,
    ``€ 12,-``, ``1.234`` (= 1234,00) and ``12.50`` (one dot followed by one or two digits).
    A minus sign (``-`` or ``−``) may stand before or after the euro sign, and is only accepted
    with ``allow_negative=True``. Refuses more than two decimals and misplaced thousands
    separators, with a message naming the text.
    """
    cleaned = text.replace("\u00a0", " ").replace("\u202f", " ").strip()
    negative = False
    if cleaned.startswith(_MINUS):
        negative, cleaned = True, cleaned[1:].lstrip()
    if cleaned.startswith("€"):
        cleaned = cleaned[1:].lstrip()
    elif cleaned.endswith("€"):
        cleaned = cleaned[:-1].rstrip()
    if not negative and cleaned.startswith(_MINUS):
        negative, cleaned = True, cleaned[1:].lstrip()
    match = _DUTCH.fullmatch(cleaned) or _DOT_DECIMAL.fullmatch(cleaned)
    if match is None:
        if _TOO_PRECISE.fullmatch(cleaned):
            raise AmountProblem(f"not an amount: {text!r} (at most 2 decimals: whole cents)")
        raise AmountProblem(f"not an amount: {text!r} ({_HINT})")
    whole = match["whole"].replace(".", "")
    fraction = match["cents"] or "0"
    if fraction.startswith("-"):
        fraction = "0"
    amount = _normal_zero(Decimal(f"{whole}.{fraction}").quantize(CENT))
    if negative and amount != 0:
        if not allow_negative:
            raise AmountProblem(f"negative amount not allowed: {text!r}")
        amount = -amount
    return amount


def cents(d: Decimal) -> int:
    """The amount as integer cents, as stored: ``Decimal("12.34")`` → ``1234``. Refuses values
    that are not whole cents instead of rounding them."""
    return int(to_money(d).scaleb(2))


def from_cents(n: int) -> Decimal:
    """Integer cents from storage as an amount: ``1234`` → ``Decimal("12.34")``."""
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"cents must be an int, not {type(n).__name__}")
    return _normal_zero(Decimal(n).scaleb(-2).quantize(CENT))


def format_eur(d: Decimal) -> str:
    """Dutch notation: ``€ 1.234,56``; negative ``-€ 12,00``; zero is always ``€ 0,00``.
    A value with more than two decimals is rounded half up for display."""
    if not isinstance(d, Decimal):
        raise TypeError(f"format_eur takes a Decimal, not {type(d).__name__} (ints are not cents)")
    amount = round_money(d)
    whole, fraction = f"{abs(amount):.2f}".split(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    sign = "-" if amount < 0 else ""
    return f"{sign}€ {grouped},{fraction}"
