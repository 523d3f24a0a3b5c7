"""Parsers for the values people type into spreadsheets and forms.

Shared by the signal CSV import, the contact-list sync and the GUI intake form, so that the same
text is accepted or refused everywhere. Every parser takes the raw text (surrounding whitespace
is ignored), returns the value, or raises :class:`ValueProblem` with a short English message that
can be shown after ``row N, column X:``. Only ASCII digits are accepted anywhere.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from app.services.intake.problems import ValueProblem

__all__ = [
    "ValueProblem",
    "normalise_phone",
    "normalise_postcode",
    "parse_amount",
    "parse_bool",
    "parse_date",
    "parse_decimal",
    "parse_int",
    "valid_email",
]

_DATE_HINT = "not a date (use dd-mm-jjjj or jjjj-mm-dd)"
_DAY_FIRST = re.compile(r"([0-9]{1,2})([-/.])([0-9]{1,2})\2([0-9]{4})")
_YEAR_FIRST = re.compile(r"([0-9]{4})([-/.])([0-9]{1,2})\2([0-9]{1,2})")

_CENT = Decimal("0.01")
_MAX_AMOUNT = Decimal("1000000000")  # a billion euros: surely a typing error
_AMOUNT_HINT = "not an amount (use 1234,56 or 1.234,56)"
_CURRENCY = re.compile(r"^(?:€|eur\b|euro\b)\s*|\s*(?:€|eur|euro)$", re.IGNORECASE)
_GROUPED = re.compile(r"[1-9][0-9]{0,2}(?:X[0-9]{3})+")  # X = the thousands separator, filled in
_DECIMAL = re.compile(r"-?(?:[0-9]+(?:[.,][0-9]*)?|[.,][0-9]+)")

_TRUE = frozenset({"ja", "j", "1", "yes", "y", "true", "waar", "x"})
_FALSE = frozenset({"nee", "n", "0", "no", "false", "onwaar"})

_INT = re.compile(r"[+-]?[0-9]+")

_POSTCODE = re.compile(r"([1-9][0-9]{3})\s*([A-Za-z]{2})")
_POSTCODE_UNUSED = frozenset({"SA", "SD", "SS"})

_PHONE_ALLOWED = re.compile(r"\+?[0-9 ()./-]+")

_EMAIL = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}"
)


def _clean(text: str) -> str:
    """Strip surrounding whitespace (including non-breaking spaces Excel likes to add)."""
    return text.replace("\u00a0", " ").replace("\u202f", " ").strip()


# --------------------------------------------------------------------------------------------
# dates


def parse_date(text: str) -> date:
    """``dd-mm-jjjj`` or ``jjjj-mm-dd``; also ``d-m-jjjj`` and ``/`` or ``.`` as separator."""
    value = _clean(text)
    if not value:
        raise ValueProblem("empty (expected a date, dd-mm-jjjj)")
    match = _DAY_FIRST.fullmatch(value)
    if match:
        day, month, year = int(match[1]), int(match[3]), int(match[4])
    else:
        match = _YEAR_FIRST.fullmatch(value)
        if not match:
            raise ValueProblem(_DATE_HINT)
        year, month, day = int(match[1]), int(match[3]), int(match[4])
    if year < 1:
        raise ValueProblem(f"no such date: {value} (year 0 does not exist)")
    if not 1 <= month <= 12:
        raise ValueProblem(f"no such date: {value} (month {month} does not exist)")
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueProblem(f"no such date: {value} (that month has no day {day})") from None


# --------------------------------------------------------------------------------------------
# numbers


def _amount_digits(value: str) -> str:
    """Turn ``1.234,56`` / ``1,234.56`` / ``1234,5`` / ``1.234`` into ``1234.56``-style text."""
    dots, commas = value.count("."), value.count(",")
    if dots and commas:
        decimal_sep = "." if value.rfind(".") > value.rfind(",") else ","
        group_sep = "," if decimal_sep == "." else "."
        if value.count(decimal_sep) > 1:
            raise ValueProblem(_AMOUNT_HINT)
        whole, fraction = value.split(decimal_sep)
        if not _GROUPED.fullmatch(whole.replace(group_sep, "X")):
            raise ValueProblem(f"{_AMOUNT_HINT}: thousands separators in the wrong place")
        return whole.replace(group_sep, "") + "." + fraction
    if dots or commas:
        sep = "." if dots else ","
        if value.count(sep) > 1:  # only thousands separators: 1.234.567
            if not _GROUPED.fullmatch(value.replace(sep, "X")):
                raise ValueProblem(_AMOUNT_HINT)
            return value.replace(sep, "")
        whole, fraction = value.split(sep)
        if len(fraction) == 3 and _GROUPED.fullmatch(f"{whole}X{fraction}"):
            return whole + fraction  # 1.234 is one thousand two hundred and thirty-four euros
        return f"{whole}.{fraction}"
    return value


def parse_amount(text: str) -> Decimal:
    """An amount in euros, quantized to cents. Accepts ``1234.56``, ``1.234,56``,
    ``€ 1.234,56``, ``1234,5``, ``€1612,40``. Negative amounts and more than two decimals are
    refused."""
    value = _clean(text)
    if not value:
        raise ValueProblem("empty (expected an amount)")
    value = _CURRENCY.sub("", value).strip()
    if value.startswith("-") or value.endswith("-") or "−" in value:
        raise ValueProblem("negative amount not allowed")
    if value.startswith("+"):
        value = value[1:]
    if not value or not re.fullmatch(r"[0-9.,]+", value) or not re.search(r"[0-9]", value):
        raise ValueProblem(_AMOUNT_HINT)
    digits = _amount_digits(value)
    whole, _, fraction = digits.partition(".")
    if len(fraction) > 2:
        raise ValueProblem("too many decimals (at most 2, whole cents)")
    try:
        amount = Decimal((whole or "0") + "." + (fraction or "0"))
    except InvalidOperation:  # pragma: no cover - the checks above make this unreachable
        raise ValueProblem(_AMOUNT_HINT) from None
    if amount >= _MAX_AMOUNT:
        raise ValueProblem("amount too large")
    return amount.quantize(_CENT)


def parse_decimal(text: str) -> Decimal:
    """A plain decimal number with ``,`` or ``.`` as decimal separator (e.g. months: ``2,5``).

    No thousands separators. A minus sign is accepted; callers check the range."""
    value = _clean(text)
    if not value:
        raise ValueProblem("empty (expected a number)")
    if len(value) > 30 or not _DECIMAL.fullmatch(value):
        raise ValueProblem("not a number (use e.g. 2,5)")
    return Decimal(value.replace(",", "."))


def parse_int(text: str) -> int:
    """A whole number (ASCII digits, optional sign)."""
    value = _clean(text)
    if not value:
        raise ValueProblem("empty (expected a whole number)")
    if len(value) > 18 or not _INT.fullmatch(value):
        raise ValueProblem("not a whole number")
    return int(value)


def parse_bool(text: str) -> bool:
    """ja/nee, j/n, 1/0, yes/no (also true/false and Excel's WAAR/ONWAAR), any case."""
    value = _clean(text).lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    if not value:
        raise ValueProblem("empty (expected ja or nee)")
    raise ValueProblem("not yes/no (use ja or nee)")


# --------------------------------------------------------------------------------------------
# address and contact details


def normalise_postcode(text: str) -> str:
    """A Dutch postcode as ``1234 AB`` (space optional, any case on input)."""
    value = _clean(text)
    match = _POSTCODE.fullmatch(value)
    if not match:
        raise ValueProblem("not a Dutch postcode (expected 1234 AB)")
    letters = match[2].upper()
    if letters in _POSTCODE_UNUSED:
        raise ValueProblem(f"not a Dutch postcode: the letters {letters} are never used")
    return f"{match[1]} {letters}"


def normalise_phone(text: str) -> str:
    """A phone number as digits with an optional leading ``+``.

    Dutch numbers may be written with spaces, dashes, dots, slashes and parentheses and as
    ``+31``/``0031`` (``+31 (0)6 ...`` too); they come back as ``0612345678`` or
    ``+31612345678``. National numbers need at least 10 digits."""
    value = _clean(text)
    if not value:
        raise ValueProblem("empty (expected a phone number)")
    if re.search(r"[^\W\d_]", value):
        raise ValueProblem("not a phone number (contains letters)")
    if not _PHONE_ALLOWED.fullmatch(value):
        raise ValueProblem("not a phone number (use only digits, spaces, - and a leading +)")
    international = value.startswith("+")
    digits = re.sub(r"[^0-9]", "", value)
    if not international and digits.startswith("00"):
        international, digits = True, digits[2:]
    if international:
        if digits.startswith("31"):
            national = digits[2:]
            if national.startswith("0"):  # +31 (0)6 ...
                national = national[1:]
            if len(national) < 9:
                raise ValueProblem("phone number too short (+31 and at least 9 digits)")
            if len(national) > 11:
                raise ValueProblem("phone number too long")
            return "+31" + national
        if not 8 <= len(digits) <= 15:
            raise ValueProblem("not an international phone number (8 to 15 digits after +)")
        return "+" + digits
    if not digits.startswith("0"):
        raise ValueProblem(
            "phone number must start with 0 or + (did the spreadsheet drop a leading zero?)"
        )
    if len(digits) < 10:
        raise ValueProblem("phone number too short (at least 10 digits)")
    if len(digits) > 12:
        raise ValueProblem("phone number too long")
    return digits


def valid_email(text: str) -> str:
    """An e-mail address (syntax check only); returned trimmed."""
    value = _clean(text)
    if not value:
        raise ValueProblem("empty (expected an e-mail address)")
    if len(value) > 254 or not _EMAIL.fullmatch(value) or len(value.split("@")[0]) > 64:
        raise ValueProblem("not an e-mail address")
    return value
