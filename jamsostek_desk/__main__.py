import sys

from jamsostek_desk.cli import main

sys.exit(main())
