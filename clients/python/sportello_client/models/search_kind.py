from enum import StrEnum


class SearchKind(StrEnum):
    ARTICLE = "article"
    TICKET = "ticket"

    def __str__(self) -> str:
        return str(self.value)
