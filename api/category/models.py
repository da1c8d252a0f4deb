from typing import Any

from sqlalchemy import JSON, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from api.category.details import DetailField, FieldType
from api.db.base import Base, CreatedAtMixin


class Category(CreatedAtMixin, Base):
    """A node of the admin-managed category tree; it defines its tickets' detail fields."""

    __tablename__ = "category"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("category.id", ondelete="RESTRICT"), index=True
    )
    active: Mapped[bool] = mapped_column(default=True)
    # A list of DetailField as plain dicts.
    fields: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)

    @property
    def detail_fields(self) -> list[DetailField]:
        return [
            DetailField(
                key=f["key"],
                label=f["label"],
                type=FieldType(f["type"]),
                required=bool(f.get("required", False)),
                choices=tuple(f.get("choices") or ()),
                pattern=f.get("pattern"),
                max_length=int(f.get("max_length", 500)),
            )
            for f in self.fields
        ]
