"""The review app and the loop it closes.

A reviewer reads a packet's report, agrees with or overrides each criterion (with a
reason and the evidence they confirm) and records the packet's decision under their
name (``app``, ``decide``); decisions and their append-only audit trail live in the
output folder (``store``). ``export`` writes decided packets as labelled records, so
``authreview evaluate`` measures the pipeline against real reviewer decisions.
"""
