"""The scorer in ../shared/eval/score.py, imported once for errors.py and
source_split.py (set WHOSAID_SHARED to read it from elsewhere)."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get("WHOSAID_SHARED", os.path.join(HERE, "..", "..", "shared"))


def load(tool):
    """score.py as a module, or exit naming `tool` and where it looked."""
    sys.path.insert(0, os.path.join(SHARED, "eval"))
    try:
        import score
    except ImportError:
        sys.exit(f"{tool}: {os.path.join(SHARED, 'eval', 'score.py')} not found (set WHOSAID_SHARED)")
    return score
