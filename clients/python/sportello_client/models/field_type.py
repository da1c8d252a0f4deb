from enum import StrEnum


class FieldType(StrEnum):
    BOOLEAN = "boolean"
    CHOICE = "choice"
    INTEGER = "integer"
    NUMBER = "number"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
