"""Money arithmetic for debt-help (SDV) payment proposals — pure: no Qt, no database, no I/O.

* :mod:`~app.services.money.amounts` — amounts as ``Decimal`` cents: parsing Dutch input,
  integer-cent storage, Dutch display.
* :mod:`~app.services.money.budget` — repayment capacity and its derivation (H 6.3).
* :mod:`~app.services.money.arrangement` — arrears arrangement proposal (H 6.2).
* :mod:`~app.services.money.settlement` — amicable settlement offer, at most 36 months (H 7.3).
"""

from __future__ import annotations

from app.services.money.amounts import (
    CENT,
    AmountProblem,
    cents,
    format_eur,
    from_cents,
    parse_amount,
    round_money,
    to_money,
)
from app.services.money.arrangement import (
    MAX_ARRANGEMENT_MONTHS,
    ArrangementPlan,
    Instalment,
    add_months,
    long_date_nl,
    plan_arrangement,
)
from app.services.money.budget import (
    DEFAULT_NORM,
    HOUSEHOLD_LABELS_NL,
    HOUSEHOLD_TYPES,
    Budget,
    BudgetLine,
    BudgetProblem,
    Capacity,
    DerivationKind,
    DerivationLine,
    LivingCostNorm,
    NoProposal,
    NoProposalReason,
    capacity,
)
from app.services.money.settlement import (
    DEBT_KIND_LABELS_NL,
    DEBT_KINDS,
    MAX_SETTLEMENT_MONTHS,
    Debt,
    SettlementOffer,
    Share,
    plan_settlement,
)

__all__ = [
    "CENT",
    "DEBT_KINDS",
    "DEBT_KIND_LABELS_NL",
    "DEFAULT_NORM",
    "HOUSEHOLD_LABELS_NL",
    "HOUSEHOLD_TYPES",
    "MAX_ARRANGEMENT_MONTHS",
    "MAX_SETTLEMENT_MONTHS",
    "AmountProblem",
    "ArrangementPlan",
    "Budget",
    "BudgetLine",
    "BudgetProblem",
    "Capacity",
    "Debt",
    "DerivationKind",
    "DerivationLine",
    "Instalment",
    "LivingCostNorm",
    "NoProposal",
    "NoProposalReason",
    "SettlementOffer",
    "Share",
    "add_months",
    "capacity",
    "cents",
    "format_eur",
    "from_cents",
    "long_date_nl",
    "parse_amount",
    "plan_arrangement",
    "plan_settlement",
    "round_money",
    "to_money",
]
