from typing import Annotated

from fastapi import Depends, Path, Request

from api.auth.deps import AdminActor
from api.core.deps import SAFE_METHODS, SessionDep
from api.mail.mailbox.models import Mailbox
from api.mail.mailbox.service import get_mailbox


def load_mailbox(
    request: Request,
    actor: AdminActor,
    session: SessionDep,
    mailbox_id: Annotated[int, Path(description="The mailbox's id.")],
) -> Mailbox:
    return get_mailbox(session, mailbox_id, for_update=request.method not in SAFE_METHODS)


MailboxDep = Annotated[Mailbox, Depends(load_mailbox)]
