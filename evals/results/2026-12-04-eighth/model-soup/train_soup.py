"""The CLI's training call with each ingredient's fp32 weights kept (for study)."""
import sys, time
from pathlib import Path
from assistant import paths
from assistant.evals.training import OFSTED_TRAIN_FILE, TrainConfig, train
out = Path(sys.argv[1])
config = TrainConfig(ingredients=2, keep_ingredients=True)
train(paths.SQUAD_DEV_FILE, out, ofsted_rows=OFSTED_TRAIN_FILE, ofsted_reports=paths.OFSTED_REPORTS_DIR, config=config,
      log=lambda m: print(time.strftime("%H:%M:%S"), m, flush=True))
