from collections.abc import Mapping

from fastapi import APIRouter

from api.auth.deps import CurrentActor, StaffActor
from api.auth.policy import can_manage_directory
from api.core.deps import SessionDep
from api.core.errors import Forbidden, problem_responses
from api.priority import service
from api.priority.schemas import MatrixCell, PriorityMatrix
from api.ticket.priority import Level, Priority

router = APIRouter(prefix="/priority-matrix", tags=["priority-matrix"])


def _out(matrix: Mapping[tuple[Level, Level], Priority]) -> PriorityMatrix:
    return PriorityMatrix(
        cells=[MatrixCell(impact=i, urgency=u, priority=p) for (i, u), p in matrix.items()]
    )


@router.get(
    "",
    operation_id="priority-matrix-get",
    response_model=PriorityMatrix,
    responses=problem_responses(401),
    summary="How impact and urgency map to priority",
)
def get_matrix(actor: CurrentActor, session: SessionDep) -> PriorityMatrix:
    return _out(service.current_matrix(session))


@router.put(
    "",
    operation_id="priority-matrix-replace",
    response_model=PriorityMatrix,
    responses=problem_responses(401, 403, 422),
    summary="Replace the matrix (administrators); existing tickets keep their priority",
)
def replace_matrix(data: PriorityMatrix, actor: StaffActor, session: SessionDep) -> PriorityMatrix:
    if not can_manage_directory(actor.role):
        raise Forbidden("Only administrators change the priority matrix.")
    cells: list[MatrixCell] = data.cells
    service.replace_matrix(session, {(c.impact, c.urgency): c.priority for c in cells})
    return _out(service.current_matrix(session))
