from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Response, status

from api.auth.deps import CurrentActor
from api.core.deps import SessionDep, SettingsDep
from api.core.errors import problem_responses
from api.guide import service
from api.guide.rules import Answer, NodeType
from api.guide.schemas import GuidePathStep, GuideStep, GuideStepNode, GuideTicketCreate
from api.idempotency.deps import IdempotentCreateDep
from api.knowledge.deps import MarkdownDep
from api.ticket import router as ticket_router
from api.ticket.schemas import TicketView

router = APIRouter(prefix="/guides/{guide_id}", tags=["guides"])

GuideId = Annotated[int, Path(description="The guide's article id.")]


@router.get(
    "/walk",
    operation_id="guides-walk",
    response_model=GuideStep,
    responses=problem_responses(401, 404, 409, 422),
    summary="Where the answers so far lead: the next question, a solution, or a ticket",
    description=(
        "Send every answer given so far, in order (`answers=yes&answers=no`); no answers is "
        "the first question. Pass back `revision` so an edit of the guide meanwhile does not "
        "change the questions under the person walking it."
    ),
)
def walk(
    markdown: MarkdownDep,
    guide_id: GuideId,
    actor: CurrentActor,
    session: SessionDep,
    answers: Annotated[list[Answer] | None, Query(max_length=50)] = None,
    revision: Annotated[int | None, Query(ge=1)] = None,
) -> GuideStep:
    guide = service.get_guide(session, actor, guide_id)
    position, number = service.walk(
        session, guide, answers or [], revision, for_customer=not actor.is_staff
    )
    node = position.node
    return GuideStep(
        guide_id=guide.id,
        revision=number,
        node=GuideStepNode(
            id=node.id,
            type=node.type,
            text=node.text,
            text_html=markdown(node.text),
            category_id=node.category_id,
            team_id=node.team_id if actor.is_staff else None,
        ),
        path=[
            GuidePathStep(node_id=s.node_id, question=s.question, answer=s.answer)
            for s in position.path
        ],
        finished=position.finished,
        answers_allowed=[] if node.type is not NodeType.question else [Answer.yes, Answer.no],
    )


@router.post(
    "/tickets",
    operation_id="guides-open-ticket",
    response_model=TicketView,
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(400, 401, 403, 404, 409, 422),
    summary="Open the ticket the guide ends in, categorized, with the answers attached",
)
def open_ticket(
    guide_id: GuideId,
    data: GuideTicketCreate,
    actor: CurrentActor,
    session: SessionDep,
    settings: SettingsDep,
    idempotent: IdempotentCreateDep,
) -> Response:
    def create() -> tuple[dict[str, Any], dict[str, str]]:
        guide = service.get_guide(session, actor, guide_id)
        ticket = service.open_ticket(session, actor, guide, data)
        headers = {"Location": f"/api/v1/tickets/{ticket.number}"}
        return ticket_router.ticket_out(ticket, settings, actor, session).model_dump(
            mode="json"
        ), headers

    return idempotent.respond(data.model_dump(mode="json", exclude_unset=True), create)
