"""Following a guide, and opening the ticket it ends in with the path attached."""

from sqlalchemy.orm import Session

from api.auth.actor import Actor
from api.core.errors import Conflict, NotFound, ValidationFailed
from api.guide import rules
from api.guide.rules import Answer, NodeType, Position, Tree, WalkError
from api.guide.schemas import GuideTicketCreate, GuideTree
from api.knowledge import policy
from api.knowledge import repository as articles
from api.knowledge.kinds import ArticleKind
from api.knowledge.models import Article
from api.ticket import history
from api.ticket import service as tickets
from api.ticket.models import Ticket
from api.ticket.schemas import TicketCreate
from api.user import repository as users


def get_guide(session: Session, actor: Actor, guide_id: int) -> Article:
    guide = articles.readable_article(session, actor, guide_id)
    if guide is None or guide.kind is not ArticleKind.guide:
        raise NotFound(f"No guide {guide_id}.")
    return guide


def tree_at(
    session: Session, guide: Article, revision: int | None, *, for_customer: bool
) -> tuple[Tree, int]:
    """The guide's tree now or, for the support team, as it was at a revision (a walk started
    before an edit). Customers walk the current revision only: a replaced one may hold text
    that was taken back, and the row they may read is the published public one."""
    data = guide.tree
    number = guide.revision
    if revision is not None and revision != guide.revision:
        if for_customer:
            raise ValidationFailed.on(
                "revision", f"guide {guide.id} is now at revision {guide.revision}; start again"
            )
        old = articles.revision(session, guide, revision)
        if old is None:
            raise ValidationFailed.on("revision", f"guide {guide.id} has no revision {revision}")
        data, number = old.tree, old.number
    if not data:
        raise Conflict(f"Guide {guide.id} has no tree.")
    schema = GuideTree.model_validate(data)
    tree, errors = rules.check(schema.start, [n.to_rule() for n in schema.nodes])
    if tree is None:  # stored trees were checked on save; this is a data problem
        raise Conflict(f"Guide {guide.id} is not a valid tree: {errors[0].message}.")
    return tree, number


def walk(
    session: Session,
    guide: Article,
    answers: list[Answer],
    revision: int | None,
    *,
    for_customer: bool,
) -> tuple[Position, int]:
    tree, number = tree_at(session, guide, revision, for_customer=for_customer)
    try:
        return rules.walk(tree, answers), number
    except WalkError as exc:
        raise ValidationFailed.on(f"answers.{exc.index}", str(exc)) from exc


def _for_customer(session: Session, actor: Actor, requester_id: int | None) -> bool:
    if not actor.is_staff:
        return True
    requester = users.by_id(session, requester_id) if requester_id is not None else None
    return requester is not None and not requester.role.is_staff


def _path_summary(guide: Article, number: int, position: Position) -> str:
    lines = [f"**Troubleshooting guide:** {guide.title} (revision {number})", ""]
    lines += [
        f"{i}. {step.question} — **{step.answer.value}**" for i, step in enumerate(position.path, 1)
    ]
    lines += ["", f"**Outcome:** {position.node.text}"]
    return "\n".join(lines)


def open_ticket(session: Session, actor: Actor, guide: Article, data: GuideTicketCreate) -> Ticket:
    """A categorized ticket carrying the answers given, so nobody asks them again.

    A customer's ticket (opened by them, or for them by the team) copies guide text only
    from the guide customers read: published, public, at its current revision."""
    for_customer = _for_customer(session, actor, data.requester_id)
    if for_customer and not policy.customers_read(guide.status, guide.visibility):
        raise Conflict(
            f"Guide {guide.id} is not published for customers: it cannot open a customer's ticket."
        )
    position, number = walk(session, guide, data.answers, data.revision, for_customer=for_customer)
    leaf = position.node
    if leaf.type is not NodeType.ticket:
        raise ValidationFailed.on(
            "answers", "these answers end in a solution or a question, not in a ticket"
        )
    summary = _path_summary(guide, number, position)
    description = (
        f"{data.description.strip()}\n\n---\n{summary}" if data.description.strip() else summary
    )
    fields: dict[str, object] = {
        "subject": data.subject or guide.title,
        "description": description,
        "category_id": leaf.category_id or guide.category_id,
        "details": data.details,
        "impact": data.impact,
        "urgency": data.urgency,
    }
    if data.requester_id is not None:
        fields["requester_id"] = data.requester_id
    ticket = tickets.open_ticket(session, actor, TicketCreate.model_validate(fields))
    history.record(
        session,
        ticket,
        actor,
        "guide_followed",
        public=True,
        note=f"Followed the guide “{guide.title}”",
        data={
            "guide_id": guide.id,
            "guide_title": guide.title,
            "revision": number,
            "path": [
                {"node_id": s.node_id, "question": s.question, "answer": s.answer.value}
                for s in position.path
            ],
            "outcome": {"node_id": leaf.id, "text": leaf.text},
        },
        article_id=guide.id,
    )
    if leaf.team_id is not None:
        # Routed straight to the team the guide names: it waits in that team's queue.
        history.record(
            session,
            ticket,
            actor,
            "assigned",
            field="assignment",
            from_value="team=None agent=None",
            to_value=f"team={leaf.team_id} agent=None",
            public=False,
            data={
                "from_team_id": None,
                "from_agent_id": None,
                "to_team_id": leaf.team_id,
                "to_agent_id": None,
                "via": "guide",
            },
        )
        ticket.team_id = leaf.team_id
    session.flush()
    return ticket
