from typing import Annotated

from fastapi import Depends, Path, Request

from api.auth.deps import CurrentActor
from api.auth.policy import can_manage_users
from api.core.deps import SAFE_METHODS, SessionDep
from api.core.errors import NotFound
from api.webhook import service
from api.webhook.models import WebhookDelivery, WebhookSubscription


def load_subscription(
    request: Request,
    actor: CurrentActor,
    session: SessionDep,
    webhook_id: Annotated[int, Path(description="The webhook's id.")],
) -> WebhookSubscription:
    """An administrator's webhook; anyone else is told there is no such webhook."""
    if not can_manage_users(actor.role):
        raise NotFound(f"No webhook {webhook_id}.")
    return service.get_subscription(
        session, webhook_id, for_update=request.method not in SAFE_METHODS
    )


WebhookDep = Annotated[WebhookSubscription, Depends(load_subscription)]


def load_delivery(
    request: Request,
    subscription: WebhookDep,
    session: SessionDep,
    delivery_id: Annotated[int, Path(description="The delivery's id.")],
) -> WebhookDelivery:
    return service.get_delivery(
        session, subscription, delivery_id, for_update=request.method not in SAFE_METHODS
    )


DeliveryDep = Annotated[WebhookDelivery, Depends(load_delivery)]
