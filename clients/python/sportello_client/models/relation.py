from enum import StrEnum


class Relation(StrEnum):
    CHILD = "child"
    DUPLICATE = "duplicate"
    DUPLICATE_OF = "duplicate_of"
    INCIDENT = "incident"
    PARENT = "parent"
    PROBLEM = "problem"
    RELATED = "related"

    def __str__(self) -> str:
        return str(self.value)
