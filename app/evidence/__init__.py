"""Evidence packs: the PDF that proves one parcel's story, resting on verified records."""
