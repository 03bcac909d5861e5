"""`python -m bot`: the same command line as `practice-guide`."""

import sys

from bot.cli import main

sys.exit(main())
