import sys
sys.path.insert(0, "/tmp/s27")
import densehook  # noqa
from assistant.cli import main
sys.exit(main())
