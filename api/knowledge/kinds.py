from enum import StrEnum


class ArticleKind(StrEnum):
    article = "article"
    guide = "guide"  # a yes/no troubleshooting tree


class ArticleStatus(StrEnum):
    draft = "draft"
    published = "published"
    archived = "archived"


class Visibility(StrEnum):
    public = "public"  # customers too, once published
    internal = "internal"  # the support team only


class Language(StrEnum):
    en = "en"
    es = "es"
    it = "it"
    fr = "fr"
