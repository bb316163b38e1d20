"""Dispatch: tracking-number rules and the packing station's scan-to-dispatch logic."""
