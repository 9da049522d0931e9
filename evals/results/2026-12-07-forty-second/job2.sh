# Warm latency, the start's code (9c20be4, /tmp/s43/final4) against the final code (473e673), alternated
# twice, nothing else running.
bash /work/main/evals/results/2026-12-07-forty-second/latency.sh /tmp/s43/final4 /tmp/s44/code-473e673
echo ALLDONE
