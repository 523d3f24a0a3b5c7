"""Refusals of the privacy tasks: the tenant's own data (AVG 15), restriction, erasure,
retention, requests and breaches."""

from __future__ import annotations

from app.services.problems.catalogue.marker import QT_TRANSLATE_NOOP

TEXTS = {
    # restriction of processing (AVG 18)
    "restriction.no_request": QT_TRANSLATE_NOOP(
        "Problems", "request: there is no request {request}"
    ),
    "restriction.other_case": QT_TRANSLATE_NOOP(
        "Problems", "request: request {request} is not about case {case}"
    ),
    "restriction.already_restricted": QT_TRANSLATE_NOOP(
        "Problems", "case {case} is already restricted since {since}"
    ),
    "restriction.future_date": QT_TRANSLATE_NOOP(
        "Problems", "date: a restriction cannot start in the future"
    ),
    "restriction.not_restricted": QT_TRANSLATE_NOOP("Problems", "case {case} is not restricted"),
    # how long data is kept (AVG 5(1)(e))
    "retention.unknown_rule": QT_TRANSLATE_NOOP(
        "Problems", "unknown retention rule {rule}; one of: {known}"
    ),
    "retention.months": QT_TRANSLATE_NOOP(
        "Problems", "the term for {rule} must be {least} to {most} months (got {months})"
    ),
    # erasing a case (retention, or the tenant's request: AVG 17)
    "erasure.no_case": QT_TRANSLATE_NOOP("Problems", "there is no case {case} (already erased?)"),
    "erasure.no_request": QT_TRANSLATE_NOOP(
        "Problems", "there is no request {request} in the register"
    ),
    "erasure.not_erasure": QT_TRANSLATE_NOOP(
        "Problems", "request {request} is not a request for erasure (it is '{kind}')"
    ),
    "erasure.closed": QT_TRANSLATE_NOOP(
        "Problems", "request {request} is already closed ({outcome})"
    ),
    "erasure.other_case": QT_TRANSLATE_NOOP(
        "Problems", "request {request} is about case {about}, not case {case}"
    ),
    # the tenant's data, exported for them (AVG 15)
    # (an unknown case: `letter.no_case`, the same text)
    "export.exists": QT_TRANSLATE_NOOP(
        "Problems", "{path} already exists; choose another folder or replace it (--force)"
    ),
    "export.not_a_folder": QT_TRANSLATE_NOOP("Problems", "{folder} is not a folder"),
    "export.cannot_make_folder": QT_TRANSLATE_NOOP(
        "Problems", "cannot make the folder {folder}: {reason}"
    ),
}
