from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from api.auth.deps import AdminActor, CurrentActor
from api.core import conditional
from api.core.deps import SessionDep, SettingsDep
from api.core.errors import problem_responses
from api.core.pagination import DEFAULT_LIMIT, MAX_LIMIT, Page, decode_cursor, encode_cursor
from api.core.schemas import NO_NUL
from api.webhook import repository, service
from api.webhook.deps import DeliveryDep, WebhookDep
from api.webhook.kinds import DeliveryStatus
from api.webhook.models import WebhookSubscription
from api.webhook.schemas import (
    DeliveryDetail,
    DeliveryOut,
    WebhookCreate,
    WebhookOut,
    WebhookPatch,
    WebhookWithSecret,
)

router = APIRouter(prefix="/webhooks", tags=["webhooks"])

CURSOR_KIND = "webhook-deliveries"


def _etag(subscription: WebhookSubscription) -> str:
    return conditional.etag("webhook", subscription.id, subscription.version)


@router.get(
    "",
    operation_id="webhooks-list",
    response_model=Page[WebhookOut],
    responses=problem_responses(401, 403),
    summary="Every webhook (administrators only)",
)
def list_webhooks(actor: AdminActor, session: SessionDep) -> Page[WebhookOut]:
    subscriptions = repository.all_subscriptions(session)
    return Page[WebhookOut](items=[WebhookOut.model_validate(s) for s in subscriptions])


@router.post(
    "",
    operation_id="webhooks-create",
    response_model=WebhookWithSecret,
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 422),
    summary="Subscribe a URL to ticket events; the answer shows its signing secret, once",
)
def create_webhook(
    data: WebhookCreate,
    actor: AdminActor,
    session: SessionDep,
    settings: SettingsDep,
    response: Response,
) -> WebhookWithSecret:
    subscription = service.create(session, actor, data, settings)
    response.headers["ETag"] = _etag(subscription)
    return WebhookWithSecret.model_validate(subscription)


@router.get(
    "/{webhook_id}",
    operation_id="webhooks-get",
    response_model=WebhookOut,
    responses=problem_responses(401, 404),
)
def get_webhook(subscription: WebhookDep, response: Response) -> WebhookOut:
    response.headers["ETag"] = _etag(subscription)
    return WebhookOut.model_validate(subscription)


@router.patch(
    "/{webhook_id}",
    operation_id="webhooks-update",
    response_model=WebhookOut,
    responses=problem_responses(401, 404, 412, 422),
    summary="Change the URL or the event types, or turn the webhook off or back on",
)
def update_webhook(
    data: WebhookPatch,
    subscription: WebhookDep,
    actor: CurrentActor,
    session: SessionDep,
    settings: SettingsDep,
    response: Response,
    if_match: conditional.IfMatch = None,
) -> WebhookOut:
    conditional.require_match(if_match, _etag(subscription), "webhook")
    subscription = service.update(session, actor, subscription, data, settings)
    response.headers["ETag"] = _etag(subscription)
    return WebhookOut.model_validate(subscription)


@router.delete(
    "/{webhook_id}",
    operation_id="webhooks-delete",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 404, 412),
    summary="Remove the webhook and its delivery log",
)
def delete_webhook(
    subscription: WebhookDep, session: SessionDep, if_match: conditional.IfMatch = None
) -> Response:
    conditional.require_match(if_match, _etag(subscription), "webhook")
    service.delete(session, subscription)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post(
    "/{webhook_id}/rotate-secret",
    operation_id="webhooks-rotate-secret",
    response_model=WebhookWithSecret,
    responses=problem_responses(401, 404),
    summary="Replace the signing secret; the answer shows the new one, once",
)
def rotate_secret(
    subscription: WebhookDep, actor: CurrentActor, session: SessionDep, response: Response
) -> WebhookWithSecret:
    service.rotate_secret(session, actor, subscription)
    session.flush()
    response.headers["ETag"] = _etag(subscription)
    return WebhookWithSecret.model_validate(subscription)


@router.post(
    "/{webhook_id}/ping",
    operation_id="webhooks-ping",
    response_model=DeliveryOut,
    status_code=status.HTTP_202_ACCEPTED,
    responses=problem_responses(401, 404, 409),
    summary="Send a `ping` event to the webhook, to test it",
)
def ping_webhook(subscription: WebhookDep, actor: CurrentActor, session: SessionDep) -> DeliveryOut:
    return DeliveryOut.model_validate(service.ping(session, actor, subscription))


@router.get(
    "/{webhook_id}/deliveries",
    operation_id="webhooks-deliveries-list",
    response_model=Page[DeliveryOut],
    responses=problem_responses(400, 401, 404, 422),
    summary="The webhook's delivery log, newest first",
)
def list_deliveries(
    subscription: WebhookDep,
    session: SessionDep,
    status: DeliveryStatus | None = None,
    event_type: Annotated[str | None, Query(max_length=40, pattern=NO_NUL)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
    cursor: str | None = None,
) -> Page[DeliveryOut]:
    before_id = decode_cursor(cursor, CURSOR_KIND, (int,))[0] if cursor else None
    rows = repository.page_of_deliveries(
        session,
        subscription.id,
        status=status,
        event_type=event_type,
        before_id=before_id,
        limit=limit + 1,
    )
    next_cursor = encode_cursor(CURSOR_KIND, [rows[limit - 1].id]) if len(rows) > limit else None
    return Page[DeliveryOut](
        items=[DeliveryOut.model_validate(row) for row in rows[:limit]], next_cursor=next_cursor
    )


@router.get(
    "/{webhook_id}/deliveries/{delivery_id}",
    operation_id="webhooks-deliveries-get",
    response_model=DeliveryDetail,
    responses=problem_responses(401, 404),
    summary="One delivery: the payload sent and every attempt",
)
def get_delivery(delivery: DeliveryDep, session: SessionDep) -> DeliveryDetail:
    return DeliveryDetail.of(delivery, repository.attempts_of(session, delivery.id))


@router.post(
    "/{webhook_id}/deliveries/{delivery_id}/redeliver",
    operation_id="webhooks-deliveries-redeliver",
    response_model=DeliveryOut,
    status_code=status.HTTP_202_ACCEPTED,
    responses=problem_responses(401, 404, 409),
    summary="Send a delivered or failed (dead-lettered) delivery again, same event id",
)
def redeliver(
    delivery: DeliveryDep,
    subscription: WebhookDep,
    actor: CurrentActor,
    session: SessionDep,
) -> DeliveryOut:
    return DeliveryOut.model_validate(service.redeliver(session, actor, subscription, delivery))
