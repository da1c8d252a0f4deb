from collections.abc import Callable
from functools import partial
from typing import Annotated

from fastapi import Depends, Path, Request

from api.auth.deps import CurrentActor
from api.core.deps import SAFE_METHODS, SessionDep, SettingsDep
from api.knowledge.markdown import render_html
from api.knowledge.models import Article
from api.knowledge.service import get_readable


def load_article(
    request: Request,
    actor: CurrentActor,
    session: SessionDep,
    article_id: Annotated[int, Path(description="The article's id.")],
) -> Article:
    """The article if the actor may read it; a 404 either way (drafts and internal ones too)."""
    return get_readable(session, actor, article_id, for_update=request.method not in SAFE_METHODS)


ArticleDep = Annotated[Article, Depends(load_article)]


MarkdownToHtml = Callable[[str], str]


def get_markdown_to_html(settings: SettingsDep) -> MarkdownToHtml:
    """Markdown to safe HTML, with the image hosts this desk allows."""
    return partial(render_html, image_hosts=settings.markdown_image_hosts)


MarkdownDep = Annotated[MarkdownToHtml, Depends(get_markdown_to_html)]
