"""``python -m schedule`` runs the command line."""

from schedule.cli import main

main()
