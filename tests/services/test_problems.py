"""Problems are data: a code from the one catalogue plus its parameters, rendered in one pass."""

from __future__ import annotations

import errno
import pickle

import pytest

from app.services.errors import os_reason
from app.services.problems import Problem, Refusal, fields_of, problem
from app.services.problems.catalogue import CATALOGUE, _merge


def test_every_catalogue_text_has_well_formed_placeholders() -> None:
    for code, text in CATALOGUE.items():
        names = fields_of(text)  # raises on a stray brace
        assert all(name.isidentifier() for name in names), code
        assert text.strip() == text and text, code


def test_a_problem_must_use_a_known_code_and_exactly_its_placeholders() -> None:
    with pytest.raises(KeyError, match="no catalogue text"):
        Problem("no.such.code")
    with pytest.raises(ValueError, match="needs"):
        problem("os.disk_full", name="x")


def test_a_code_defined_twice_is_refused() -> None:
    with pytest.raises(ValueError, match="defined twice"):
        _merge(({"a": "x"}, {"a": "y"}))


def test_values_are_filled_in_one_pass_and_problems_nest() -> None:
    reason = os_reason(OSError(errno.ENOSPC, "No space left on device"))
    item = problem("file.unreadable", name="{reason}.csv", reason=reason)
    assert item.english() == "the file {reason}.csv cannot be read (the disk is full)"


def test_the_operating_system_reason_is_a_problem_not_its_english_strerror() -> None:
    assert os_reason(OSError(errno.EACCES, "Permission denied")).code == "os.no_access"
    assert os_reason(OSError(errno.ENOSPC, "x")).english() == "the disk is full"
    assert os_reason(ValueError("x")).code == "os.refused"
    assert os_reason(OSError(9999, "strange")).code == "os.refused"


def test_a_refusal_is_english_for_the_command_line_and_keeps_its_problems() -> None:
    refusal = Refusal(os_reason(OSError(errno.ENOSPC, "")), os_reason(OSError(errno.EROFS, "")))
    assert refusal.codes == ("os.disk_full", "os.read_only")
    assert str(refusal) == "the disk is full\nit can only be read there, not written"
    headed = Refusal(Problem("os.busy"), heading=Problem("general.refused"))
    assert str(headed).splitlines()[1] == "  the file is in use"
    with pytest.raises(ValueError):
        Refusal()


class _DiskRefusal(Refusal):
    pass


def test_a_refusal_survives_pickling_with_its_kind() -> None:
    again = pickle.loads(pickle.dumps(_DiskRefusal(Problem("os.disk_full"))))
    assert type(again) is _DiskRefusal
    assert again.codes == ("os.disk_full",)
    assert str(again) == "the disk is full"
