"""Developer tools run as modules (``python -m tools.crash_drill``); not part of the app."""
