"""Quality evaluation against the gold data, and benchmarks."""
