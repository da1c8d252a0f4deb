"""Satisfaction surveys: the requester rates a resolved ticket in the portal or through the
signed links of the resolution email, changes it until the ticket is closed; the history shows
it; a bad rating sets off the escalation rules made for it."""

import time
from typing import Any
from urllib.parse import parse_qs, urlsplit

from fastapi import FastAPI
from fastapi.testclient import TestClient
from itsdangerous import TimestampSigner, URLSafeTimedSerializer
from sqlalchemy import select

from api.core.config import Settings
from api.core.signing import secret_key, sign
from api.db.session import transaction
from api.satisfaction.links import rating_links
from api.ticket.models import Ticket
from tests.api.conftest import Person, World
from tests.api.test_assignment import assert_problem, events_of, ticket_of
from tests.api.test_escalation_rules import create_rule, held_by_agent, set_supervisor
from tests.api.test_notifications import notifications

LINKS = "/api/v1/satisfaction-links"


def survey_url(number: int) -> str:
    return f"/api/v1/tickets/{number}/satisfaction"


def resolve(client: TestClient, world: World, number: int) -> None:
    response = client.patch(
        f"/api/v1/tickets/{number}",
        json={"status": "resolved", "resolution": "Replaced the cable."},
        headers=world.agent.headers,
    )
    assert response.status_code == 200, response.text


def resolved_ticket(client: TestClient, world: World, **fields: Any) -> int:
    number: int = world.open_ticket(client, **fields)["number"]
    resolve(client, world, number)
    return number


