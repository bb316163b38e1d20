"""Paper: PDFs ShipProof prints (packing slips and pick lists now; evidence packs later)."""
