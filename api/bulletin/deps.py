from typing import Annotated

from fastapi import Depends, Path, Request

from api.auth.deps import CurrentActor
from api.bulletin.models import Bulletin
from api.bulletin.service import get_readable
from api.core.deps import SAFE_METHODS, SessionDep


def load_bulletin(
    request: Request,
    actor: CurrentActor,
    session: SessionDep,
    bulletin_id: Annotated[int, Path(description="The bulletin's id.")],
) -> Bulletin:
    """The bulletin if the actor may read it; a 404 either way."""
    return get_readable(session, actor, bulletin_id, for_update=request.method not in SAFE_METHODS)


BulletinDep = Annotated[Bulletin, Depends(load_bulletin)]
