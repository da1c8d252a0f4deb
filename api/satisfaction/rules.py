"""Who may rate a ticket, and when. Pure: plain facts in, decisions out; no database, no HTTP.

The scale is 1 to 5 (five faces, from very unhappy to very happy): finer than good/bad for
the reports, and still one click in an email. 1 and 2 are bad, 3 neutral, 4 and 5 good; the
satisfaction score reports compute is the share of good answers among all answers.
"""

from enum import StrEnum

from api.ticket.lifecycle import Status

LOWEST, HIGHEST = 1, 5
RATINGS = tuple(range(LOWEST, HIGHEST + 1))
BAD_AT_MOST = 2
GOOD_AT_LEAST = 4
COMMENT_MAX = 2000


class SurveyChannel(StrEnum):
    """Where the answer came from: the signed-in portal (or API) or an email link."""

    portal = "portal"
    email = "email"


class Refusal(StrEnum):
    """Why a rating is refused; each maps to one HTTP status in the service."""

    not_requester = "not_requester"  # 403: only the requester answers the survey
    not_resolved = "not_resolved"  # 409: nothing to rate before the ticket is resolved
    closed = "closed"  # 409: the answer is final once the ticket is closed


def is_bad(rating: int) -> bool:
    return rating <= BAD_AT_MOST


def is_good(rating: int) -> bool:
    return rating >= GOOD_AT_LEAST


def turned_bad(previous: int | None, rating: int) -> bool:
    """Whether this answer sets off the bad-rating rules: a first bad answer, or a good or
    neutral one changed to bad. Moving from 2 to 1 or editing the comment does not again."""
    return is_bad(rating) and (previous is None or not is_bad(previous))


def rating_refusal(
    *, actor_id: int, requester_id: int, status: Status, already_rated: bool
) -> Refusal | None:
    """None if the actor may rate (or re-rate) the ticket now.

    Only the requester rates: colleagues who may read a shared ticket did not live the
    request. A resolved ticket may be rated; once rated, the answer may be changed while the
    ticket is not closed (a bad rating may have reopened it); a closed ticket's answer is final.
    """
    if actor_id != requester_id:
        return Refusal.not_requester
    if status is Status.closed:
        return Refusal.closed
    if status is Status.resolved or already_rated:
        return None
    return Refusal.not_resolved


def may_rate(*, actor_id: int, requester_id: int, status: Status, already_rated: bool) -> bool:
    refusal = rating_refusal(
        actor_id=actor_id, requester_id=requester_id, status=status, already_rated=already_rated
    )
    return refusal is None
