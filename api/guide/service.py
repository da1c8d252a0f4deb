"""Following a guide, and opening the ticket it ends in with the path attached."""

from sqlalchemy.orm import Session

from api.auth.actor import Actor
from api.core.errors import Conflict, NotFound, ValidationFailed
from api.guide import rules
from api.guide.rules import Answer, NodeType, Position, Tree, WalkError
from api.guide.schemas import GuideTicketCreate, GuideTree
from api.knowledge import repository as articles
from api.knowledge.kinds import ArticleKind, ArticleStatus, Visibility
from api.knowledge.models import Article
from api.ticket import history
from api.ticket import service as tickets
from api.ticket.models import Ticket
from api.ticket.schemas import TicketCreate


def get_guide(session: Session, actor: Actor, guide_id: int) -> Article:
    guide = articles.readable_article(session, actor, guide_id)
    if guide is None or guide.kind is not ArticleKind.guide:
        raise NotFound(f"No guide {guide_id}.")
    return guide


def tree_at(
    session: Session, actor: Actor, guide: Article, revision: int | None
) -> tuple[Tree, int]:
    """The guide's tree now, or as it was at a revision (a walk started before an edit)."""
    data = guide.tree
    number = guide.revision
    if revision is not None and revision != guide.revision:
        old = articles.revision(session, guide, revision)
        customer_may_see = old is not None and (
            old.status is ArticleStatus.published and old.visibility is Visibility.public
        )
        if old is None or not (actor.is_staff or customer_may_see):
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
    actor: Actor,
    guide: Article,
    answers: list[Answer],
    revision: int | None,
) -> tuple[Position, int]:
    tree, number = tree_at(session, actor, guide, revision)
    try:
        return rules.walk(tree, answers), number
    except WalkError as exc:
        raise ValidationFailed.on(f"answers.{exc.index}", str(exc)) from exc


def _path_summary(guide: Article, number: int, position: Position) -> str:
    lines = [f"**Troubleshooting guide:** {guide.title} (revision {number})", ""]
    lines += [
        f"{i}. {step.question} — **{step.answer.value}**" for i, step in enumerate(position.path, 1)
    ]
    lines += ["", f"**Outcome:** {position.node.text}"]
    return "\n".join(lines)


def open_ticket(session: Session, actor: Actor, guide: Article, data: GuideTicketCreate) -> Ticket:
    """A categorized ticket carrying the answers given, so nobody asks them again."""
    position, number = walk(session, actor, guide, data.answers, data.revision)
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
