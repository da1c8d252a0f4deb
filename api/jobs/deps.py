from typing import Annotated

from fastapi import Depends

from api.auth.actor import Actor
from api.auth.deps import CurrentActor
from api.auth.policy import can_manage_users
from api.core.errors import NotFound


async def get_job_admin(actor: CurrentActor) -> Actor:
    """An administrator; anyone else is told there is no such job (jobs are not theirs)."""
    if not can_manage_users(actor.role):
        raise NotFound("No such job.")
    return actor


JobAdmin = Annotated[Actor, Depends(get_job_admin)]
