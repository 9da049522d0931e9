"""How-good questions naming a council and no year, asked of every report (the newest of a council's
reports answers, as routing picks it)."""
import sys

from ask_each import run

KINDS = {
    "ny-safe": ("Were children safe in {c}?", r"\bsafe\b|\bsafely\b|unsafe|not (be )?safeguarded|inadequate|harm\b|protected", r"\bsafe"),
    "ny-disabled": ("How well were disabled children supported in {c}?", r"disab", r"disabled children|children with disabilities"),
    "ny-early-help": ("Was early help effective in {c}?", r"early help", r"early help"),
    "ny-thorough": ("Were assessments thorough in {c}?", r"assessment", r"assessment"),
}

if __name__ == "__main__":
    run(KINDS, sys.argv[1:])
