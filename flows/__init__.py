"""Prefect flows: ``pipeline`` wires the stages; ``deployments`` serves the schedules."""

from sitrep.config import quiet_environment

quiet_environment()
