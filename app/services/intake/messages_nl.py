"""Dutch wording for every problem the intake checks report, for the people who fix them.

The value parsers, the CSV reader and the signal checks speak short English (the command line
and the log use it as is). Screens show problems in Dutch, word for word the same wherever they
appear: under a field of the intake form, or as ``Rij 7, kolom postcode: …`` in an import
preview. Each English message template has one pattern here; interpolated values (dates, numbers,
what the user typed) are carried over. A message without a pattern still gets a safe Dutch
sentence that names the column, so nothing English or technical reaches a user.

No Qt: the services layer must stay importable without it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from app.services.intake.problems import FileProblem, RowError

__all__ = [
    "already_present_nl",
    "column_label_nl",
    "file_problem_nl",
    "file_unreadable_nl",
    "kind_label_nl",
    "message_nl",
    "out_of_scope_nl",
    "row_error_nl",
    "to_dutch",
    "warning_nl",
]

_COLUMN_LABELS: dict[str, str] = {
    "corporatie": "corporatie",
    "referentie": "referentie",
    "melddatum": "melddatum",
    "soort": "soort melding",
    "toestemming": "toestemming van de huurder",
    "naam": "naam",
    "straat": "straat",
    "huisnummer": "huisnummer",
    "postcode": "postcode",
    "woonplaats": "woonplaats",
    "telefoon": "telefoonnummer",
    "email": "e-mailadres",
    "geboortedatum": "geboortedatum",
    "aantal_bewoners": "aantal bewoners",
    "achterstand_sinds": "achterstand sinds",
    "achterstand_maanden": "achterstand in maanden",
    "achterstand_bedrag": "bedrag van de achterstand",
    "maandhuur": "maandhuur",
    "deurwaarder_gepland": "geplande datum deurwaarder",
    "ontruimingsdatum": "ontruimingsdatum",
    "kinderen_onder_18": "kinderen onder de 18",
    "geboortedata_bewoners": "geboortedata andere bewoners",
    "statushouder": "statushouder",
    "bekend_bij_wijkteam": "bekend bij wijkteam of SDV",
    "notitie": "notitie",
    "strafbaar_feit": "alleen strafbaar feit (H 1.3)",
}

_KIND_LABELS: dict[str, str] = {
    "huurachterstand": "huurachterstand",
    "meer_dan_huurachterstand": "meer dan huurachterstand",
    "zorgen_zonder_achterstand": "zorgen zonder huurachterstand",
}

_SAVE_AS_NL = (
    "Sla het bestand in Excel op als 'CSV UTF-8 (door komma's gescheiden)' of als "
    "'CSV (gescheiden door lijstscheidingsteken)' en probeer het opnieuw."
)


def column_label_nl(column: str) -> str:
    """A readable Dutch name for a CSV column (``aantal_bewoners`` → ``aantal bewoners``)."""
    key = column.strip().lower()
    if key == "-":
        return "de rij"
    return _COLUMN_LABELS.get(key, key.replace("_", " "))


def kind_label_nl(kind: str) -> str:
    """A readable Dutch name for a signal kind (``meer_dan_huurachterstand`` → with spaces)."""
    return _KIND_LABELS.get(kind, kind.replace("_", " "))


def _plural(count: str, one: str, many: str) -> str:
    return one if count == "1" else many


# --------------------------------------------------------------------------------------------
# cell messages: (pattern, Dutch) — the Dutch is a format string over the pattern's groups, or a
# function of the match for plurals and nested messages

_Translate = str | Callable[[re.Match[str]], str]


def _nested_date(match: re.Match[str]) -> str:
    inner = message_nl(match["inner"])
    if inner is None:
        inner = "geen geldige datum"
    return f"datum {match['n']} '{match['part']}': {inner}"


def _children_only(match: re.Match[str]) -> str:
    children = _plural(match["c"], "kind", "kinderen")
    occupants = _plural(match["o"], "1 bewoner is", f"{match['o']} bewoners zijn")
    return f"{match['c']} {children} onder de 18, terwijl er maar {occupants} (aantal bewoners)"


def _children_at_most(match: re.Match[str]) -> str:
    children = _plural(match["c"], "kind", "kinderen")
    most = _plural(match["m"], "kind", "kinderen")
    return (
        f"{match['c']} {children} onder de 18, maar {match['o']} bewoners (aantal bewoners), "
        f"de huurder meegeteld: hoogstens {match['m']} {most}"
    )


def _occupant_dates(match: re.Match[str]) -> str:
    dates = _plural(match["k"], "geboortedatum", "geboortedata")
    others = _plural(match["k"], "een andere bewoner", "andere bewoners")
    return (
        f"{match['k']} {dates} van {others} plus de huurder is meer dan het aantal bewoners "
        f"({match['o']})"
    )


def _extra_cells(match: re.Match[str]) -> str:
    cells = _plural(match["n"], "gevulde cel", "gevulde cellen")
    return (
        f"{match['n']} {cells} meer dan de kopregel kolommen heeft; staat er een "
        f"'{match['d']}' in een cel zonder aanhalingstekens eromheen?"
    )


def _required_for_kind(match: re.Match[str]) -> str:
    return (
        f"verplicht bij soort {kind_label_nl(match['kind'])} "
        "(de datum waarop de achterstand ontstond)"
    )


_DATE = r"(?P<d>\S+)"
_AMOUNT_HINT = r"not an amount \(use 1234,56 or 1\.234,56\)"
_AMOUNT_HINT_NL = "geen geldig bedrag (schrijf bijvoorbeeld 1234,56 of 1.234,56)"

_CELL_RULES: tuple[tuple[str, _Translate], ...] = (
    # --- signals.py: a cell far longer than any real value
    (
        r"(?P<n>[\d,]+) characters is too long for this column \(at most (?P<m>[\d,]+)\)",
        lambda m: (
            f"{m['n'].replace(',', '.')} tekens is te lang voor deze kolom "
            f"(hoogstens {m['m'].replace(',', '.')})"
        ),
    ),
    # --- importer.py: the covenant profile's kinds
    (
        r"'(?P<v>.*)' is not a kind of signal in this covenant \(allowed: (?P<a>.*)\)",
        "'{v}' is geen soort melding in dit convenant (mogelijk: {a})",
    ),
    # --- values.py: dates
    (r"empty \(expected a date, dd-mm-jjjj\)", "leeg: vul een datum in (dd-mm-jjjj)"),
    (
        r"not a date \(use dd-mm-jjjj or jjjj-mm-dd\)",
        "geen geldige datum (schrijf dd-mm-jjjj, bijvoorbeeld 03-11-2026)",
    ),
    (
        r"no such date: (?P<v>.*) \(year 0 does not exist\)",
        "deze datum bestaat niet: {v} (jaar 0 bestaat niet)",
    ),
    (
        r"no such date: (?P<v>.*) \(month (?P<m>-?\d+) does not exist\)",
        "deze datum bestaat niet: {v} (maand {m} bestaat niet)",
    ),
    (
        r"no such date: (?P<v>.*) \(that month has no day (?P<day>-?\d+)\)",
        "deze datum bestaat niet: {v} (die maand heeft geen dag {day})",
    ),
    # --- values.py: amounts and numbers
    (r"empty \(expected an amount\)", "leeg: vul een bedrag in"),
    (r"negative amount not allowed", "een negatief bedrag kan niet"),
    (
        _AMOUNT_HINT + r": thousands separators in the wrong place",
        _AMOUNT_HINT_NL + ": de punten of komma's voor duizendtallen staan op de verkeerde plek",
    ),
    (_AMOUNT_HINT, _AMOUNT_HINT_NL),
    (
        r"too many decimals \(at most 2, whole cents\)",
        "te veel cijfers achter de komma (hoogstens 2, hele centen)",
    ),
    (r"amount too large", "dit bedrag is te groot; controleer het"),
    (r"empty \(expected a number\)", "leeg: vul een getal in"),
    (r"not a number \(use e\.g\. 2,5\)", "geen geldig getal (bijvoorbeeld 2,5)"),
    (r"empty \(expected a whole number\)", "leeg: vul een heel getal in"),
    (r"not a whole number", "geen heel getal (alleen cijfers, bijvoorbeeld 3)"),
    (r"empty \(expected ja or nee\)", "leeg: vul ja of nee in"),
    (r"not yes/no \(use ja or nee\)", "geen ja of nee (vul ja of nee in)"),
    # --- values.py: address and contact details
    (
        r"not a Dutch postcode \(expected 1234 AB\)",
        "geen geldige postcode (bijvoorbeeld 1234 AB)",
    ),
    (
        r"not a Dutch postcode: the letters (?P<l>.*) are never used",
        "geen geldige postcode: de letters {l} worden in postcodes nooit gebruikt",
    ),
    (r"empty \(expected a phone number\)", "leeg: vul een telefoonnummer in"),
    (
        r"not a phone number \(contains letters\)",
        "geen geldig telefoonnummer (er staan letters in)",
    ),
    (
        r"not a phone number \(use only digits, spaces, - and a leading \+\)",
        "geen geldig telefoonnummer (gebruik alleen cijfers, spaties, - en eventueel een + "
        "aan het begin)",
    ),
    (
        r"phone number too short \(\+31 and at least 9 digits\)",
        "telefoonnummer is te kort (+31 en daarna minstens 9 cijfers)",
    ),
    (
        r"phone number too short \(at least 10 digits\)",
        "telefoonnummer is te kort (minstens 10 cijfers)",
    ),
    (r"phone number too long", "telefoonnummer is te lang"),
    (
        r"not an international phone number \(8 to 15 digits after \+\)",
        "geen geldig buitenlands telefoonnummer (8 tot 15 cijfers na de +)",
    ),
    (
        r"phone number must start with 0 or \+ \(did the spreadsheet drop a leading zero\?\)",
        "een telefoonnummer begint met 0 of + (is de 0 aan het begin weggevallen in de "
        "spreadsheet?)",
    ),
    (r"empty \(expected an e-mail address\)", "leeg: vul een e-mailadres in"),
    (r"not an e-mail address", "geen geldig e-mailadres (bijvoorbeeld naam@voorbeeld.nl)"),
    # --- signals.py: any cell
    (r"required; the cell is empty", "verplicht, maar niet ingevuld"),
    (
        r"contains control characters",
        "bevat onzichtbare stuurtekens; typ de tekst opnieuw",
    ),
    (r"cannot read this value \((?P<what>.*)\)", "deze waarde kan niet worden gelezen"),
    (r"cannot read this row \((?P<what>.*)\)", "deze rij kan niet worden gelezen"),
    # --- signals.py: dates
    (_DATE + r" is not plausible \(before 1900\)", "{d} is niet aannemelijk (vóór 1900)"),
    (
        _DATE + r" is in the future \(today is (?P<t>\S+)\)",
        "{d} ligt in de toekomst (vandaag is het {t})",
    ),
    (_DATE + r" is in the future", "{d} ligt in de toekomst"),
    (_DATE + r" is not plausible", "{d} is niet aannemelijk"),
    # --- signals.py: who sent it
    (
        r"could not look up the corporation \((?P<what>.*)\)",
        "de corporatie kon niet worden opgezocht; probeer het opnieuw",
    ),
    (r"unknown corporation '(?P<name>.*)'", "onbekende corporatie '{name}'"),
    (
        r"unknown kind '(?P<kind>.*)' \(use huurachterstand, meer_dan_huurachterstand "
        r"or zorgen_zonder_achterstand\)",
        "onbekende soort melding '{kind}' (gebruik huurachterstand, meer_dan_huurachterstand "
        "of zorgen_zonder_achterstand)",
    ),
    (
        r"signal without arrears needs the tenant's consent \(toestemming = ja\)",
        "een melding zonder huurachterstand mag alleen met toestemming van de huurder "
        "(toestemming = ja)",
    ),
    # --- signals.py: the tenant
    (
        r"a house number starts with a number from 1 to 99999",
        "een huisnummer begint met een getal van 1 tot en met 99999",
    ),
    (
        r"date of birth is not before the signal date \(melddatum (?P<m>\S+)\)",
        "de geboortedatum ligt niet vóór de melddatum ({m})",
    ),
    (
        r"tenant would be (?P<age>-?\d+) at the signal date; a tenant is at least "
        r"(?P<min>\d+) \(check the date of birth\)",
        "de huurder zou op de melddatum {age} jaar zijn; een huurder is minstens {min} jaar "
        "(controleer de geboortedatum)",
    ),
    (
        r"tenant would be (?P<age>-?\d+) at the signal date, which is not plausible "
        r"\(check the date of birth\)",
        "de huurder zou op de melddatum {age} jaar zijn; dat is niet aannemelijk "
        "(controleer de geboortedatum)",
    ),
    (
        r"must be at least 1 \(the tenant counts too\)",
        "moet minstens 1 zijn (de huurder telt ook mee)",
    ),
    (
        r"(?P<n>-?\d+) occupants is not plausible \(at most (?P<max>\d+)\)",
        "{n} bewoners is niet aannemelijk (hoogstens {max})",
    ),
    # --- signals.py: the arrears
    (r"required for soort (?P<kind>\S+) \(the date the arrears arose\)", _required_for_kind),
    (
        _DATE + r" is after the signal date \(melddatum (?P<m>\S+)\)",
        "{d} ligt na de melddatum ({m})",
    ),
    (r"must not be negative", "mag niet negatief zijn"),
    (
        r"at most 1 decimal \(e\.g\. 2,5\)",
        "hoogstens 1 cijfer achter de komma (bijvoorbeeld 2,5)",
    ),
    (
        r"not plausible \(more than 999 months\)",
        "niet aannemelijk (meer dan 999 maanden)",
    ),
    # --- signals.py: the household
    (
        r"(?P<c>-?\d+) children under 18 but only (?P<o>-?\d+) occupants \(aantal_bewoners\)",
        _children_only,
    ),
    (
        r"(?P<c>-?\d+) children under 18 but (?P<o>-?\d+) occupants \(aantal_bewoners\) "
        r"including the tenant: at most (?P<m>-?\d+)",
        _children_at_most,
    ),
    (r"date (?P<n>\d+) '(?P<part>.*)': (?P<inner>.*)", _nested_date),
    (r"date (?P<n>\d+) " + _DATE + r" is in the future", "datum {n} ({d}) ligt in de toekomst"),
    (r"date (?P<n>\d+) " + _DATE + r" is not plausible", "datum {n} ({d}) is niet aannemelijk"),
    (
        r"(?P<k>\d+) dates of birth of other occupants plus the tenant is more than "
        r"aantal_bewoners \((?P<o>-?\d+)\)",
        _occupant_dates,
    ),
    (
        r"outside the covenant \(H 1\.3\): an eviction solely because of a criminal offence "
        r"\(fraud, cannabis growing, overcrowding\); the signal is refused and nothing about "
        r"the tenant is kept",
        "valt buiten het convenant (H 1.3): een huisuitzetting die alleen komt door een "
        "strafbaar feit (fraude, hennepteelt, overbewoning); de melding wordt geweigerd en er "
        "wordt niets over de huurder bewaard",
    ),
    # --- parse_signals and the CSV reader: whole rows and the header
    (
        r"required column is missing from the header",
        "deze verplichte kolom ontbreekt in de kopregel (rij 1)",
    ),
    (
        r"same corporatie, referentie and melddatum as row (?P<r>\d+)",
        "dezelfde corporatie, referentie en melddatum als rij {r}; een melding staat maar één "
        "keer in het bestand",
    ),
    (
        r"(?P<n>\d+) more filled cells? than the header has columns; is there an unquoted "
        r"'(?P<d>.)' inside a cell\?",
        _extra_cells,
    ),
)

_CELL_PATTERNS: tuple[tuple[re.Pattern[str], _Translate], ...] = tuple(
    (re.compile(pattern, re.DOTALL), dutch) for pattern, dutch in _CELL_RULES
)


def _apply(rules: tuple[tuple[re.Pattern[str], _Translate], ...], text: str) -> str | None:
    for pattern, dutch in rules:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        if isinstance(dutch, str):
            return dutch.format(**match.groupdict())
        return dutch(match)
    return None


def message_nl(message: str) -> str | None:
    """The Dutch for one English problem message, or None when it has no known pattern."""
    return _apply(_CELL_PATTERNS, message.strip())


def to_dutch(error: RowError) -> str:
    """The problem in Dutch, without row or column (for under a form field)."""
    dutch = message_nl(error.message)
    if dutch is not None:
        return dutch
    if error.column == "-":
        return "deze rij bevat een fout die niet nader te omschrijven is; controleer de rij"
    return (
        f"de waarde bij '{column_label_nl(error.column)}' klopt niet; controleer wat er is ingevuld"
    )


def row_error_nl(error: RowError) -> str:
    """``Rij 7, kolom postcode: geen geldige postcode (…)`` — the column as the file names it."""
    where = f"Rij {error.row}" if error.column == "-" else f"Rij {error.row}, kolom {error.column}"
    return f"{where}: {to_dutch(error)}"


def already_present_nl() -> str:
    """For the reference field when the same signal is stored already."""
    return (
        "deze melding is er al: er is al een melding met dezelfde corporatie, referentie en "
        "melddatum"
    )


def out_of_scope_nl() -> str:
    """Why a signal about eviction solely for a criminal offence is refused (H 1.3)."""
    return (
        "Deze melding valt buiten het convenant (H 1.3): een (dreigende) huisuitzetting die "
        "alleen komt door een strafbaar feit, zoals fraude, hennepteelt of overbewoning. "
        "Er is niets over de huurder opgeslagen; alleen de weigering is vastgelegd in het "
        "logboek, zonder persoonsgegevens."
    )


# --------------------------------------------------------------------------------------------
# the file as a whole


def _where_nl(where: str) -> str:
    match = re.fullmatch(r"byte (?P<b>0x[0-9A-Fa-f]{2}) on line (?P<l>\d+)", where)
    if match is None:
        return "een teken"
    return f"teken {match['b']} op regel {match['l']}"


def _save_as(prefix: str) -> Callable[[re.Match[str]], str]:
    def dutch(match: re.Match[str]) -> str:
        text = prefix.format(**{k: _where_nl(v) for k, v in match.groupdict().items()})
        return f"{text} {_SAVE_AS_NL}"

    return dutch


#: the kinds of file the workbook reader names in its messages
_FILE_KINDS_NL = {"a contact list": "een contactlijst", "a signal file": "een meldingenbestand"}

_SAVE_AS = r"; save it from the spreadsheet as 'CSV UTF-8' or 'CSV \(semicolon-separated\)'"

_FILE_RULES: tuple[tuple[str, _Translate], ...] = (
    (
        r"the file is UTF-16 \('Unicode text'\), which is not supported" + _SAVE_AS,
        _save_as(
            "Het bestand is opgeslagen als 'Unicode-tekst' (UTF-16); dat kan Vangnet niet lezen."
        ),
    ),
    (
        r"this is a workbook \(\.xlsx or another zip file\), not a CSV file" + _SAVE_AS,
        _save_as("Dit is een Excel-werkmap (.xlsx of een ander zip-bestand), geen CSV-bestand."),
    ),
    (
        r"this is not a text file \(it contains NUL bytes\)" + _SAVE_AS,
        _save_as("Dit is geen tekstbestand en dus geen CSV-bestand (er staan NUL-tekens in)."),
    ),
    (
        r"the file starts as UTF-8 but (?P<where>.*) is not UTF-8" + _SAVE_AS,
        _save_as("Het bestand begint als UTF-8, maar {where} is geen UTF-8."),
    ),
    (
        r"unreadable text: (?P<where>.*) is neither UTF-8 nor Windows-1252" + _SAVE_AS,
        _save_as("De tekst is onleesbaar: {where} is geen UTF-8 en ook geen Windows-1252."),
    ),
    (
        r"cannot tell how the columns are separated: the first row has neither ';' nor ','",
        "Het is niet duidelijk hoe de kolommen van elkaar gescheiden zijn: in de eerste rij "
        "staat geen ';' en geen ','. Is dit wel een CSV-bestand met kolomnamen in de eerste rij?",
    ),
    (
        r"row (?P<r>\d+): a cell starts with a quote \(\"\) that is never closed, so the rest "
        r"of the file cannot be read",
        'Rij {r}: een cel begint met een aanhalingsteken (") dat nergens wordt afgesloten. '
        "Daardoor kan de rest van het bestand niet worden gelezen.",
    ),
    (
        r"the first line asks for delimiter (?P<x>.+); use ';' or ','",
        "De eerste regel vraagt om scheidingsteken {x}; Vangnet kent alleen ';' en ','.",
    ),
    (r"the file is empty", "Het bestand is leeg."),
    (
        r"the file has no rows after the 'sep=' line",
        "Het bestand heeft geen rijen na de regel 'sep='.",
    ),
    (
        r"duplicate column '(?P<name>.*)' \(columns (?P<a>\d+) and (?P<b>\d+)\)",
        "De kolom '{name}' staat twee keer in de eerste rij (kolom {a} en kolom {b}). "
        "Haal een van de twee weg.",
    ),
    (
        r"no header: row 1 is empty; the first row must hold the column names",
        "Rij 1 is leeg, maar de eerste rij moet de kolomnamen bevatten.",
    ),
    # --- an Excel workbook (app.services.intake.workbook)
    (
        r"cannot read this workbook: it is damaged, password-protected or not an Excel \.xlsx "
        r"file; save it again in Excel as 'Excel Workbook \(\.xlsx\)' without a password",
        "Deze Excel-werkmap kan niet worden gelezen: hij is beschadigd, met een wachtwoord "
        "beveiligd of geen .xlsx-bestand. Sla hem in Excel opnieuw op als 'Excel-werkmap "
        "(.xlsx)', zonder wachtwoord.",
    ),
    (r"the workbook has no worksheet", "De Excel-werkmap heeft geen werkblad."),
    (
        r"the worksheet has more than (?P<n>[\d,]+) rows; (?P<what>a contact list|a signal file) "
        r"has far fewer \(is this the right file\?\)",
        lambda m: (
            f"Het werkblad heeft meer dan {m['n'].replace(',', '.')} rijen; "
            f"{_FILE_KINDS_NL[m['what']]} heeft er veel minder. Is dit het goede bestand?"
        ),
    ),
    (
        r"the workbook unpacks to (?P<mb>[\d,]+) MB, more than the (?P<max>\d+) MB Vangnet "
        r"reads \(is this the right file\?\)",
        lambda m: (
            f"Uitgepakt is deze Excel-werkmap {m['mb'].replace(',', '.')} MB, meer dan de "
            f"{m['max']} MB die Vangnet leest. Is dit het goede bestand?"
        ),
    ),
)

_FILE_PATTERNS: tuple[tuple[re.Pattern[str], _Translate], ...] = tuple(
    (re.compile(pattern, re.DOTALL), dutch) for pattern, dutch in _FILE_RULES
)


def file_problem_nl(problem: FileProblem | str) -> str:
    """One clear Dutch sentence (or two) for a file that cannot be read as a table at all."""
    text = problem.message if isinstance(problem, FileProblem) else problem
    dutch = _apply(_FILE_PATTERNS, text.strip())
    if dutch is not None:
        return dutch
    return f"Het bestand kan niet als tabel worden gelezen. {_SAVE_AS_NL}"


def file_unreadable_nl() -> str:
    """The file could not be opened at all (gone, no permission, unreachable drive)."""
    return (
        "Het bestand kan niet worden geopend. Controleer of het nog bestaat, of de schijf "
        "bereikbaar is en of u het mag lezen."
    )


_WARNING_RULES: tuple[tuple[str, _Translate], ...] = (
    (r"unknown column '(?P<name>.*)' ignored", "Onbekende kolom '{name}' wordt overgeslagen."),
    (
        r"column (?P<n>\d+) has no name in row 1; its values are ignored",
        "Kolom {n} heeft geen naam in rij 1; wat in die kolom staat, wordt overgeslagen.",
    ),
    (r"known corporations: (?P<names>.*)", "Bekende corporaties: {names}."),
    (
        r"worksheet '(?P<sheet>.*)' was read; the other worksheets are ignored: (?P<others>.*)",
        "Het werkblad '{sheet}' is gelezen; de andere werkbladen worden overgeslagen: {others}.",
    ),
    (
        r"not stored under (?P<cov>.*): column\(s\) (?P<cols>.*); their values were dropped "
        r"\(B2 step 1: only the data the covenant needs\)",
        "Niet bewaard onder het {cov}: kolom(men) {cols}. Wat daarin stond, is weggelaten "
        "(bijlage 2, stap 1: alleen de gegevens die het convenant nodig heeft).",
    ),
)

_WARNING_PATTERNS: tuple[tuple[re.Pattern[str], _Translate], ...] = tuple(
    (re.compile(pattern, re.DOTALL), dutch) for pattern, dutch in _WARNING_RULES
)


def warning_nl(warning: str) -> str:
    """A remark about a file that does not stop the import (unknown columns, ...)."""
    dutch = _apply(_WARNING_PATTERNS, warning.strip())
    return dutch if dutch is not None else "Opmerking over het bestand: " + warning
