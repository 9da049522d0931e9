"""The evaluation harness: metrics and question sets, the SQuAD importer, the benchmark.

It uses the ``Assistant`` facade and public functions only, never the CLI or the chat.
"""
