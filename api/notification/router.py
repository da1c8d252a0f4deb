from typing import Annotated

from fastapi import APIRouter, Query, Response

from api.auth.deps import CurrentActor
from api.core import conditional
from api.core.deps import SessionDep, SettingsDep
from api.core.errors import problem_responses
from api.core.pagination import DEFAULT_LIMIT, MAX_LIMIT
from api.notification import preferences, repository, service
from api.notification.models import NotificationPreference
from api.notification.schemas import (
    EmailChoice,
    MarkedRead,
    NotificationOut,
    NotificationPage,
    NotificationPreferencesIn,
    NotificationPreferencesOut,
)

router = APIRouter(prefix="/notifications", tags=["notifications"])
preferences_router = APIRouter(prefix="/me/notification-preferences", tags=["notifications"])


@router.get(
    "",
    operation_id="notifications-list",
    response_model=NotificationPage,
    responses=problem_responses(400, 401, 422),
    summary="Your notifications, newest first, with your unread count",
)
def list_notifications(
    actor: CurrentActor,
    session: SessionDep,
    unread: Annotated[bool, Query(description="Only the ones not read yet.")] = False,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
) -> NotificationPage:
    rows, next_cursor = repository.page_of(
        session, actor.id, unread=unread, cursor=cursor, limit=limit
    )
    return NotificationPage(
        items=[NotificationOut.of(n) for n in rows],
        next_cursor=next_cursor,
        unread_count=repository.unread_count(session, actor.id),
    )


@router.post(
    "/read",
    operation_id="notifications-mark-all-read",
    response_model=MarkedRead,
    responses=problem_responses(401),
    summary="Mark every notification of yours read",
)
def mark_all_read(actor: CurrentActor, session: SessionDep) -> MarkedRead:
    return MarkedRead(marked=service.mark_all_read(session, actor))


@router.post(
    "/{notification_id}/read",
    operation_id="notifications-mark-read",
    response_model=NotificationOut,
    responses=problem_responses(401, 404),
    summary="Mark one of your notifications read (idempotent)",
)
def mark_read(notification_id: int, actor: CurrentActor, session: SessionDep) -> NotificationOut:
    notification = service.get_own(session, actor, notification_id)
    return NotificationOut.of(service.mark_read(session, actor, notification))


def _preferences_out(
    actor: CurrentActor, preference: NotificationPreference | None, default_language: str
) -> NotificationPreferencesOut:
    return NotificationPreferencesOut(
        language=preferences.language_of(preference, default_language),
        email=[
            EmailChoice(kind=kind, email=preferences.wants_email(preference, kind))
            for kind in preferences.kinds_for(actor.role)
        ],
        in_app_always=actor.is_staff,
    )


@preferences_router.get(
    "",
    operation_id="notifications-preferences-get",
    response_model=NotificationPreferencesOut,
    responses=problem_responses(401),
    summary="Which emails you receive, and in which language",
)
def get_preferences(
    actor: CurrentActor, session: SessionDep, settings: SettingsDep, response: Response
) -> NotificationPreferencesOut:
    preference = preferences.of_user(session, actor.id)
    response.headers["ETag"] = preferences.preference_etag(actor.id, preference)
    return _preferences_out(actor, preference, settings.mail_default_language)


@preferences_router.put(
    "",
    operation_id="notifications-preferences-put",
    response_model=NotificationPreferencesOut,
    responses=problem_responses(401, 412, 422),
    summary="Choose which emails you receive, and their language",
)
def put_preferences(
    data: NotificationPreferencesIn,
    actor: CurrentActor,
    session: SessionDep,
    settings: SettingsDep,
    response: Response,
    if_match: conditional.IfMatch = None,
) -> NotificationPreferencesOut:
    choices = {choice.kind: choice.email for choice in data.email}
    preference = preferences.update(session, actor, data.language, choices, if_match)
    response.headers["ETag"] = preferences.preference_etag(actor.id, preference)
    return _preferences_out(actor, preference, settings.mail_default_language)
