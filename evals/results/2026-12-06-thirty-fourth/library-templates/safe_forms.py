"""Questions asking whether children were safe, asked of every report."""
import sys

from ask_each import run

KINDS = {
    "safe": ("Were children safe in {c} in {y}?", r"\bsafe|risk|protect|harm", r"\bsafe"),
    "safe-kept": ("Did {c} keep children safe in {y}?", r"\bsafe|risk|protect|harm", r"\bsafe"),
    "safe-cp": ("Were children at risk of harm protected in {c} in {y}?", r"\bsafe|risk|protect|harm", r"protect"),
}

if __name__ == "__main__":
    run(KINDS, sys.argv[1:])
