"""Article text out of an HTML page: trafilatura for the body, a plain paragraph walk as fallback.

Trafilatura drops navigation, share buttons, footers and comments. For very short pages it may find
no main text; then the text of <p>, <h1>-<h6> and <li> elements outside <nav>, <header>, <footer>,
<aside>, <script> and <style> is used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser

import trafilatura

from sigacts.readers.dates import parse_date_value

_HTML_START = re.compile(
    r"(?is)^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b"
)
_HTML_TAGS = re.compile(r"(?i)<(?:html|head|body|article|p|div)\b[^>]*>")
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})


def looks_like_html(text: str) -> bool:
    """True when `text` is an HTML document (doctype or <html>/<head>/<body> first) or tag-dense."""
    head = text[:4096]
    if _HTML_START.match(head):
        return True
    return len(_HTML_TAGS.findall(head)) >= 3 and head.lstrip().startswith("<")


@dataclass(frozen=True)
class HtmlArticle:
    """What an HTML page yields: the article text (title first) and the page's own metadata."""

    text: str
    title: str | None = None
    published: date | None = None
    site_name: str | None = None
    url: str | None = None


class _ParagraphText(HTMLParser):
    """Collects the text of block elements, skipping page furniture."""

    SKIP = frozenset({"nav", "header", "footer", "aside", "script", "style", "noscript", "form", "button"})
    BLOCKS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "title"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip_depth = 0
        self.block: list[str] | None = None
        self.blocks: list[str] = []
        self.title: str | None = None
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.skip_depth += 1
        elif tag in self.BLOCKS and self.skip_depth == 0:
            self.block = []
            self._in_title = tag == "title"

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in self.BLOCKS and self.block is not None:
            content = " ".join("".join(self.block).split())
            if self._in_title:
                # "Headline | Site name": the site name is not part of the title
                self.title = content.split(" | ")[0].strip() or None
            elif content:
                self.blocks.append(content)
            self.block = None
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self.block is not None and self.skip_depth == 0:
            self.block.append(data)


def _fallback(html: str) -> HtmlArticle:
    parser = _ParagraphText()
    parser.feed(html)
    parser.close()
    return HtmlArticle(text="\n".join(parser.blocks), title=parser.title)


def _with_title(body: str, title: str | None) -> str:
    first_line = body.lstrip().split("\n", 1)[0].strip()
    if not title or " ".join(first_line.split()) == " ".join(title.split()):
        return body
    return f"{title}\n\n{body}"


def extract_html(html: str, url: str | None = None) -> HtmlArticle:
    """The article body of an HTML page with its title as the first line, plus page metadata."""
    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False, include_images=False
    )
    body = (getattr(doc, "text", None) or "").strip()
    if not body:
        fallback = _fallback(html)
        return HtmlArticle(_with_title(fallback.text, fallback.title), fallback.title, url=url)
    title = getattr(doc, "title", None) or None
    raw_date = getattr(doc, "date", None)
    return HtmlArticle(
        text=_with_title(body, title),
        title=title,
        published=parse_date_value(raw_date) if isinstance(raw_date, str) else None,
        site_name=getattr(doc, "sitename", None) or None,
        url=getattr(doc, "url", None) or url,
    )
