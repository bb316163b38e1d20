"""ShipProof: import, dispatch, track and prove every parcel of a small online shop."""

__version__ = "0.1.0"
