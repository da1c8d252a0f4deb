from fastapi import APIRouter, Response, status

from api.auth.deps import SupervisorActor
from api.core import conditional
from api.core.deps import SessionDep
from api.core.errors import problem_responses
from api.core.pagination import Page
from api.escalation import repository, service
from api.escalation.deps import EscalationRuleDep
from api.escalation.models import EscalationRule
from api.escalation.schemas import (
    EscalationRuleOrder,
    EscalationRuleOut,
    EscalationRulePatch,
    EscalationRuleWrite,
)

router = APIRouter(prefix="/escalation", tags=["escalation"])


def _etag(rule: EscalationRule) -> str:
    return conditional.etag("escalation-rule", rule.id, rule.version)


def _page(rules: list[EscalationRule]) -> Page[EscalationRuleOut]:
    return Page[EscalationRuleOut](items=[EscalationRuleOut.model_validate(r) for r in rules])


@router.get(
    "/rules",
    operation_id="escalation-rules-list",
    response_model=Page[EscalationRuleOut],
    responses=problem_responses(401, 403),
    summary="Every escalation rule, in the order they run",
)
def list_rules(actor: SupervisorActor, session: SessionDep) -> Page[EscalationRuleOut]:
    return _page(repository.in_order(session))


@router.post(
    "/rules",
    operation_id="escalation-rules-create",
    response_model=EscalationRuleOut,
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 409, 422),
    summary="Add a rule; it runs after the existing ones",
)
def create_rule(
    data: EscalationRuleWrite, actor: SupervisorActor, session: SessionDep, response: Response
) -> EscalationRuleOut:
    rule = service.create(session, actor, data)
    response.headers["ETag"] = _etag(rule)
    return EscalationRuleOut.model_validate(rule)


@router.put(
    # Not under /rules/: it would share its path template with one rule's.
    "/rule-order",
    operation_id="escalation-rules-reorder",
    response_model=Page[EscalationRuleOut],
    responses=problem_responses(401, 403, 422),
    summary="Set the order the rules run in",
)
def reorder_rules(
    data: EscalationRuleOrder, actor: SupervisorActor, session: SessionDep
) -> Page[EscalationRuleOut]:
    return _page(service.reorder(session, actor, data))


@router.get(
    "/rules/{rule_id}",
    operation_id="escalation-rules-get",
    response_model=EscalationRuleOut,
    responses=problem_responses(401, 403, 404),
)
def get_rule(rule: EscalationRuleDep, response: Response) -> EscalationRuleOut:
    response.headers["ETag"] = _etag(rule)
    return EscalationRuleOut.model_validate(rule)


@router.patch(
    "/rules/{rule_id}",
    operation_id="escalation-rules-update",
    response_model=EscalationRuleOut,
    responses=problem_responses(401, 403, 404, 409, 412, 422),
)
def update_rule(
    data: EscalationRulePatch,
    rule: EscalationRuleDep,
    actor: SupervisorActor,
    session: SessionDep,
    response: Response,
    if_match: conditional.IfMatch = None,
) -> EscalationRuleOut:
    conditional.require_match(if_match, _etag(rule), "escalation rule")
    rule = service.update(session, actor, rule, data)
    response.headers["ETag"] = _etag(rule)
    return EscalationRuleOut.model_validate(rule)


@router.delete(
    "/rules/{rule_id}",
    operation_id="escalation-rules-delete",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 403, 404, 412),
)
def delete_rule(
    rule: EscalationRuleDep, session: SessionDep, if_match: conditional.IfMatch = None
) -> Response:
    conditional.require_match(if_match, _etag(rule), "escalation rule")
    service.delete(session, rule)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