def survey(client: TestClient, number: int, who: Person) -> dict[str, Any]:
    response = client.get(survey_url(number), headers=who.headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def rate(
    client: TestClient, number: int, who: Person, rating: int, comment: str | None = None
) -> Any:
    body: dict[str, Any] = {"rating": rating}
    if comment is not None:
        body["comment"] = comment
    return client.put(survey_url(number), json=body, headers=who.headers)


def token_of(app: FastAPI, number: int) -> str:
    settings: Settings = app.state.settings
    with transaction(app.state.db) as session:
        ticket = session.scalar(select(Ticket).where(Ticket.number == number))
        assert ticket is not None
        links = rating_links(ticket, settings)
    assert sorted(links) == [1, 2, 3, 4, 5]
    query = parse_qs(urlsplit(links[2]).query)
    assert urlsplit(links[2]).path == "/portal/rate"
    assert query["rating"] == ["2"]
    assert len({parse_qs(urlsplit(url).query)["token"][0] for url in links.values()}) == 1
    return query["token"][0]


# --- in the portal -------------------------------------------------------------------------


def test_requester_rates_a_resolved_ticket_and_changes_it(client: TestClient, world: World) -> None:
    number = world.open_ticket(client)["number"]
    assert survey(client, number, world.alice)["offered_at"] is None
    assert_problem(rate(client, number, world.alice, 5), 409)  # nothing to rate yet

    resolve(client, world, number)
    offered = survey(client, number, world.alice)
    assert offered["offered_at"] is not None
    assert (offered["rating"], offered["can_rate"]) == (None, True)

    first = rate(client, number, world.alice, 4, "Quick, thanks")
    assert first.status_code == 200, first.text
    assert (first.json()["rating"], first.json()["channel"]) == (4, "portal")
    changed = rate(client, number, world.alice, 5, "Quick, thanks")
    assert changed.status_code == 200, changed.text
    body = survey(client, number, world.alice)
    assert (body["rating"], body["comment"], body["can_rate"]) == (5, "Quick, thanks", True)
    assert body["answered_at"] <= body["updated_at"]
    assert rate(client, number, world.alice, 5, "Quick, thanks").status_code == 200  # no change

    seen_by_requester = events_of(client, number, world.alice)
    rated = [e for e in seen_by_requester if e["kind"] == "rated"]
    assert [(e["data"]["rating"], e["data"]["previous"]) for e in rated] == [(4, None), (5, 4)]
    assert "rating_commented" not in [e["kind"] for e in seen_by_requester]
    seen_by_agent = events_of(client, number, world.agent)
    comments = [e["note"] for e in seen_by_agent if e["kind"] == "rating_commented"]
    assert comments == ["Quick, thanks"]
    assert [e["kind"] for e in seen_by_agent].count("rated") == 2


def test_the_rating_is_final_once_the_ticket_is_closed(client: TestClient, world: World) -> None:
    number = resolved_ticket(client, world)
    assert rate(client, number, world.alice, 3).status_code == 200
    closed = client.patch(
        f"/api/v1/tickets/{number}", json={"status": "closed"}, headers=world.alice.headers
    )
    assert closed.status_code == 200, closed.text
    assert_problem(rate(client, number, world.alice, 5), 409)
    body = survey(client, number, world.alice)
    assert (body["rating"], body["can_rate"]) == (3, False)


def test_only_the_requester_rates(client: TestClient, world: World) -> None:
    number = resolved_ticket(client, world)
    assert_problem(client.get(survey_url(number), headers=world.bob.headers), 404)
    assert_problem(rate(client, number, world.bob, 1), 404)
    assert_problem(rate(client, number, world.agent, 5), 403)
    assert_problem(rate(client, 999_999, world.alice, 5), 404)
    assert survey(client, number, world.agent)["can_rate"] is False

    assert rate(client, number, world.alice, 2, "Took a week").status_code == 200
    agent_view = survey(client, number, world.agent)
    assert (agent_view["rating"], agent_view["comment"]) == (2, "Took a week")
    assert_problem(
        client.put(survey_url(number), json={"rating": 6}, headers=world.alice.headers),
        422,
        "rating",
    )
    assert_problem(
        client.put(survey_url(number), json={"rating": 4, "stars": 4}, headers=world.alice.headers),
        422,
    )


def test_a_stale_if_match_is_refused(client: TestClient, world: World) -> None:
    number = resolved_ticket(client, world)
    read = client.get(survey_url(number), headers=world.alice.headers)
    etag = read.headers["ETag"]
    again = client.get(survey_url(number), headers=world.alice.headers | {"If-None-Match": etag})
    assert again.status_code == 304
    fresh = client.put(
        survey_url(number), json={"rating": 4}, headers=world.alice.headers | {"If-Match": etag}
    )
    assert fresh.status_code == 200, fresh.text
    assert fresh.headers["ETag"] != etag
    stale = client.put(
        survey_url(number), json={"rating": 1}, headers=world.alice.headers | {"If-Match": etag}
    )
    assert_problem(stale, 412)
    assert survey(client, number, world.alice)["rating"] == 4


# --- by email link ---------------------------------------------------------------------------


def test_an_email_link_rates_without_signing_in(
    client: TestClient, app: FastAPI, world: World
) -> None:
    number = resolved_ticket(client, world, subject="Printer jams")
    token = token_of(app, number)

    shown = client.get(f"{LINKS}/{token}")  # what a mail scanner does: nothing changes
    assert shown.status_code == 200, shown.text
    assert shown.json() | {"status": "x"} == {
        "ticket_number": number,
        "subject": "Printer jams",
        "status": "x",
        "rating": None,
        "comment": None,
        "can_rate": True,
    }
    assert survey(client, number, world.alice)["rating"] is None

    answered = client.post(f"{LINKS}/{token}", json={"rating": 4, "comment": "Fine"})
    assert answered.status_code == 200, answered.text
    assert (answered.json()["rating"], answered.json()["comment"]) == (4, "Fine")
    body = survey(client, number, world.alice)
    assert (body["rating"], body["channel"]) == (4, "email")
    rated = [e for e in events_of(client, number, world.agent) if e["kind"] == "rated"]
    assert [(e["actor_id"], e["channel"]) for e in rated] == [(world.alice.id, "email")]

    client.patch(
        f"/api/v1/tickets/{number}", json={"status": "closed"}, headers=world.agent.headers
    )
    assert client.get(f"{LINKS}/{token}").json()["can_rate"] is False
    assert_problem(client.post(f"{LINKS}/{token}", json={"rating": 5}), 409)


def test_forged_expired_and_foreign_links_are_refused(
    client: TestClient, app: FastAPI, world: World
) -> None:
    settings: Settings = app.state.settings
    number = resolved_ticket(client, world)
    other = resolved_ticket(client, world, subject="Mouse broken")
    token = token_of(app, number)

    forged = token[:-3] + ("AAA" if not token.endswith("AAA") else "BBB")
    assert_problem(client.post(f"{LINKS}/{forged}", json={"rating": 1}), 404)
    with transaction(app.state.db) as session:
        ticket_id = session.scalar(select(Ticket.id).where(Ticket.number == number))
    another_purpose = sign("unsubscribe", {"ticket": ticket_id, "requester": world.alice.id})
    assert_problem(client.post(f"{LINKS}/{another_purpose}", json={"rating": 1}), 404)

    class Backdated(TimestampSigner):
        def get_timestamp(self) -> int:
            return int(time.time()) - (settings.satisfaction_link_days + 1) * 86400

    expired = URLSafeTimedSerializer(
        secret_key(settings), salt="sportello.satisfaction", signer=Backdated
    ).dumps({"ticket": ticket_id, "requester": world.alice.id})
    assert_problem(client.post(f"{LINKS}/{expired}", json={"rating": 1}), 404)
    assert_problem(client.get(f"{LINKS}/{expired}"), 404)

    # A ticket's link rates that ticket only, and only while its requester is the same.
    assert client.post(f"{LINKS}/{token}", json={"rating": 5}).status_code == 200
    assert survey(client, other, world.alice)["rating"] is None
    moved = client.patch(
        f"/api/v1/tickets/{number}",
        json={"requester_id": world.carol.id},
        headers=world.agent.headers,
    )
    assert moved.status_code == 200, moved.text
    assert_problem(client.post(f"{LINKS}/{token}", json={"rating": 1}), 404)
    assert survey(client, number, world.agent)["rating"] == 5


# --- a bad rating and the escalation rules ------------------------------------------------------


def test_a_bad_rating_reopens_and_tells_the_supervisor(client: TestClient, world: World) -> None:
    set_supervisor(client, world, world.service_desk)
    rule = create_rule(
        client,
        world.supervisor,
        name="Unhappy requester",
        trigger="bad_rating",
        actions=["notify_supervisor", "reopen_ticket"],
    )
    happy = held_by_agent(client, world)["number"]
    resolve(client, world, happy)
    assert rate(client, happy, world.alice, 4).status_code == 200
    assert ticket_of(client, happy, world.agent)["status"] == "resolved"
    assert notifications(client, world.supervisor)["items"] == []

    unhappy = held_by_agent(client, world, subject="VPN drops")["number"]
    resolve(client, world, unhappy)
    assert rate(client, unhappy, world.alice, 1, "Still drops").status_code == 200
    assert ticket_of(client, unhappy, world.agent)["status"] == "open"
    told = notifications(client, world.supervisor)["items"]
    assert [(n["kind"], n["data"]["rule_id"], n["data"]["rating"]) for n in told] == [
        ("escalation_rule", rule["id"], 1)
    ]
    reopened = [e for e in events_of(client, unhappy, world.alice) if e["kind"] == "reopened"]
    assert [e["data"]["rule_id"] for e in reopened] == [rule["id"]]

    # Still rated and not closed: the requester may change it; bad to bad sets nothing off.
    assert rate(client, unhappy, world.alice, 2).status_code == 200
    assert len(notifications(client, world.supervisor)["items"]) == 1


def test_bad_rating_rules_name_no_metric_and_only_they_reopen(
    client: TestClient, world: World
) -> None:
    rules = "/api/v1/escalation/rules"
    for body, field in (
        ({"trigger": "bad_rating", "metrics": ["first_reply"]}, "metrics"),
        ({"trigger": "sla_breach", "actions": ["reopen_ticket"]}, "actions"),
    ):
        payload = {"name": "Mixed up", "actions": ["notify_supervisor"]} | body
        assert_problem(
            client.post(rules, json=payload, headers=world.supervisor.headers), 422, field
        )
    rule = create_rule(client, world.supervisor, trigger="bad_rating", actions=["reopen_ticket"])
    patched = client.patch(
        f"{rules}/{rule['id']}", json={"trigger": "sla_warning"}, headers=world.supervisor.headers
    )
    assert_problem(patched, 422, "actions")
