"""Sample-record generator: YAML scenarios -> deterministic PDF packets + gold labels."""
