"""Evaluative questions closing with a quality word ASKS_HOW_GOOD does not hold, asked of every report."""
import sys

from ask_each import run

KINDS = {
    "quickly": ("Were children seen quickly in {c} in {y}?", r"quick|prompt|timel|delay|swift|without delay", r"prompt|timel"),
    "thorough": ("Were assessments thorough in {c} in {y}?", r"assessment", r"assessment"),
    "consistent": ("Was social work practice consistent in {c} in {y}?", r"consisten|variab|practice|quality", r"consisten"),
    "stable": ("Was the workforce stable in {c} in {y}?", r"workforce|turnover|stab|agency|vacanc|permanent", r"workforce"),
    "met": ("Were children's needs met in {c} in {y}?", r"need", r"needs"),
    "up-to-date": ("Were children's plans up to date in {c} in {y}?", r"plan", r"plans"),
    "visible": ("Were senior leaders visible in {c} in {y}?", r"visib|leader", r"visib"),
    "clear": ("Was management oversight clear in {c} in {y}?", r"oversight|supervision|manage", r"oversight"),
}

if __name__ == "__main__":
    run(KINDS, sys.argv[1:])
