"""Tracking providers: one small adapter each on the interface in :mod:`.base`, carrying its
own facts (:mod:`.info`), gathered by name in :mod:`.registry`."""
