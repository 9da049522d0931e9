# The quiet jobs, one after the other, nothing else running: the test half (job3.sh), then warm
# latency alternated (job2.sh).  usage: quiet.sh REV
bash /work/main/evals/results/2026-12-08-forty-fourth/job3.sh $1
bash /work/main/evals/results/2026-12-08-forty-fourth/job2.sh $1
echo QUIETDONE
