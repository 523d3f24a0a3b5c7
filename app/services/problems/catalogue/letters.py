"""Why a letter cannot be made, sent or written: one text per code (English; Dutch in the .ts).

A letter's refusal lists every missing thing at once (`letter.refused` is the heading), so the
worker can fix them in one go. The second part of a code (``letter.no_case`` → ``no_case``) is
the short code `LetterProblem.codes` gives; a third part names a variant of the same problem.
"""

from __future__ import annotations

from app.services.problems.catalogue.marker import QT_TRANSLATE_NOOP

TEXTS = {
    "letter.refused": QT_TRANSLATE_NOOP("Problems", "the letter cannot be made"),
    "letter.no_case": QT_TRANSLATE_NOOP("Problems", "there is no case {case}"),
    "letter.closed": QT_TRANSLATE_NOOP("Problems", "case {case} is closed"),
    "letter.no_contact_wijkteam": QT_TRANSLATE_NOOP(
        "Problems", "there is no contact person of the Sociaal Wijkteam in the contact list"
    ),
    "letter.no_contact_wijkteam.postcode": QT_TRANSLATE_NOOP(
        "Problems",
        "there is no contact person of the Sociaal Wijkteam for postcode {postcode} in the "
        "contact list",
    ),
    "letter.no_contact_troubleshooter": QT_TRANSLATE_NOOP(
        "Problems", "there is no troubleshooter in the contact list"
    ),
    "letter.no_contact_corporatie": QT_TRANSLATE_NOOP(
        "Problems", "there is no contact person of {organisation} in the contact list"
    ),
    "letter.contact_unreachable": QT_TRANSLATE_NOOP(
        "Problems",
        "the contact person of {organisation} ({name}) has neither a phone number nor an "
        "e-mail address in the contact list, so the tenant cannot be told how to decline",
    ),
    # lists of missing parts, inside `address_incomplete` and `letterhead_incomplete`
    "letter.list.two": QT_TRANSLATE_NOOP("Problems", "{first} and {last}"),
    "letter.list.three": QT_TRANSLATE_NOOP("Problems", "{first}, {second} and {last}"),
    "letter.list.four": QT_TRANSLATE_NOOP("Problems", "{first}, {second}, {third} and {last}"),
    "letter.list.five": QT_TRANSLATE_NOOP(
        "Problems", "{first}, {second}, {third}, {fourth} and {last}"
    ),
    "letter.missing.one": QT_TRANSLATE_NOOP("Problems", "is missing"),
    "letter.missing.many": QT_TRANSLATE_NOOP("Problems", "are missing"),
    "letter.address_part.tenant_name": QT_TRANSLATE_NOOP("Problems", "name"),
    "letter.address_part.street": QT_TRANSLATE_NOOP("Problems", "street"),
    "letter.address_part.house_number": QT_TRANSLATE_NOOP("Problems", "house number"),
    "letter.address_part.postcode": QT_TRANSLATE_NOOP("Problems", "postcode"),
    "letter.address_part.city": QT_TRANSLATE_NOOP("Problems", "town"),
    "letter.address_incomplete": QT_TRANSLATE_NOOP(
        "Problems", "the tenant's address is incomplete: {parts} {missing}"
    ),
    "letter.letterhead_part.office_name": QT_TRANSLATE_NOOP("Problems", "office name"),
    "letter.letterhead_part.address": QT_TRANSLATE_NOOP("Problems", "office address"),
    "letter.letterhead_part.signer": QT_TRANSLATE_NOOP("Problems", "signer's name"),
    "letter.letterhead_part.signer_function": QT_TRANSLATE_NOOP("Problems", "signer's function"),
    # The window names the settings page(s) to fill in, the command line the command: three
    # variants whose English differs only in the field's name, so each has its own Dutch.
    "letter.letterhead_incomplete.office": QT_TRANSLATE_NOOP(
        "Problems",
        "the letterhead is incomplete: {office_parts} {missing} (set with `vangnet letterhead`)",
    ),
    "letter.letterhead_incomplete.letterhead": QT_TRANSLATE_NOOP(
        "Problems",
        "the letterhead is incomplete: {signer_parts} {missing} (set with `vangnet letterhead`)",
    ),
    "letter.letterhead_incomplete.both": QT_TRANSLATE_NOOP(
        "Problems",
        "the letterhead is incomplete: {parts} {missing} (set with `vangnet letterhead`)",
    ),
    "letter.no_eviction_date": QT_TRANSLATE_NOOP(
        "Problems", "no eviction date is known for this case (record the court verdict first)"
    ),
    "letter.visit_in_past": QT_TRANSLATE_NOOP("Problems", "the visit lies in the past"),
    "letter.no_sluitende_aanpak": QT_TRANSLATE_NOOP(
        "Problems",
        "a Sluitende Aanpak statement is made only under a covenant with a Sluitende Aanpak "
        "(A 1.13); {covenant} has none",
    ),
    "letter.no_instrument": QT_TRANSLATE_NOOP(
        "Problems",
        "no instrument of the Sluitende Aanpak has been recorded; record one first (A 1.13)",
    ),
    "letter.no_eviction_ground": QT_TRANSLATE_NOOP(
        "Problems",
        "an eviction date is set but no ground is recorded (A 1.13 lid 3: refusal or "
        "non-compliance, housing fraud or long-running nuisance); record it first with the "
        "event eviction_ground",
    ),
    "letter.nothing_to_mark.sluitende_aanpak": QT_TRANSLATE_NOOP(
        "Problems",
        "a Sluitende Aanpak statement is not marked as sent: saving it already put it on the "
        "timeline, and it meets no deadline",
    ),
    "letter.nothing_to_mark.broken_arrangement": QT_TRANSLATE_NOOP(
        "Problems",
        "a notice of a broken payment agreement is not marked as sent: saving it already put it "
        "on the timeline, and it meets no deadline",
    ),
    "letter.no_collection_answer": QT_TRANSLATE_NOOP(
        "Problems",
        "the team has not answered whether collection may resume (B2 step 6); record the "
        "answer first (`vangnet event CASE collection_answer --may-resume yes|no`)",
    ),
    "letter.no_proposal": QT_TRANSLATE_NOOP(
        "Problems", "no proposal has been made yet (SDV tab, or `vangnet proposal`)"
    ),
    "letter.proposal_changed": QT_TRANSLATE_NOOP(
        "Problems", "the proposal was replaced after this letter was made; make the letter again"
    ),
    "letter.proposal_unreadable": QT_TRANSLATE_NOOP(
        "Problems",
        "proposal {proposal} cannot be read back (its snapshot is incomplete); make it again",
    ),
    "letter.no_corporation_claim": QT_TRANSLATE_NOOP(
        "Problems",
        "the settlement offer holds no claim of {corporation} (add the rent arrears as a debt "
        "of kind huurachterstand, and make the offer again)",
    ),
    "letter.other_creditor": QT_TRANSLATE_NOOP(
        "Problems",
        "the proposal to {corporation} uses a debt of another creditor: {debts}; the letter "
        "goes to {corporation} only (H 6.2, 6.4). Correct the creditor in the inventory and make "
        "the proposal again, or pass --include-other-creditors if it is in fact a claim of "
        "{corporation}",
    ),
    "letter.no_own_arrears": QT_TRANSLATE_NOOP(
        "Problems",
        "without the other creditors' debts there are no rent arrears with {corporation}; "
        "correct the inventory and make the proposal again",
    ),
    "letter.no_broken_arrangement": QT_TRANSLATE_NOOP(
        "Problems",
        "no broken payment agreement is recorded on this case; record arrangement_broken first "
        "(H 3.9)",
    ),
    "letter.bad_channel": QT_TRANSLATE_NOOP(
        "Problems", "unknown way of sending {channel} (one of: {known})"
    ),
    # the timeline refusing the letter's record (events and proposals say why)
    "letter.future_date": QT_TRANSLATE_NOOP("Problems", "an event cannot be dated in the future"),
    "letter.before_signal": QT_TRANSLATE_NOOP(
        "Problems", "an event cannot be dated before the signal ({signal})"
    ),
    "letter.restricted": QT_TRANSLATE_NOOP(
        "Problems",
        "case {case} is restricted since {since} (AVG art. 18): nothing may be done with it "
        "until the restriction is lifted",
    ),
    "letter.not_recorded": QT_TRANSLATE_NOOP(
        "Problems", "the letter cannot be put on the timeline ({detail})"
    ),
    "letter.no_proposal.numbered": QT_TRANSLATE_NOOP("Problems", "no proposal {proposal}"),
    "letter.withdrawn": QT_TRANSLATE_NOOP(
        "Problems", "proposal {proposal} was replaced by a newer one; send that one"
    ),
    "letter.already_sent": QT_TRANSLATE_NOOP(
        "Problems", "proposal {proposal} was already sent on {sent_on}"
    ),
    "letter.before_made": QT_TRANSLATE_NOOP(
        "Problems",
        "proposal {proposal} was made on {made_on}; it cannot have been sent before that ({on})",
    ),
    # writing the letter's file
    "letter.folder_missing": QT_TRANSLATE_NOOP("Problems", "the folder {folder} does not exist"),
    "letter.folder_forbidden": QT_TRANSLATE_NOOP(
        "Problems", "no permission to write in {folder}"
    ),
    "letter.folder_unwritable": QT_TRANSLATE_NOOP(
        "Problems", "cannot write in {folder}: {reason}"
    ),
    "letter.pdf_unreadable": QT_TRANSLATE_NOOP(
        "Problems", "the letter {name} cannot be read ({reason}); make the letter again"
    ),
    "letter.unexpected": QT_TRANSLATE_NOOP("Problems", "unexpected error (reference {reference})"),
    # the logo on the letterhead
    "logo.empty": QT_TRANSLATE_NOOP("Problems", "the logo file is empty"),
    "logo.too_large": QT_TRANSLATE_NOOP(
        "Problems", "the logo is larger than {kilobytes} kB; use a smaller image"
    ),
    "logo.not_an_image": QT_TRANSLATE_NOOP("Problems", "the logo must be a PNG or JPEG image"),
    "logo.damaged": QT_TRANSLATE_NOOP(
        "Problems", "the logo image cannot be read (damaged file?)"
    ),
    "logo.no_pixels": QT_TRANSLATE_NOOP("Problems", "the logo image is empty"),
}
