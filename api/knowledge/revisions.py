"""Comparing two revisions of an article. Pure: no database, no HTTP."""

import difflib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

COMPARED_FIELDS = ("title", "category_id", "language", "status", "visibility", "tags")


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: Any
    after: Any


@dataclass(frozen=True)
class Comparison:
    changes: list[FieldChange]
    body_diff: str  # unified diff of the markdown, empty when the body is the same
    tree_changed: bool


def compare(
    before: Mapping[str, Any], after: Mapping[str, Any], *, before_label: str, after_label: str
) -> Comparison:
    changes = [
        FieldChange(name, before.get(name), after.get(name))
        for name in COMPARED_FIELDS
        if before.get(name) != after.get(name)
    ]
    # Lines without their endings: a last line lacking "\n" would otherwise run into the next.
    diff = difflib.unified_diff(
        str(before.get("body", "")).splitlines(),
        str(after.get("body", "")).splitlines(),
        fromfile=before_label,
        tofile=after_label,
        lineterm="",
    )
    trees = [json.dumps(x.get("tree"), sort_keys=True) for x in (before, after)]
    return Comparison(
        changes=changes,
        body_diff="".join(f"{line}\n" for line in diff),
        tree_changed=trees[0] != trees[1],
    )
