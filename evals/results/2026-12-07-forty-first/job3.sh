# Warm latency of the code settling all eight best (job4's final code) beside the start's settings.
bash /work/main/evals/results/2026-12-07-forty-first/latency.sh /tmp/s43/final2 final-16-settled
echo ALLDONE
