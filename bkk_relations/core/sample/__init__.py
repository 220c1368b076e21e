"""Sample data: the Bangkok demo database from public sources, and synthetic data for
benchmarks."""
