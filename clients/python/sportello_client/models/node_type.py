from enum import StrEnum


class NodeType(StrEnum):
    QUESTION = "question"
    SOLUTION = "solution"
    TICKET = "ticket"

    def __str__(self) -> str:
        return str(self.value)
