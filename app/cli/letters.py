"""Letters: `letter`, `letters` (batches, mark-sent) and `letterhead`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli.common import (
    EXIT_OK,
    EXIT_REJECTED,
    EXIT_UNREACHABLE,
    CliError,
    Handler,
    _context,
    _iso_date,
    _iso_datetime,
    _open,
)
from app.services import clock

_LETTER_HELP = """\
Make one letter for a case as a PDF and record it on the case's timeline (and in the audit
trail). Kinds: feedback (to the corporation, appendix 2 step 6: only the facts the covenant
allows), announcement (to the tenant: a visit, --with-opt-out lets the tenant decline it),
troubleshooter (once an eviction date is known, H 8.1), proposal (to the corporation: the
case's current payment proposal or "not possible yet", H 6.2, 6.3, 7.3 — only the rent, the
arrangement and its own share), sluitende_aanpak (Amsterdam A 1.13: the instruments deployed,
with dates), broken_arrangement (to the corporation: the tenant did not keep the payment
agreement, H 3.9 — that and when, nothing else). The addressee comes from the contact
list, the letterhead from `vangnet letterhead`. A letter that cannot be made says what is
missing and leaves no file. --eml also writes an e-mail draft (FILE.eml, next to the PDF, the
PDF attached, marked X-Unsent so Outlook opens it as a message to send): send it from the mail
program, where the office's secure-mail add-in (Zivver, ZorgMail) takes over (B2). A proposal
that counts a debt of another creditor as the corporation's is refused, naming the debt, unless
--include-other-creditors. Exit status: 0 written; 1 refused (nothing written); 3 the folder
cannot be written.
"""


_BATCH_HELP = """\
Make every feedback letter that is due today or overdue, one PDF per letter plus one combined
PDF for printing, in FOLDER (created if its parent exists). Letters that cannot be made are
listed and do not stop the others. Exit status: 0 all due letters made (or none due); 1 at
least one letter could not be made (the others are written); 3 the folder cannot be written.
Every letter made is listed (reference, addressee, kind, file); nothing is marked as sent unless
--mark-sent is given. Mark them after checking the list with `letters mark-sent CASE_ID ...`.
"""


def register(sub: Any) -> None:
    p = sub.add_parser(
        "letter",
        help="make a letter for a case (PDF), recorded on its timeline",
        description=_LETTER_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("case_id", type=int, help="as in `inbox --json`")
    p.add_argument(
        "--kind",
        required=True,
        choices=(
            "feedback",
            "announcement",
            "troubleshooter",
            "proposal",
            "sluitende_aanpak",
            "broken_arrangement",
        ),
    )
    p.add_argument(
        "--with-opt-out",
        action="store_true",
        help="announcement: the tenant may decline the visit (says how, and by when)",
    )
    p.add_argument(
        "--visit", type=_iso_datetime, help="announcement: the planned visit, YYYY-MM-DDTHH:MM"
    )
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    p.add_argument("--force", action="store_true", help="replace an existing file at -o")
    p.add_argument("--today", type=_iso_date, help="the letter's date (default today)")
    p.add_argument(
        "--eml",
        action="store_true",
        help="also write an e-mail draft (.eml) next to the PDF, to send from the mail program",
    )
    p.add_argument(
        "--include-other-creditors",
        action="store_true",
        help="proposal: keep a debt of another creditor in the letter (else it is refused)",
    )

    p = sub.add_parser("letters", help="letters in bulk: `letters batch --due -o FOLDER`")
    lsub = p.add_subparsers(dest="letters_command", metavar="ACTION")
    b = lsub.add_parser(
        "batch",
        help="every feedback letter due today or overdue, into a folder",
        description=_BATCH_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    b.add_argument(
        "--due", action="store_true", required=True, help="the feedback letters due or overdue"
    )
    b.add_argument("-o", "--output", type=Path, required=True, metavar="FOLDER")
    b.add_argument("--today", type=_iso_date)
    b.add_argument(
        "--mark-sent",
        action="store_true",
        help="also record that each letter made was sent (meets the feedback deadline)",
    )
    b.add_argument(
        "--eml", action="store_true", help="also write an e-mail draft (.eml) next to each PDF"
    )
    b.add_argument(
        "--via",
        choices=("post", "email", "saved"),
        help="with --mark-sent (required there): how the letters went out",
    )
    m = lsub.add_parser(
        "mark-sent",
        help="record that feedback letters went out (after checking the batch's list)",
    )
    m.add_argument("case_ids", type=int, nargs="+", metavar="CASE_ID")
    m.add_argument(
        "--via",
        choices=("post", "email", "saved"),
        required=True,
        help="how the letters went out: recorded with each, never assumed",
    )
    m.add_argument("--today", type=_iso_date)

    p = sub.add_parser(
        "letterhead",
        help="the letterhead: office address, place, signer, logo (no options: show it)",
    )
    p.add_argument(
        "--address",
        action="append",
        metavar="LINE",
        help="one line of the office address; repeat for every line (replaces the address)",
    )
    p.add_argument("--place", help="the place in the date line (default: the municipality)")
    p.add_argument("--signer", help="who signs the letters")
    p.add_argument("--signer-function", help="the signer's function")
    p.add_argument(
        "--logo", type=Path, help="PNG or JPEG; its bytes are kept in the encrypted database"
    )
    p.add_argument("--no-logo", action="store_true", help="remove the logo")


def cmd_letter(args: argparse.Namespace) -> int:
    from app.services.letters import (
        FolderProblem,
        LetterKind,
        LetterProblem,
        LetterRequest,
        write_letter,
    )

    kind = LetterKind(args.kind)
    if kind is not LetterKind.ANNOUNCEMENT and (args.with_opt_out or args.visit):
        raise CliError("--with-opt-out and --visit belong to --kind announcement.")
    target = Path(args.output).expanduser()
    if target.is_dir():
        raise CliError(f"{target} is a folder; give the name of the PDF file to write.")
    if not target.parent.is_dir():
        raise CliError(f"The folder {target.parent} does not exist.", EXIT_UNREACHABLE)
    if target.exists() and not args.force:
        raise CliError(f"{target} already exists; choose another name or use --force.")
    store = _open(args)
    ctx = _context(store)
    today = args.today or clock.today()
    if args.include_other_creditors and kind is not LetterKind.PROPOSAL:
        raise CliError("--include-other-creditors belongs to --kind proposal.")
    request = LetterRequest(
        args.case_id,
        kind,
        args.with_opt_out,
        args.visit,
        other_creditors="include" if args.include_other_creditors else "ask",
    )
    try:
        saved = write_letter(store, request, ctx, today, target)
    except LetterProblem as exc:
        if "other_creditor" in exc.codes:
            print("warning: the proposal uses a debt of another creditor", file=sys.stderr)
        raise CliError(f"Letter not made: {exc}.") from exc
    except FolderProblem as exc:
        raise CliError(f"Letter not made: {exc}.", EXIT_UNREACHABLE) from exc
    pages = f"{saved.pages} page{'s' if saved.pages != 1 else ''}"
    print(
        f"Wrote {saved.path} ({kind.value} letter, {pages}); recorded on the timeline of case "
        f"{args.case_id} (event {saved.event_id})."
    )
    if args.eml and saved.made is not None:
        from app.services.letters.service import write_draft_for

        try:
            draft = write_draft_for(saved.made, saved.path)
        except FolderProblem as exc:
            raise CliError(f"E-mail draft not written: {exc}.", EXIT_UNREACHABLE) from exc
        to = saved.made.to_email or "no address known: fill it in"
        print(f"Wrote the e-mail draft {draft} (to: {to}); open it and send it from Outlook.")
    return EXIT_OK


def cmd_letters(args: argparse.Namespace) -> int:
    from app.services.letters import FolderProblem, mark_batch_sent, run_feedback_batch

    action = getattr(args, "letters_command", None)
    if action == "mark-sent":
        return _letters_mark_sent(args)
    if action != "batch":
        raise CliError("Use `vangnet letters batch --due -o FOLDER`.")
    if args.via and not args.mark_sent:
        raise CliError("--via belongs to --mark-sent.")
    if args.mark_sent and not args.via:
        raise CliError(
            "--mark-sent needs --via post|email|saved: how the letters went out is recorded, "
            "never assumed. Nothing was made."
        )
    folder = Path(args.output).expanduser()
    if folder.exists() and not folder.is_dir():
        raise CliError(f"{folder} is a file, not a folder.")
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise CliError(
            f"The folder {folder} cannot be made: {exc.strerror or exc}", EXIT_UNREACHABLE
        ) from exc
    store = _open(args)
    ctx = _context(store)
    today = args.today or clock.today()
    try:
        report = run_feedback_batch(store, ctx, folder, today)
    except FolderProblem as exc:
        raise CliError(f"Batch stopped: {exc}.", EXIT_UNREACHABLE) from exc
    made = report.made
    if args.eml and made:
        from app.services.letters.batch import write_batch_drafts

        try:
            made = write_batch_drafts(made)
        except FolderProblem as exc:
            raise CliError(f"E-mail drafts not written: {exc}.", EXIT_UNREACHABLE) from exc
    for item in made:
        to = f"{item.recipient} <{item.email}>" if item.email else item.recipient
        draft = f" + {item.draft.name}" if item.draft else ""
        print(
            f"case {item.case_id}: {item.reference} | {to or '-'} | {item.kind.value} | "
            f"{item.path.name}{draft}"
        )
    for failure in report.failed:
        print(f"case {failure.case_id}: not made: {failure.english}", file=sys.stderr)
    if report.combined is not None:
        print(f"Combined for printing: {report.combined}")
    print(
        f"{len(report.made)} of {report.total} due feedback letter(s) made in {folder}"
        + (f"; {len(report.failed)} not made (listed above)" if report.failed else "")
        + "."
    )
    if args.mark_sent and report.made:
        via = args.via
        failed = mark_batch_sent(
            store, ctx, [item.case_id for item in report.made], today, today=today, channel=via
        )
        for failure in failed:
            print(f"case {failure.case_id}: not marked as sent: {failure.english}", file=sys.stderr)
        print(f"Marked {len(report.made) - len(failed)} letter(s) as sent ({via}).")
    elif report.made:
        ids = " ".join(str(item.case_id) for item in report.made)
        print(f"Nothing is marked as sent yet. After sending: vangnet letters mark-sent {ids}")
    return EXIT_REJECTED if report.failed else EXIT_OK


def _letters_mark_sent(args: argparse.Namespace) -> int:
    from app.services.letters import mark_batch_sent

    store = _open(args)
    ctx = _context(store)
    today = args.today or clock.today()
    failed = mark_batch_sent(store, ctx, list(args.case_ids), today, today=today, channel=args.via)
    for failure in failed:
        print(f"case {failure.case_id}: not marked as sent: {failure.english}", file=sys.stderr)
    print(f"Marked {len(args.case_ids) - len(failed)} letter(s) as sent ({args.via}).")
    return EXIT_REJECTED if failed else EXIT_OK


def cmd_letterhead(args: argparse.Namespace) -> int:
    from app.services.casework import load_context
    from app.services.letters import load_letterhead
    from app.services.office_settings import LetterheadChange, SettingsRefused, change_letterhead

    logo: bytes | None = None
    if args.logo is not None:
        if args.no_logo:
            raise CliError("Give --logo or --no-logo, not both.")
        try:
            logo = Path(args.logo).expanduser().read_bytes()
        except OSError as exc:
            raise CliError(f"Cannot read {args.logo}: {exc.strerror or exc}") from exc
    address = None
    if args.address is not None:
        address = [line for value in args.address for line in value.splitlines()]
    store = _open(args)
    change = LetterheadChange(
        address_lines=tuple(address) if address is not None else None,
        place=args.place,
        signer=args.signer,
        signer_function=args.signer_function,
        logo=logo,
        remove_logo=args.no_logo,
    )
    try:
        with store.transaction() as session:
            changed = change_letterhead(session, change)
            head = load_letterhead(session, load_context(session).profile.municipality)
    except SettingsRefused as exc:
        raise CliError(f"Letterhead not changed: {exc}.") from exc
    if changed:
        print(f"Letterhead changed: {', '.join(changed)}.")
    print(f"Office:   {head.office_name or '-'}  (change with `settings office`)")
    print("Address:  " + ("\n          ".join(head.address_lines) or "-"))
    print(f"Place:    {head.place}")
    print(f"Signer:   {head.signer or '-'}")
    print(f"Function: {head.signer_function or '-'}")
    print(f"Logo:     {f'{len(head.logo) // 1024 + 1} kB image' if head.logo else 'none'}")
    missing = head.missing()
    if missing:
        print(
            "warning: letters are refused until these are set: " + ", ".join(missing),
            file=sys.stderr,
        )
    return EXIT_OK


COMMANDS: dict[str, Handler] = {
    "letter": cmd_letter,
    "letters": cmd_letters,
    "letterhead": cmd_letterhead,
}
