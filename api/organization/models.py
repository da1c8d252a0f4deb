from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from api.db.base import Base, CreatedAtMixin


class Organization(CreatedAtMixin, Base):
    __tablename__ = "organization"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    # Customers of a shared organization see each other's tickets.
    shared_tickets: Mapped[bool] = mapped_column(default=False)

    departments: Mapped[list["Department"]] = relationship(
        lazy="selectin", order_by="Department.name", cascade="all, delete-orphan"
    )
    locations: Mapped[list["Location"]] = relationship(
        lazy="selectin", order_by="Location.name", cascade="all, delete-orphan"
    )


class Department(Base):
    __tablename__ = "department"
    __table_args__ = (UniqueConstraint("organization_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))


class Location(Base):
    __tablename__ = "location"
    __table_args__ = (UniqueConstraint("organization_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(String(500))
