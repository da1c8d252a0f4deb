from fastapi import APIRouter, Response, status

from api.auth.deps import CurrentActor
from api.core.deps import SessionDep
from api.core.errors import problem_responses
from api.core.pagination import Page
from api.ticket.deps import TicketDep, TicketToChangeDep
from api.user.models import User
from api.watcher import repository, service
from api.watcher.models import TicketWatcher
from api.watcher.schemas import WatcherOut

router = APIRouter(prefix="/tickets/{number}/watchers", tags=["watchers"])


def watcher_out(watcher: TicketWatcher, user: User) -> WatcherOut:
    return WatcherOut(
        user_id=user.id, name=user.name, staff=user.role.is_staff, created_at=watcher.created_at
    )


@router.get(
    "",
    operation_id="watchers-list",
    response_model=Page[WatcherOut],
    responses=problem_responses(401, 404),
    summary="Who follows the ticket",
)
def list_watchers(ticket: TicketDep, actor: CurrentActor, session: SessionDep) -> Page[WatcherOut]:
    rows = repository.watchers_of(session, ticket)
    return Page[WatcherOut](items=[watcher_out(w, u) for w, u in rows])


@router.put(
    "/{user_id}",
    operation_id="watchers-add",
    response_model=WatcherOut,
    responses=problem_responses(401, 403, 404, 412, 422),
    summary="Follow the ticket (yourself; the support team may add colleagues of the requester)",
)
def add_watcher(
    user_id: int, ticket: TicketToChangeDep, actor: CurrentActor, session: SessionDep
) -> WatcherOut:
    watcher, user = service.add_watcher(session, actor, ticket, user_id)
    return watcher_out(watcher, user)


@router.delete(
    "/{user_id}",
    operation_id="watchers-remove",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=problem_responses(401, 403, 404, 412),
    summary="Stop following the ticket (yourself; the support team may remove anyone)",
)
def remove_watcher(
    user_id: int, ticket: TicketToChangeDep, actor: CurrentActor, session: SessionDep
) -> Response:
    service.remove_watcher(session, actor, ticket, user_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
