"""Benchmarks of Procesplaat: ratios against floors measured in the same run."""
