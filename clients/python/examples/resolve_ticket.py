"""Open a ticket, comment on it and resolve it with the generated client (sportello_client).

    SPORTELLO_URL=http://127.0.0.1:8000 SPORTELLO_TOKEN=spp_... python resolve_ticket.py

A personal API token of a staff member with the scopes tickets:read and tickets:write; or,
without SPORTELLO_TOKEN, SPORTELLO_EMAIL and SPORTELLO_PASSWORD to sign in. Prints the
ticket's number and status; exits 1 with the API's problem if a step is refused.
"""

import os
import sys
from typing import Any, NoReturn

from sportello_client import AuthenticatedClient, Client
from sportello_client.api.auth import auth_sign_in
from sportello_client.api.comments import comments_create
from sportello_client.api.tickets import tickets_create, tickets_get, tickets_update
from sportello_client.models import (
    BodyAuthSignIn,
    CommentCreate,
    Problem,
    Status,
    TicketCreate,
    TicketOut,
    TicketUpdate,
    TokenOut,
)
from sportello_client.types import Response


def refused(step: str, problem: object) -> NoReturn:
    detail = problem.detail if isinstance(problem, Problem) else repr(problem)
    sys.exit(f"{step}: {detail}")


def ok(step: str, response: Response[Any]) -> None:
    """A 2xx answer, or the script ends with the API's problem."""
    if response.status_code >= 300 or response.parsed is None:
        refused(f"{step} ({response.status_code})", response.parsed)


def bearer_token(base_url: str) -> str:
    token = os.environ.get("SPORTELLO_TOKEN")
    if token:
        return token
    form = BodyAuthSignIn(
        username=os.environ["SPORTELLO_EMAIL"], password=os.environ["SPORTELLO_PASSWORD"]
    )
    with Client(base_url=base_url) as anonymous:
        answer = auth_sign_in.sync_detailed(client=anonymous, body=form)
        ok("sign in", answer)
    assert isinstance(answer.parsed, TokenOut)
    return answer.parsed.access_token


def main() -> None:
    base_url = os.environ.get("SPORTELLO_URL", "http://127.0.0.1:8000")
    with AuthenticatedClient(base_url=base_url, token=bearer_token(base_url)) as client:
        created = tickets_create.sync_detailed(
            client=client,
            body=TicketCreate(
                subject="VPN drops every hour", description="Since this morning's update."
            ),
        )
        ok("open", created)
        opened = created.parsed
        assert isinstance(opened, TicketOut)  # staff see the whole ticket
        number = opened.number
        print(f"opened #{number}: {opened.subject}")

        ok(
            "comment",
            comments_create.sync_detailed(
                number,
                client=client,
                body=CommentCreate(body="Rolled the VPN profile back to yesterday's version."),
            ),
        )
        print(f"commented on #{number}")

        # Send the ETag back, so a change made meanwhile by someone else is not overwritten.
        current = tickets_get.sync_detailed(number, client=client)
        ok("read", current)
        changed = tickets_update.sync_detailed(
            number,
            client=client,
            body=TicketUpdate(
                status=Status.RESOLVED, resolution="Profile rolled back; drops stopped."
            ),
            if_match=current.headers["etag"],
        )
        ok("resolve", changed)
        resolved = changed.parsed
        assert isinstance(resolved, TicketOut)
        print(f"#{number} is {resolved.status}")


if __name__ == "__main__":
    main()
