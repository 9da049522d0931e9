"""Two-turn conversations asked of every report (``python conversations.py [kind ...]``): the
thirtieth session's six (its templates5.py; logs t5-*.log) and six more (logs t6-*.log)."""
import sys

from ask_each import run

G = r"(good|outstanding|inadequate|requires? improvement|adequate)"
KINDS = {
    # the thirtieth session's templates5.py
    "rate-leavers": (["How did Ofsted rate {c}'s children's services in {y}?", "And care leavers?"],
                     r"(care leavers|leaving care).{0,80}" + G + "|" + G + ".{0,80}(care leavers|leaving care)", r"care leavers.{0,80}" + G),
    "lead-when": (["Who led the {c} inspection in {y}?", "When did it take place?"],
                  r"inspection dates?|inspected (on|between|from)|\b\d{1,2}\s*(to|–|-)\s*\d{1,2}\s+\w+\s+\d{4}", r"inspection dates?"),
    "when-lead": (["When did Ofsted inspect {c} in {y}?", "Who led it?"], r"lead inspector|her majesty|his majesty|HMI", r"lead inspector"),
    "help-cic": (["How was help and protection for children graded in {c} in {y}?", "What about children in care?"],
                 r"(in care|looked after).{0,120}" + G + "|" + G + ".{0,60}(in care|looked after)", r"(in care|looked after).{0,120}" + G),
    "cp-cic": (["How many children were on child protection plans in {c} in {y}?", "And how many were in care?"],
               r"(in care|looked after).{0,160}\d|\d.{0,160}(in care|looked after)", r"\d[\d,]* children.{0,60}(looked after|in care)"),
    "recs-leaders": (["What did Ofsted tell {c} to improve after the {y} inspection?", "How were its leaders rated?"],
                     r"(leadership|leaders|management).{0,80}" + G, r"(leadership|leaders|management).{0,80}" + G),
    # this session's
    "grade-recs": (["What grade did {c} get in {y}?", "What did Ofsted recommend?"], None, r"recommendations|what needs to improve|areas for improvement"),
    "lead-leavers": (["Who led the {c} inspection in {y}?", "What did they find about care leavers?"], r"care leavers?|leaving care|leave care", r"care leaver"),
    "say-previous": (["What did Ofsted say about {c} in {y}?", "And what was the previous judgement?"],
                     r"(previous|last|prior) (ofsted )?inspection|previously|was judged|were judged", r"(previous|last) inspection"),
    "grade-improved": (["How did Ofsted rate {c}'s children's services in {y}?", "Has it improved since the last inspection?"],
                       r"since the (last|previous)|(last|previous) inspection|improv", r"since the (last|previous)"),
    "door-caseload": (["What did Ofsted find about the front door in {c} in {y}?", "Were caseloads manageable there?"], r"caseload", r"caseload"),
    "leavers-pathway": (["How were care leavers doing in {c} in {y}?", "Do they have pathway plans?"], r"pathway plan", r"pathway plan"),
}

if __name__ == "__main__":
    run(KINDS, sys.argv[1:])
