from sqlalchemy.orm import Session

from api.auth.actor import Actor
from api.auth.policy import can_write_internal_notes
from api.comment.models import Comment
from api.comment.schemas import CommentCreate
from api.core.errors import Conflict, FieldError, ValidationFailed
from api.search import documents as search_documents
from api.ticket import history
from api.ticket.lifecycle import Status, is_reopen, status_after_customer_reply
from api.ticket.models import Ticket
from api.ticket.service import change_status


def add_comment(session: Session, actor: Actor, ticket: Ticket, data: CommentCreate) -> Comment:
    if "internal" in data.model_fields_set and not can_write_internal_notes(actor.role):
        raise ValidationFailed(
            "Not yours to set: internal.",
            errors=[FieldError(field="internal", message="not allowed for your role")],
        )
    if ticket.status is Status.closed:
        raise Conflict("The ticket is closed; open a new ticket instead.")
    public = not data.internal
    comment = Comment(
        ticket_id=ticket.id,
        author_id=actor.id,
        author_role=actor.role,
        body=data.body,
        internal=data.internal,
        channel=actor.channel,
        created_at=actor.now,
    )
    session.add(comment)
    session.flush()
    search_documents.comment_added(session, ticket, comment)
    history.record(
        session,
        ticket,
        actor,
        "commented",
        public=public,
        data={"comment_id": comment.id, "internal": data.internal},
    )
    if actor.is_staff and public and ticket.first_response_at is None:
        ticket.first_response_at = actor.now
    if not actor.is_staff and public:
        reopened = status_after_customer_reply(ticket.status)
        # Only the requester may reopen a resolved ticket; a colleague's reply is just a reply.
        if reopened is not None and (
            ticket.requester_id == actor.id or not is_reopen(ticket.status, reopened)
        ):
            change_status(session, ticket, actor, reopened, automatic=True)
    ticket.updated_at = actor.now
    session.flush()
    return comment
