"""Answers: cited extractive answers and their citation checks, the history store, export. Headless."""
