# After job2: the final code (settling, names, next inspection; HEAD e49c4d4) beside the start in one
# quiet job (the test half with --compare), then every set, then warm latency alternated (job3.sh).
export OUTDIR=/tmp/s43/out4 LIBI=/tmp/s42/idx/lib SHIPI=/tmp/s42/idx/shipped
CODE=/tmp/s43/base bash /work/main/evals/results/2026-12-07-forty-first/ev.sh base "oftest"
CODE=/tmp/s43/final2 bash /work/main/evals/results/2026-12-07-forty-first/ev.sh final2 "oftest"
CODE=/tmp/s43/final2 bash /work/main/evals/results/2026-12-07-forty-first/ev.sh final2 "oftune shipped convof hoof heldout7 dev para compare names convsh hoof2 ho3 ho4 short heldout5 heldout6 heldout6sh sections-heldout"
bash /work/main/evals/results/2026-12-07-forty-first/job3.sh > /tmp/s43/job3.log 2>&1
# The hostile probe's 218 questions, asked of the start and of the final code.
for code in base final2; do
  (cd /tmp/s43/$code && ASSISTANT_ENCODER=onnx HF_HUB_OFFLINE=1 /work/main/.venv/bin/python -m assistant ask --corpus /tmp/ofsted-lib --index /tmp/s42/idx/lib --json - < /tmp/s43/probe-all.txt > /tmp/s43/probe-$code.jsonl 2> /tmp/s43/probe-$code.err)
done
echo ALLDONE
