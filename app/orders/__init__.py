"""Orders: reading platform exports, normalizing them and keeping them in the database."""
