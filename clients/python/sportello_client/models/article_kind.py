from enum import StrEnum


class ArticleKind(StrEnum):
    ARTICLE = "article"
    GUIDE = "guide"

    def __str__(self) -> str:
        return str(self.value)
