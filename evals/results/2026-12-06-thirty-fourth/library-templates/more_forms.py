"""Evaluative questions in words ASKS_HOW_GOOD does not hold, asked of every report."""
import sys

from ask_each import run

KINDS = {
    "protected": ("Were children at risk of harm protected in {c} in {y}?", r"protect|\brisk|harm|safe", r"protect"),
    "supported": ("Were care leavers supported in {c} in {y}?", r"care leaver|young people|personal advis", r"care leaver"),
    "listened": ("Were children listened to in {c} in {y}?", r"listen|voice|views|wishes|heard", r"listen"),
    "stable": ("Did children in care in {c} have stable placements in {y}?", r"stab|placement|moves", r"stab"),
    "high": ("Were social workers' caseloads high in {c} in {y}?", r"caseload", r"caseload"),
    "visited": ("Were children in care visited regularly in {c} in {y}?", r"visit", r"visit"),
}

if __name__ == "__main__":
    run(KINDS, sys.argv[1:])
