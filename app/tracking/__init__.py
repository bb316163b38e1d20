"""Tracking: carrier and aggregator providers, the simulator, refreshing and archiving."""
