from sqlalchemy import select
from sqlalchemy.orm import Session

from api.auth.actor import Actor
from api.auth.policy import can_manage_directory
from api.category.models import Category
from api.category.schemas import CategoryPatch, CategoryWrite, DetailFieldSchema
from api.core.errors import Forbidden, NotFound, ValidationFailed


def all_categories(session: Session, *, include_inactive: bool) -> list[Category]:
    statement = select(Category).order_by(Category.parent_id.is_not(None), Category.name)
    if not include_inactive:
        statement = statement.where(Category.active.is_(True))
    return list(session.scalars(statement))


def get_category(session: Session, category_id: int) -> Category:
    category = session.get(Category, category_id)
    if category is None:
        raise NotFound(f"No category {category_id}.")
    return category


def _check_parent(session: Session, category_id: int | None, parent_id: int | None) -> None:
    """The parent must exist and must not be the category itself or one of its descendants."""
    seen: set[int] = set()
    current = parent_id
    while current is not None:
        if current == category_id or current in seen:
            raise ValidationFailed.on("parent_id", "would make the category tree a cycle")
        seen.add(current)
        parent = session.get(Category, current)
        if parent is None:
            raise ValidationFailed.on("parent_id", "no such category")
        current = parent.parent_id


def _dump(fields: list[DetailFieldSchema]) -> list[dict[str, object]]:
    return [f.model_dump(exclude_none=True) for f in fields]


def create(session: Session, actor: Actor, data: CategoryWrite) -> Category:
    if not can_manage_directory(actor.role):
        raise Forbidden("Only administrators manage categories.")
    _check_parent(session, None, data.parent_id)
    category = Category(
        name=data.name, parent_id=data.parent_id, fields=_dump(data.fields), created_at=actor.now
    )
    session.add(category)
    session.flush()
    return category


def update(session: Session, actor: Actor, category: Category, data: CategoryPatch) -> Category:
    if not can_manage_directory(actor.role):
        raise Forbidden("Only administrators manage categories.")
    changes = data.model_dump(exclude_unset=True)
    if "parent_id" in changes:
        _check_parent(session, category.id, data.parent_id)
        category.parent_id = data.parent_id
    if data.fields is not None:
        keys = [f.key for f in data.fields]
        if len(keys) != len(set(keys)):
            raise ValidationFailed.on("fields", "field keys must be unique")
        category.fields = _dump(data.fields)
    if data.name is not None:
        category.name = data.name
    if data.active is not None:
        category.active = data.active
    session.flush()
    return category
