"""Markdown to safe HTML: rendered with Python-Markdown, then sanitised with nh3.

Article bodies are written by staff, but an account can be taken over and a pasted snippet
can carry a script: whatever the Markdown holds, only the tags and attributes below survive,
links only to http(s), mailto and tel, and every link gets rel="noopener noreferrer".
"""

from __future__ import annotations

import re

import nh3

ALLOWED_TAGS = {
    "p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "strong", "em", "b", "i", "u", "s",
    "blockquote", "code", "pre", "ul", "ol", "li", "dl", "dt", "dd", "a", "img",
    "table", "thead", "tbody", "tr", "th", "td", "sup", "sub", "abbr",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "th": {"align"},
    "td": {"align"},
    "abbr": {"title"},
}
URL_SCHEMES = {"http", "https", "mailto", "tel"}
_HEADING_ONE = re.compile(r"<(/?)h1>")


def markdown_to_html(text: str) -> str:
    """Safe HTML for a Markdown text (raw HTML in it is sanitised, never trusted)."""
    # Imported here: the admin imports this module in every process, `caredesk ingest` too.
    import markdown

    html = markdown.markdown(text or "", extensions=["extra", "sane_lists"], output_format="html")
    # The page has its own <h1> (the title): a heading one in the body becomes a heading two.
    html = _HEADING_ONE.sub(r"<\1h2>", html)
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


def markdown_to_text(text: str) -> str:
    """Plain text of a Markdown body, for a reply email (links kept as "text (url)")."""
    text = re.sub(r"!\[([^\]]*)\]\(([^)\s]+)[^)]*\)", r"\1 (\2)", text or "")
    text = re.sub(r"\[([^\]]+)\]\(([^)\s]+)[^)]*\)", r"\1 (\2)", text)
    text = re.sub(r"^#{1,6}\s*", "", text, flags=re.MULTILINE)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"<[^>]+>", "", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
