# Warm latency, the start's code (b76c7b9) against the final code (REV), alternated twice, nothing
# else running (the forty-second session's latency.sh: the benchmark's own child, 174 questions).
# usage: job2.sh REV
bash /work/main/evals/results/2026-12-07-forty-second/latency.sh /tmp/s44/code-b76c7b9 /tmp/s45/code-$1
echo ALLDONE
