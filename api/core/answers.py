"""A route's JSON answer, made and its transaction ended in the route's own thread hop.

A sync route that returns a model costs two more hops to the threadpool after it: FastAPI
validates the model against the response model in one, and `core.deps.get_session` ends the
transaction in another. The hot reads (the queue, a ticket, its conversation and history,
search) answer with the JSON already made instead: the response model still documents it in
the contract, and the model was validated when it was built.
"""

from collections.abc import Mapping

from fastapi import Response
from pydantic import BaseModel
from sqlalchemy.orm import Session

from api.db.session import end_transaction


def json_answer(
    session: Session, body: BaseModel, *, headers: Mapping[str, str] | None = None
) -> Response:
    content = body.model_dump_json(by_alias=True)
    end_transaction(session, commit=True)
    return Response(content, media_type="application/json", headers=headers)
