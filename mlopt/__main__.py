"""`python -m mlopt` runs the CLI."""

from mlopt.cli.main import main

main()
