from enum import StrEnum


class ArticleSort(StrEnum):
    TITLE = "title"
    VALUE_0 = "-updated"
    VALUE_2 = "-views"

    def __str__(self) -> str:
        return str(self.value)
