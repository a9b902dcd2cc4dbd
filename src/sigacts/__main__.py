"""`python -m sigacts` runs the command-line interface."""

from sigacts.cli.main import run

run()
