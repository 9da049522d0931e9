import sys
sys.path.insert(0, '/work/main/evals/results/2026-12-06-thirty-first/library-templates')
from ask_each import run
from other_forms import KINDS as K
KINDS = {
    "weakness-p": ("What is the biggest weakness in {c}'s children's services in {y}?",) + K["weakness"][1:],
    "strength-p": ("What is {c} doing well for children in {y}?",) + K["strength"][1:],
    "improving-p": ("Is {c} improving in {y}?",) + K["improving"][1:],
    "eet-p": ("What proportion of care leavers in {c} are in education, employment or training in {y}?",) + K["eet"][1:],
    "adoption-wait-p": ("How long do children in {c} wait to be adopted in {y}?",) + K["adoption-wait"][1:],
    "audits-p": ("Do managers in {c} audit cases well in {y}?",) + K["audits"][1:],
    "early-help-p": ("Is early help effective in {c} in {y}?",) + K["early-help"][1:],
}
run(KINDS, sys.argv[1:])
