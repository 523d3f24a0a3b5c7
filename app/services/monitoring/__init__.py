"""Monitoring and the six-monthly evaluation (H 9.2, 9.5; A 4): the figures the covenant asks
for, per period, as counts only — small numbers hidden — for the window, the evaluation pack
(PDF) and the policy adviser's spreadsheet."""

#: what a report can be written as: the evaluation pack, or the policy adviser's spreadsheet
FORMATS = ("pdf", "xlsx", "csv", "json")
