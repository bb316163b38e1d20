"""Storage: typed SQLAlchemy models, the engine/session factory and Alembic migrations."""

from app.storage.database import Database, open_database

__all__ = ["Database", "open_database"]
