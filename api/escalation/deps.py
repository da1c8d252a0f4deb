from typing import Annotated

from fastapi import Depends, Path, Request

from api.auth.deps import SupervisorActor
from api.core.deps import SAFE_METHODS, SessionDep
from api.escalation.models import EscalationRule
from api.escalation.service import get_rule


def load_rule(
    request: Request,
    actor: SupervisorActor,
    session: SessionDep,
    rule_id: Annotated[int, Path(description="The escalation rule's id.")],
) -> EscalationRule:
    return get_rule(session, rule_id, for_update=request.method not in SAFE_METHODS)


EscalationRuleDep = Annotated[EscalationRule, Depends(load_rule)]
