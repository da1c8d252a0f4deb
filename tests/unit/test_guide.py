"""Guides: a yes/no tree is accepted exactly when it is one tree from the start node."""

from dataclasses import replace

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from api.guide.rules import (
    Answer,
    Node,
    NodeType,
    Tree,
    WalkError,
    check,
    leaves_with_answers,
    walk,
)


@st.composite
def guides(draw: st.DrawFn, max_questions: int = 12) -> tuple[str, list[Node]]:
    """A random valid guide: questions split until the budget or chance says stop."""
    nodes: list[Node] = []
    budget = [draw(st.integers(min_value=0, max_value=max_questions))]

    def build() -> str:
        node_id = f"n{len(nodes)}"
        if budget[0] > 0 and draw(st.booleans()):
            budget[0] -= 1
            placeholder = Node(node_id, NodeType.question, f"Question {node_id}?")
            nodes.append(placeholder)
            index = len(nodes) - 1
            yes, no = build(), build()
            nodes[index] = replace(placeholder, yes=yes, no=no)
        else:
            leaf = draw(st.sampled_from([NodeType.solution, NodeType.ticket]))
            nodes.append(Node(node_id, leaf, f"Leaf {node_id}"))
        return node_id

    start = build()
    order = draw(st.permutations(nodes))
    return start, list(order)


def questions(nodes: list[Node]) -> list[Node]:
    return [n for n in nodes if n.type is NodeType.question]


def messages(start: str, nodes: list[Node]) -> str:
    tree, errors = check(start, nodes)
    assert tree is None
    return " | ".join(f"{e.where}: {e.message}" for e in errors)


@given(guides())
def test_a_valid_tree_is_accepted_and_every_leaf_is_reached_by_its_answers(
    guide: tuple[str, list[Node]],
) -> None:
    start, nodes = guide
    tree, errors = check(start, nodes)
    assert errors == []
    assert tree is not None
    leaves = leaves_with_answers(tree)
    # A binary tree has one more leaf than questions, and each is reached by its own path.
    assert len(leaves) == len(questions(nodes)) + 1
    assert {leaf.id for leaf, _ in leaves} == {n.id for n in nodes if n.is_leaf}
    for leaf, answers in leaves:
        position = walk(tree, answers)
        assert position.node == leaf
        assert position.finished
        assert [s.answer for s in position.path] == list(answers)


@given(guides(), st.data())
def test_a_branch_back_to_an_ancestor_is_a_cycle(
    guide: tuple[str, list[Node]], data: st.DataObject
) -> None:
    start, nodes = guide
    tree, _ = check(start, nodes)
    assert tree is not None
    asked = questions(nodes)
    assume(asked)
    node = data.draw(st.sampled_from(asked))
    # Its ancestors, itself included: walk from the start to it.
    path_to = dict(_paths(tree).items())
    ancestors = [start] + [
        _node_at(tree, path_to[node.id][:i]) for i in range(len(path_to[node.id]))
    ]
    target = data.draw(st.sampled_from([*ancestors, node.id]))
    answer = data.draw(st.sampled_from(list(Answer)))
    broken = [replace(n, **{answer.value: target}) if n.id == node.id else n for n in nodes]
    text = messages(start, broken)
    assert "cycle" in text or "not a tree" in text


@given(guides(), st.data())
def test_a_branch_to_a_missing_node_is_dangling(
    guide: tuple[str, list[Node]], data: st.DataObject
) -> None:
    start, nodes = guide
    asked = questions(nodes)
    assume(asked)
    node = data.draw(st.sampled_from(asked))
    answer = data.draw(st.sampled_from(list(Answer)))
    broken = [replace(n, **{answer.value: "nowhere"}) if n.id == node.id else n for n in nodes]
    text = messages(start, broken)
    assert f"nodes.{node.id}.{answer.value}: dangling branch: no node 'nowhere'" in text


@given(guides(), st.data())
def test_a_missing_answer_is_dangling(guide: tuple[str, list[Node]], data: st.DataObject) -> None:
    start, nodes = guide
    asked = questions(nodes)
    assume(asked)
    node = data.draw(st.sampled_from(asked))
    broken = [replace(n, no=None) if n.id == node.id else n for n in nodes]
    assert f"nodes.{node.id}.no: dangling branch" in messages(start, broken)


