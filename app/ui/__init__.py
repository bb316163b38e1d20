"""The Qt face of ShipProof: the only package allowed to import PySide6."""
