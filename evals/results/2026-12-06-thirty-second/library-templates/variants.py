import sys
sys.path.insert(0, '/work/main/evals/results/2026-12-06-thirty-first/library-templates')
from ask_each import run
D = (r"disab", r"disabled children|children with disabilities")
W = (r"\bnot\b|weak|inconsisten|insufficien|delay|poor|too |lack|variab|requires|shortfall|gaps?\b|fail", r"not")
KINDS = {
    "dis-are": ("How well are disabled children supported in {c} in {y}?",) + D,
    "dis-good": ("How good was the support for disabled children in {c} in {y}?",) + D,
    "dis-say": ("What did Ofsted say about support for disabled children in {c} in {y}?",) + D,
    "weak-plural": ("What were the weaknesses in {c}'s children's services in {y}?",) + W,
    "weak-improve": ("What needed to improve in {c}'s children's services in {y}?",) + W,
}
run(KINDS, sys.argv[1:])
