from typing import Annotated

from fastapi import Depends, Path

from api.auth.deps import AdminActor
from api.core.deps import SessionDep
from api.core.errors import NotFound
from api.db.base import fits_integer
from api.mail.inbound.models import QuarantinedMail


async def _quarantined_mail(
    quarantine_id: Annotated[int, Path()], actor: AdminActor, session: SessionDep
) -> QuarantinedMail:
    item = session.get(QuarantinedMail, quarantine_id) if fits_integer(quarantine_id) else None
    if item is None:
        raise NotFound(f"No quarantined mail {quarantine_id}.")
    return item


QuarantinedMailDep = Annotated[QuarantinedMail, Depends(_quarantined_mail)]
