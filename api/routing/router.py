from fastapi import APIRouter, Response, status

from api.auth.deps import StaffActor
from api.core.deps import SessionDep
from api.core.errors import problem_responses
from api.core.pagination import Page
from api.routing import service
from api.routing.models import RoutingRule
from api.routing.schemas import (
    CategoryRoutingOut,
    CategoryRoutingWrite,
    RuleOrder,
    RuleOut,
    RulePatch,
    RuleWrite,
)

router = APIRouter(prefix="/routing", tags=["routing"])


def _page(rules: list[RoutingRule]) -> Page[RuleOut]:
    return Page[RuleOut](items=[service.rule_out(r) for r in rules])


@router.get(
    "/rules",
    operation_id="routing-list-rules",
    response_model=Page[RuleOut],
    responses=problem_responses(401, 403),
    summary="Every routing rule, in the order they are tried (the first match wins)",
)
def list_rules(actor: StaffActor, session: SessionDep) -> Page[RuleOut]:
    return _page(service.list_rules(session, actor))


@router.post(
    "/rules",
    operation_id="routing-create-rule",
    response_model=RuleOut,
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 422),
    summary="Add a rule at the end of the order",
)
def create_rule(data: RuleWrite, actor: StaffActor, session: SessionDep) -> RuleOut:
    return service.rule_out(service.create_rule(session, actor, data))


# Not /rules/order: that would read as a rule whose id is "order" to every other method.
@router.put(
    "/rule-order",
    operation_id="routing-reorder-rules",
    response_model=Page[RuleOut],
    responses=problem_responses(401, 403, 422),
    summary="Set the order the rules are tried in",
)
def reorder_rules(data: RuleOrder, actor: StaffActor, session: SessionDep) -> Page[RuleOut]:
    return _page(service.reorder_rules(session, actor, data))


@router.get(
    "/rules/{rule_id}",
    operation_id="routing-get-rule",
    response_model=RuleOut,
    responses=problem_responses(401, 403, 404),
)
def get_rule(rule_id: int, actor: StaffActor, session: SessionDep) -> RuleOut:
    return service.rule_out(service.get_rule(session, actor, rule_id))


@router.patch(
    "/rules/{rule_id}",
    operation_id="routing-update-rule",
    response_model=RuleOut,
    responses=problem_responses(401, 403, 404, 422),
    summary="Change a rule, or enable or disable it",
)
def update_rule(rule_id: int, data: RulePatch, actor: StaffActor, session: SessionDep) -> RuleOut:
    rule = service.get_rule(session, actor, rule_id)
    return service.rule_out(service.update_rule(session, actor, rule, data))


@router.delete(
    "/rules/{rule_id}",
    operation_id="routing-delete-rule",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 403, 404),
)
def delete_rule(rule_id: int, actor: StaffActor, session: SessionDep) -> Response:
    service.delete_rule(session, actor, service.get_rule(session, actor, rule_id))
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get(
    "/categories",
    operation_id="routing-list-categories",
    response_model=Page[CategoryRoutingOut],
    responses=problem_responses(401, 403),
    summary="Categories' default teams and required skills (only those that have any)",
)
def list_category_settings(actor: StaffActor, session: SessionDep) -> Page[CategoryRoutingOut]:
    rows = service.list_category_settings(session, actor)
    return Page[CategoryRoutingOut](items=[CategoryRoutingOut.model_validate(r) for r in rows])


@router.put(
    "/categories/{category_id}",
    operation_id="routing-set-category",
    response_model=CategoryRoutingOut,
    responses=problem_responses(401, 403, 404, 422),
    summary="Set a category's default team and the skills its tickets need",
)
def set_category_settings(
    category_id: int, data: CategoryRoutingWrite, actor: StaffActor, session: SessionDep
) -> CategoryRoutingOut:
    settings = service.set_category_settings(session, actor, category_id, data)
    return CategoryRoutingOut.model_validate(settings)
