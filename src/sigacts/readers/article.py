"""One article from text plus whatever metadata is known: fill the gaps, check it is English."""

from __future__ import annotations

from datetime import date, datetime

from sigacts.errors import InputError, SkippedInput
from sigacts.readers.dates import parse_date_value
from sigacts.readers.language import ENGLISH, UNDETERMINED, UNSURE_MAX_WORDS, detect_language, language_name
from sigacts.readers.metadata import detect_outlet, detect_published, detect_title
from sigacts.records import Article, content_hash
from sigacts.resources.outlets import load_outlets

MAX_TEXT_CHARS = 2_000_000


def check_text(text: str, where: str) -> None:
    """Raise InputError when a text is too long, empty or contains NUL characters."""
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(
            f"{where}: text is {len(text):,} characters, over the {MAX_TEXT_CHARS:,} limit; "
            "split it into separate articles"
        )
    if not text.strip():
        raise InputError(f"{where}: text is empty or only whitespace; nothing to read")
    if "\x00" in text:
        raise InputError(f"{where}: text contains NUL characters, so it is binary data, not an article")


def check_english(text: str, where: str) -> None:
    """Raise SkippedInput when the text is not English.

    A short text (under UNSURE_MAX_WORDS words) whose language cannot be told, such as a headline of
    names, gets the benefit of the doubt.
    """
    language = detect_language(text)
    if language == ENGLISH or (language == UNDETERMINED and len(text.split()) < UNSURE_MAX_WORDS):
        return
    if language == UNDETERMINED:
        raise SkippedInput(f"{where}: skipped, text does not look like English (language undetermined)")
    raise SkippedInput(f"{where}: skipped, text looks like {language_name(language)} not English")


def coerce_published(value: date | str | None, where: str) -> date | None:
    """A publication date given as metadata, as a date; InputError when it cannot be read."""
    if value is None or isinstance(value, datetime):
        return value.date() if value is not None else None
    if isinstance(value, date):
        return value
    if not str(value).strip():
        return None
    parsed = parse_date_value(str(value))
    if parsed is None:
        raise InputError(f"{where}: published value {value!r} is not a date; write it as YYYY-MM-DD")
    return parsed


def _clean_meta(value: object) -> str | None:
    text = " ".join(str(value).split()) if value is not None else ""
    return text or None


def resolve_outlet(text: str, outlet: str | None, url: str | None) -> str | None:
    """The outlet: the given one (canonical name when known), else named in the text, else from the URL."""
    outlets = load_outlets()
    if outlet:
        return outlets.canonical(outlet) or outlet
    found = detect_outlet(text, outlets)
    if found:
        return found
    by_url = outlets.from_url(url) if url else None
    return by_url.name if by_url else None


def article_from_text(
    text: str,
    *,
    source: str | None = None,
    title: str | None = None,
    published: date | str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    doc_id: str | None = None,
) -> Article:
    """Build an Article from text; metadata given wins, missing metadata is detected in the text.

    Raises InputError for empty, binary or oversized text and for an unreadable `published`, and
    SkippedInput when the text is not English. The id is `doc_id` or the content hash of `text`.
    """
    where = source or "input"
    check_text(text, where)
    check_english(text, where)
    clean_url = _clean_meta(url)
    return Article(
        doc_id=_clean_meta(doc_id) or content_hash(text),
        text=text,
        title=_clean_meta(title) or detect_title(text),
        published=coerce_published(published, where) or detect_published(text),
        outlet=resolve_outlet(text, _clean_meta(outlet), clean_url),
        url=clean_url,
        source=source,
        language=ENGLISH,
    )
