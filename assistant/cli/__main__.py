"""`python -m assistant.cli ...` runs the `rodatraden` command."""

import sys

from assistant.cli import main

sys.exit(main())
