from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from api.db.base import Base


class ConfigurationVersion(Base):
    """One row whose token changes, in the same transaction, with any change to the desk's
    configuration (api/configuration/cache.py). No row: nothing is cached."""

    __tablename__ = "configuration_version"

    id: Mapped[int] = mapped_column(primary_key=True)
    token: Mapped[str] = mapped_column(String(32))
