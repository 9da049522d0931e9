# Warm latency, the start's code (c9a819b) against the final code (REV), alternated twice, nothing
# else running (the forty-second session's latency.sh: the benchmark's own child, 174 questions).
# usage: job2.sh REV
bash /work/main/evals/results/2026-12-07-forty-second/latency.sh /tmp/s46/code-c9a819b /tmp/s46/code-$1
echo ALLDONE
