"""The SDV workbench: a case's inventory (H 6.1) and the proposals made from it (H 6.2, 6.3, 7.3).

- `inventory`  budget, budget lines and debts of a case; the office's living-cost norm
- `proposals`  making an arrangement, a settlement offer or "no proposal possible yet",
               keeping a frozen snapshot, and recording that it was sent (meets `proposal`)
"""
