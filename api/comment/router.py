from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response, status

from api.auth.deps import CurrentActor
from api.comment import repository, service
from api.comment.schemas import CommentCreate, CommentEmail, CommentOut
from api.core.answers import json_answer
from api.core.deps import SessionDep, SettingsDep
from api.core.errors import problem_responses
from api.core.pagination import MAX_LIMIT, Page
from api.idempotency.deps import IdempotentCreateDep
from api.mail.inbound import repository as mail_in
from api.ticket.deps import TicketDep

router = APIRouter(prefix="/tickets/{number}/comments", tags=["comments"])


@router.post(
    "",
    operation_id="comments-create",
    response_model=CommentOut,
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(400, 401, 403, 404, 409, 422),
    summary="Reply publicly or add an internal note (staff)",
)
def create_comment(
    request: Request,
    data: CommentCreate,
    ticket: TicketDep,
    actor: CurrentActor,
    session: SessionDep,
    settings: SettingsDep,
    idempotent: IdempotentCreateDep,
) -> Response:
    def create() -> tuple[dict[str, Any], dict[str, str]]:
        comment = service.add_comment(session, actor, ticket, data)
        return CommentOut.model_validate(comment).model_dump(mode="json"), {}

    return idempotent.respond(data.model_dump(mode="json", exclude_unset=True), create)


@router.get(
    "",
    operation_id="comments-list",
    response_model=Page[CommentOut],
    responses=problem_responses(400, 401, 404, 422),
    summary="The conversation, oldest first (customers never see internal notes)",
)
def list_comments(
    ticket: TicketDep,
    actor: CurrentActor,
    session: SessionDep,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
) -> Response:
    rows, next_cursor = repository.comments_page(
        session, ticket, public_only=not actor.is_staff, cursor=cursor, limit=limit
    )
    senders = mail_in.comment_senders(session, [c.id for c in rows])
    items = []
    for comment in rows:
        out = CommentOut.model_validate(comment)
        if comment.id in senders:
            shown = actor.is_staff or comment.author_id == actor.id
            out.email = CommentEmail(sender=senders[comment.id] if shown else None)
        items.append(out)
    return json_answer(session, Page[CommentOut](items=items, next_cursor=next_cursor))