@given(guides())
def test_a_node_nobody_leads_to_is_unreachable(guide: tuple[str, list[Node]]) -> None:
    start, nodes = guide
    orphan = Node("orphan", NodeType.solution, "Nobody gets here")
    assert "nodes.orphan: unreachable from the start" in messages(start, [*nodes, orphan])


@given(guides(), st.data())
def test_two_branches_into_one_node_are_not_a_tree(
    guide: tuple[str, list[Node]], data: st.DataObject
) -> None:
    start, nodes = guide
    asked = questions(nodes)
    assume(len(asked) >= 1)
    node = data.draw(st.sampled_from(asked))
    # Both answers of one question lead to the same place: the other subtree is orphaned.
    broken = [replace(n, no=n.yes) if n.id == node.id else n for n in nodes]
    text = messages(start, broken)
    assert "not a tree" in text


@settings(max_examples=50)
@given(guides(), st.lists(st.sampled_from(list(Answer)), min_size=1, max_size=30))
def test_answers_past_a_leaf_are_refused(
    guide: tuple[str, list[Node]], extra: list[Answer]
) -> None:
    start, nodes = guide
    tree, _ = check(start, nodes)
    assert tree is not None
    _leaf, answers = leaves_with_answers(tree)[0]
    with pytest.raises(WalkError) as raised:
        walk(tree, [*answers, *extra])
    assert raised.value.index == len(answers)


def test_a_small_cycle_is_named() -> None:
    nodes = [
        Node("a", NodeType.question, "A?", yes="b", no="leaf"),
        Node("b", NodeType.question, "B?", yes="a", no="leaf2"),
        Node("leaf", NodeType.solution, "Done"),
        Node("leaf2", NodeType.solution, "Done too"),
    ]
    assert "nodes.b.yes: cycle: a -> b -> a" in messages("a", nodes)


def test_a_self_loop_deeper_down_is_a_cycle() -> None:
    nodes = [
        Node("a", NodeType.question, "A?", yes="b", no="leaf"),
        Node("b", NodeType.question, "B?", yes="b", no="leaf2"),
        Node("leaf", NodeType.solution, "Done"),
        Node("leaf2", NodeType.solution, "Done too"),
    ]
    assert "nodes.b.yes: cycle: b -> b" in messages("a", nodes)


def test_structural_mistakes_are_each_reported() -> None:
    nodes = [
        Node("a", NodeType.question, "A?", yes="x", no="leaf"),
        Node("leaf", NodeType.solution, "Done", yes="a"),
        Node("leaf", NodeType.ticket, "Twice"),
        Node("tip", NodeType.solution, "Tip", category_id=3),
    ]
    text = messages("zzz", nodes)
    assert "start: no node has the id 'zzz'" in text
    assert "nodes.leaf: two nodes have this id" in text
    assert "nodes.a.yes: dangling branch: no node 'x'" in text
    assert "only a question has yes/no branches" in text
    assert "only a ticket leaf names a category or team" in text


def test_a_single_leaf_is_a_guide_of_one_answer() -> None:
    tree, errors = check("only", [Node("only", NodeType.ticket, "Call us", category_id=1)])
    assert errors == []
    assert tree is not None
    position = walk(tree, [])
    assert position.finished
    assert position.node.category_id == 1
    assert position.path == ()


def _paths(tree: Tree) -> dict[str, tuple[Answer, ...]]:
    out: dict[str, tuple[Answer, ...]] = {}
    pending: list[tuple[str, tuple[Answer, ...]]] = [(tree.start, ())]
    while pending:
        node_id, answers = pending.pop()
        out[node_id] = answers
        node = tree.node(node_id)
        for answer in Answer:
            target = node.branch(answer)
            if target is not None:
                pending.append((target, (*answers, answer)))
    return out


def _node_at(tree: Tree, answers: tuple[Answer, ...]) -> str:
    return walk(tree, answers).node.id
