"""Problems of authentication beyond the shared ones in core/errors."""

from api.auth.scopes import Scope
from api.core.errors import Forbidden


class MissingScope(Forbidden):
    """The token is valid, but was not granted the scope this route needs (RFC 6750 §3.1).

    A 403, not a 404: the answer depends on the route alone, never on whether an object exists.
    """

    code, title = "insufficient-scope", "The token lacks a scope"

    def __init__(self, scope: Scope) -> None:
        super().__init__(
            f"This token lacks the scope {scope.value}, which this operation needs.",
            headers={
                "WWW-Authenticate": f'Bearer error="insufficient_scope", scope="{scope.value}"'
            },
        )
        self.scope = scope
