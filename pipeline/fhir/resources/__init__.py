"""Package data: the FHIR profile, extension and code-system URLs authreview writes and reads."""
