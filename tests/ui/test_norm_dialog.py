"""Settings → living-cost norm: saved only when every amount is valid; the capacity follows."""

from __future__ import annotations

from decimal import Decimal

from pytestqt.qtbot import QtBot

from app.services.sdv.inventory import living_cost_norm, max_arrangement_months
from app.services.workspace import Workspace
from app.ui.norm_dialog import NormDialog


def test_saves_the_norm_and_the_longest_arrangement(qtbot: QtBot, office: Workspace) -> None:
    dialog = NormDialog(office)
    qtbot.addWidget(dialog)
    assert dialog.fields["alleenstaande"].text() == "300,00"  # the default
    dialog.fields["alleenstaande"].setText("1.050,00")
    dialog.per_child.setText("125")
    dialog.months.setValue(18)
    dialog.save()
    assert dialog.result() == NormDialog.DialogCode.Accepted
    with office.store.session() as session:
        norm = living_cost_norm(session)
        assert norm.monthly["alleenstaande"] == Decimal("1050.00")
        assert norm.per_child == Decimal("125.00")
        assert max_arrangement_months(session) == 18


def test_an_invalid_amount_is_named_and_nothing_is_saved(
    qtbot: QtBot, office: Workspace
) -> None:
    dialog = NormDialog(office)
    qtbot.addWidget(dialog)
    dialog.fields["paar"].setText("twaalf")
    dialog.months.setValue(30)
    dialog.save()
    assert dialog.result() != NormDialog.DialogCode.Accepted
    assert "paar" in dialog.message.text()
    with office.store.session() as session:
        assert living_cost_norm(session).monthly["paar"] == Decimal("450.00")
        assert max_arrangement_months(session) == 12
