import sys
sys.path.insert(0, '/work/main/evals/results/2026-12-06-thirty-first/library-templates')
from ask_each import run
from other_forms import KINDS as K
K2 = {
 "judged-inadequate": ("Was {c} judged inadequate in {y}?", r"inadequate|requires improvement|good|outstanding", r"inadequate"),
 "rated": ("How was {c} rated in {y}?", r"inadequate|requires improvement|good|outstanding", r"overall"),
}
K.update(K2)
run(K, sys.argv[1:])
