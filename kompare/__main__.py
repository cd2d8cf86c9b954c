"""``python -m kompare``: the same as the ``kompare`` command."""

import sys

from kompare.cli import main

sys.exit(main())
