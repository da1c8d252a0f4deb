"""Troubleshooting guides as yes/no trees: validation and walking. Pure: no database, no HTTP.

A question has a yes and a no branch; a leaf is a solution, or the instruction to open a
ticket (optionally for a given category and team). A guide is valid when its nodes form one
tree from the start node: every branch names an existing node, no node is reached twice (so
no cycle and no shared subtree), and every node, so every leaf, is reachable.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

MAX_NODES = 200
MAX_DEPTH = 50


class Answer(StrEnum):
    yes = "yes"
    no = "no"


class NodeType(StrEnum):
    question = "question"
    solution = "solution"
    ticket = "ticket"


@dataclass(frozen=True)
class Node:
    id: str
    type: NodeType
    text: str
    yes: str | None = None  # questions only
    no: str | None = None
    category_id: int | None = None  # ticket leaves: how the ticket is filed
    team_id: int | None = None

    @property
    def is_leaf(self) -> bool:
        return self.type is not NodeType.question

    def branch(self, answer: Answer) -> str | None:
        return self.yes if answer is Answer.yes else self.no


@dataclass(frozen=True)
class TreeError:
    where: str  # e.g. "nodes.power.no"
    message: str


@dataclass(frozen=True)
class Tree:
    start: str
    nodes: dict[str, Node] = field(default_factory=dict)

    def node(self, node_id: str) -> Node:
        return self.nodes[node_id]


def check(start: str, nodes: Sequence[Node]) -> tuple[Tree | None, list[TreeError]]:
    """The tree if the nodes form a valid guide, else every problem found."""
    errors: list[TreeError] = []
    by_id: dict[str, Node] = {}
    for node in nodes:
        if node.id in by_id:
            errors.append(TreeError(f"nodes.{node.id}", "two nodes have this id"))
        by_id[node.id] = node
    if len(by_id) > MAX_NODES:
        errors.append(TreeError("nodes", f"a guide has at most {MAX_NODES} nodes"))
    if start not in by_id:
        errors.append(TreeError("start", f"no node has the id {start!r}"))
    for node in nodes:
        errors.extend(_node_errors(node, by_id))
    if errors:
        return None, errors
    errors = _shape_errors(start, by_id)
    if errors:
        return None, errors
    return Tree(start=start, nodes=by_id), []


def _node_errors(node: Node, nodes: dict[str, Node]) -> list[TreeError]:
    errors: list[TreeError] = []
    if node.type is NodeType.question:
        for answer in Answer:
            target = node.branch(answer)
            where = f"nodes.{node.id}.{answer.value}"
            if target is None:
                errors.append(TreeError(where, "dangling branch: the answer leads nowhere"))
            elif target not in nodes:
                errors.append(TreeError(where, f"dangling branch: no node {target!r}"))
    elif node.yes is not None or node.no is not None:
        errors.append(TreeError(f"nodes.{node.id}", "only a question has yes/no branches"))
    if node.type is not NodeType.ticket and (node.category_id or node.team_id):
        errors.append(TreeError(f"nodes.{node.id}", "only a ticket leaf names a category or team"))
    return errors


def _shape_errors(start: str, nodes: dict[str, Node]) -> list[TreeError]:
    """Cycles, shared branches, unreachable nodes and depth, by one walk from the start."""
    errors: list[TreeError] = []
    parent: dict[str, str] = {}
    on_path: list[str] = []
    done: set[str] = set()
    deepest = 0
    # Iterative depth-first walk; a node seen again is a cycle if it is on the current path.
    stack: list[tuple[str, int]] = [(start, 0)]
    while stack:
        node_id, state = stack.pop()
        if state == 1:
            on_path.pop()
            done.add(node_id)
            continue
        on_path.append(node_id)
        deepest = max(deepest, len(on_path) - 1)
        stack.append((node_id, 1))
        node = nodes[node_id]
        for answer in (Answer.no, Answer.yes):
            target = node.branch(answer)
            if target is None:
                continue
            where = f"nodes.{node_id}.{answer.value}"
            if target in on_path:
                loop = " -> ".join([*on_path[on_path.index(target) :], target])
                errors.append(TreeError(where, f"cycle: {loop}"))
            elif target in parent or target in done or target == start:
                errors.append(
                    TreeError(
                        where,
                        f"not a tree: {target!r} is also reached from {parent.get(target)!r}",
                    )
                )
            else:
                parent[target] = node_id
                stack.append((target, 0))
    for node_id in nodes:
        if node_id != start and node_id not in parent and node_id not in done:
            errors.append(TreeError(f"nodes.{node_id}", "unreachable from the start"))
    if deepest > MAX_DEPTH:
        errors.append(TreeError("nodes", f"a guide is at most {MAX_DEPTH} questions deep"))
    return errors


@dataclass(frozen=True)
class Step:
    """One answered question on the way."""

    node_id: str
    question: str
    answer: Answer


@dataclass(frozen=True)
class Position:
    node: Node
    path: tuple[Step, ...]

    @property
    def finished(self) -> bool:
        return self.node.is_leaf


class WalkError(Exception):
    def __init__(self, index: int, message: str) -> None:
        super().__init__(message)
        self.index = index


def walk(tree: Tree, answers: Sequence[Answer]) -> Position:
    """Where the answers lead from the start; raise WalkError if they go past a leaf."""
    node = tree.node(tree.start)
    path: list[Step] = []
    for index, answer in enumerate(answers):
        if node.is_leaf:
            raise WalkError(index, f"the guide ends at {node.id!r}; answer {index + 1} is extra")
        path.append(Step(node.id, node.text, answer))
        target = node.branch(answer)
        assert target is not None  # a checked tree has both branches
        node = tree.node(target)
    return Position(node=node, path=tuple(path))


def leaves_with_answers(tree: Tree) -> list[tuple[Node, tuple[Answer, ...]]]:
    """Every leaf and the answers that reach it (for tests, previews and the index)."""
    out: list[tuple[Node, tuple[Answer, ...]]] = []
    pending: list[tuple[str, tuple[Answer, ...]]] = [(tree.start, ())]
    while pending:
        node_id, answers = pending.pop()
        node = tree.node(node_id)
        if node.is_leaf:
            out.append((node, answers))
            continue
        for answer in Answer:
            target = node.branch(answer)
            assert target is not None
            pending.append((target, (*answers, answer)))
    return out
