"""Tracking providers: one small adapter each on the interface in :mod:`.base`."""
