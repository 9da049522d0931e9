"""Questions of other forms (weaknesses, strengths, proportions, lengths of time) asked of every
report (``python other_forms.py [kind ...]``): written, not run this session."""
import sys

from ask_each import run

KINDS = {
    "weakness": ("What was the biggest weakness in {c}'s children's services in {y}?",
                 r"\bnot\b|weak|inconsisten|insufficien|delay|poor|too |lack|variab|requires|shortfall|gaps?\b|fail", r"not"),
    "strength": ("What was {c} doing well for children in {y}?", r"good|strong|effective|\bwell\b|outstanding|robust|improv|timely", r"good"),
    "improving": ("Was {c} improving in {y}?", r"improv|progress|better|deteriorat|declin|since the (last|previous)|strengthen", r"improv"),
    "eet": ("What proportion of care leavers in {c} were in education, employment or training in {y}?", r"(\d+%|per ?cent|proportion|majority|most)",
            r"(education, employment or training|EET).{0,100}\d+%|\d+%.{0,100}(education, employment or training|EET)"),
    "adoption-wait": ("How long did children in {c} wait to be adopted in {y}?", r"days|months|weeks|timescale|quick|delay|wait",
                      r"adopt.{0,150}\bdays\b|\bdays\b.{0,150}adopt"),
    "audits": ("Did managers in {c} audit cases well in {y}?", r"audit|quality assurance", r"audit"),
    "disabled": ("How well were disabled children supported in {c} in {y}?", r"disab", r"disabled children|children with disabilities"),
    "early-help": ("Was early help effective in {c} in {y}?", r"early help", r"early help"),
}

if __name__ == "__main__":
    run(KINDS, sys.argv[1:])
