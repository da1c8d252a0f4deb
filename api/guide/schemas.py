from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from api.core.schemas import InputModel
from api.guide.rules import Answer, Node, NodeType
from api.ticket.priority import Level
from api.ticket.schemas import Details

NodeId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$")]


class GuideNode(InputModel):
    id: NodeId = Field(examples=["power"])
    type: NodeType
    text: str = Field(
        min_length=1,
        max_length=5000,
        description="Markdown: the yes/no question, the solution, or what the ticket is about.",
    )
    yes: NodeId | None = Field(default=None, description="Questions: the node after a yes.")
    no: NodeId | None = Field(default=None, description="Questions: the node after a no.")
    category_id: int | None = Field(default=None, description="Ticket leaves: file it here.")
    team_id: int | None = Field(default=None, description="Ticket leaves: escalate to this team.")

    def to_rule(self) -> Node:
        return Node(
            id=self.id,
            type=self.type,
            text=self.text,
            yes=self.yes,
            no=self.no,
            category_id=self.category_id,
            team_id=self.team_id,
        )


class GuideTree(InputModel):
    """A yes/no tree: checked on save (one tree, no cycle, no dangling branch, all reachable).

    A refused tree names each problem on its node in `errors[].field`: `tree.nodes.<id>` for
    the node itself (unreachable, duplicate id), `tree.nodes.<id>.yes` / `.no` for a branch
    (cycle, shared or dangling), `tree.nodes.<id>.team_id` / `.category_id` for an unknown
    team or category, and `tree.start` / `tree.nodes` for the tree as a whole. Schema errors
    (a missing text, a bad id) name the node by its position: `tree.nodes.<index>.text`.
    """

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "start": "power",
                    "nodes": [
                        {
                            "id": "power",
                            "type": "question",
                            "text": "Is the printer's display lit?",
                            "yes": "queue",
                            "no": "plug",
                        },
                        {"id": "plug", "type": "solution", "text": "Plug it in and switch on."},
                        {
                            "id": "queue",
                            "type": "ticket",
                            "text": "We will look at it.",
                            "category_id": 4,
                            "team_id": 1,
                        },
                    ],
                }
            ]
        }
    )

    start: NodeId
    nodes: list[GuideNode] = Field(min_length=1, max_length=200)


class GuideStepNode(BaseModel):
    id: str
    type: NodeType
    text: str
    text_html: str = Field(description="The text rendered from markdown and sanitised.")
    category_id: int | None = None
    team_id: int | None = Field(default=None, description="Support team only (else null).")


class GuidePathStep(BaseModel):
    node_id: str
    question: str
    answer: Answer


class GuideStep(BaseModel):
    guide_id: int
    revision: int = Field(description="The guide revision walked; send it back to stay on it.")
    node: GuideStepNode
    path: list[GuidePathStep]
    finished: bool = Field(description="True at a leaf: a solution, or the offer of a ticket.")
    answers_allowed: list[Answer]


class GuideTicketCreate(InputModel):
    """Open the ticket a guide ends in; the path taken is attached to it."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "answers": ["yes", "no"],
                    "description": "Third floor printer, since this morning.",
                    "details": {"printer_model": "HP LaserJet 4250"},
                }
            ]
        }
    )

    answers: list[Answer] = Field(max_length=50)
    revision: int | None = Field(default=None, ge=1)
    subject: str | None = Field(default=None, min_length=1, max_length=200)
    description: str = Field(default="", max_length=20_000, description="Markdown.")
    details: Details = Field(default_factory=dict)
    impact: Level = Level.medium
    urgency: Level = Level.medium
    requester_id: int | None = Field(
        default=None, description="Staff only: open it on behalf of this customer."
    )

    @field_validator("subject")
    @classmethod
    def subject_not_blank(cls, value: str | None) -> str | None:
        if value is not None and not value.strip():
            raise ValueError("must not be blank")
        return value.strip() if value is not None else None
