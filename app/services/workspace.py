"""An unlocked office database with everything a screen needs: store, rules, office facts, clock.

The desktop client holds one `Workspace` while unlocked and drops it (and with it the key) when
it locks. Dialogs receive it; they never open the store themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from app.services import audit
from app.services.casework import RulesContext, load_context, recompute_if_rules_changed
from app.services.clock import today as clock_today
from app.services.covenant import ensure_profile_stored
from app.services.organisations import ensure_profile_organisations
from app.services.store import Store, get_setting


@dataclass
class Workspace:
    store: Store
    ctx: RulesContext
    office_name: str
    is_demo: bool
    actor: str
    clock: Callable[[], date] = field(default=clock_today)

    def today(self) -> date:
        return self.clock()

    def close(self) -> None:
        self.store.close()


def open_workspace(store: Store, clock: Callable[[], date] = clock_today) -> Workspace:
    with store.transaction() as session:
        ensure_profile_stored(session)  # an older office's own covenant file, taken in once
        ctx = load_context(session)
        ensure_profile_organisations(session, ctx.profile)
        recompute_if_rules_changed(session, ctx)
        office = get_setting(session, "office_name", "Vangnet") or "Vangnet"
        demo = get_setting(session, "demo") == "true"
    return Workspace(store, ctx, office, demo, audit.current_actor(), clock)
