"""Tests of the clean stage: character normalisation, boilerplate removal, repeats, idempotence."""

from __future__ import annotations

import pytest

from sigacts.pipeline.base import Document, Pipeline, Stage
from sigacts.records import Article
from sigacts.stages.clean import Clean, clean_text, is_boilerplate, strip_read_time

BODY = "Gunmen attacked a checkpoint outside the town of Kafr Nabl on Sunday night, residents said."
SECOND = "Two guards were wounded and taken to a field hospital in the nearby village."


def test_line_breaks_spaces_and_invisible_characters_are_normalised() -> None:
    broken = SECOND.replace("field", "fi\u200beld")
    text = f"Checkpoint attacked\r\n\r\n{BODY}\u00a0 \t \r{broken}   \u2028"
    assert clean_text(text) == f"Checkpoint attacked\n\n{BODY}\n{SECOND}"


def test_unicode_is_nfc_and_curly_quotes_are_kept() -> None:
    text = (
        "Cafe\u0301 owner speaks\n\n\u201cWe heard the blast at dawn,\u201d the owner of the cafe\u0301 said."
    )
    cleaned = clean_text(text)
    assert "Café owner speaks" in cleaned
    assert "\u201cWe heard the blast at dawn,\u201d" in cleaned


def test_runs_of_blank_lines_collapse_and_text_is_trimmed() -> None:
    assert clean_text(f"\n\n  Title line here\n\n\n\n\n{BODY}\n\n\n") == f"Title line here\n\n{BODY}"


def test_control_characters_are_removed() -> None:
    assert clean_text(f"Title line here\n{BODY}\x07\x1b") == f"Title line here\n{BODY}"


@pytest.mark.parametrize(
    "line",
    [
        "3 min read",
        "12 min read",
        "Share this article",
        "Share on Facebook",
        "Share on Twitter",
        "Facebook Twitter WhatsApp Email",
        "Follow us on Twitter",
        "For more from Example Daily, like us on Facebook or follow us on Twitter.",
        ("Opinions expressed in this article remain those of the author and do not necessarily reflect those "
        "of Example Daily, its editorial board or staff."),
        "This article was an edited translation of a report by our Farsi service.",
        "Photo courtesy of a local media office",
        "Click here to read the full report",
        "Subscribe to our newsletter",
        "Read more: Fighting flares again in the north",
        "Advertisement",
        "Copyright 2016 Example Daily. All rights reserved.",
    ],
)
def test_boilerplate_lines_are_removed(line: str) -> None:
    assert is_boilerplate(line)
    assert clean_text(f"Checkpoint attacked\n\n{BODY}\n\n{line}\n\n{SECOND}") == (
        f"Checkpoint attacked\n\n{BODY}\n\n{SECOND}"
    )


@pytest.mark.parametrize(
    "line",
    [
        BODY,
        "Subscribers to the satellite service lost their signal on Monday.",
        "Click-bait claims about the attack spread quickly online, the ministry complained.",
        "Share prices fell in Beirut after the attack.",
    ],
)
def test_article_sentences_are_not_boilerplate(line: str) -> None:
    assert not is_boilerplate(line)


def test_a_long_paragraph_is_never_boilerplate() -> None:
    paragraph = "Read more than " + "the council statement said the strikes continued overnight " * 8
    assert not is_boilerplate(paragraph.strip())


def test_read_time_glued_to_the_end_of_a_line_is_removed() -> None:
    assert strip_read_time("reflect those of Example Daily, its editorial board or staff.3 min read") == (
        "reflect those of Example Daily, its editorial board or staff."
    )
    text = (
        "Checkpoint attacked\n\nOpinions expressed in this article remain those of the author and do not "
        f"necessarily reflect those of Example Daily, its editorial board or staff.3 min read\n\n{BODY}"
    )
    assert clean_text(text) == f"Checkpoint attacked\n\n{BODY}"


def test_read_time_inside_a_sentence_is_kept() -> None:
    line = "The 3 min read of the statement on television angered residents."
    assert strip_read_time(line) == line


def test_repeated_paragraph_is_removed_keeping_the_first() -> None:
    text = f"Checkpoint attacked\n\n{BODY}\n\n{SECOND}\n\n{BODY}"
    assert clean_text(text) == f"Checkpoint attacked\n\n{BODY}\n\n{SECOND}"


def test_pull_quote_copied_from_a_paragraph_is_removed() -> None:
    quote = "\u201cThey came in the night and burned the fields,\u201d a farmer said."
    paragraph = f"Farmers described the raid in detail. {quote} Others declined to speak."
    text = f"Checkpoint attacked\n\n{quote}\n\n{paragraph}\n\n{SECOND}"
    assert clean_text(text) == f"Checkpoint attacked\n\n{paragraph}\n\n{SECOND}"


def test_short_heading_inside_a_paragraph_is_kept() -> None:
    text = f"Checkpoint attacked\n\nThe wounded\n\nThe wounded were taken north. {SECOND}"
    assert clean_text(text) == text


def test_repeated_byline_and_date_lines_keep_first_and_title() -> None:
    text = (
        "Checkpoint attacked near Kafr Nabl\n\nBy Sam Writer\n17 March 2015\n\n"
        f"{BODY}\n\nBy Sam Writer\n17 March 2015\n\n{SECOND}\n\nCheckpoint attacked near Kafr Nabl"
    )
    assert clean_text(text) == (
        f"Checkpoint attacked near Kafr Nabl\n\nBy Sam Writer\n17 March 2015\n\n{BODY}\n\n{SECOND}"
    )


def test_title_contained_in_the_first_paragraph_is_kept() -> None:
    title = "Gunmen attacked a checkpoint outside the town of Kafr Nabl"
    text = f"{title}\n\n{BODY}"
    assert clean_text(text) == text


SAMPLES = [
    "",
    "   \n\n  ",
    f"Checkpoint attacked\r\n3 min read\r\n\r\n\r\n{BODY}\u00a0\u00a0\n{BODY}\n\nShare this article\n",
    f"Title line here\n\n{BODY}.3 min read 2 min read\n\nAdvertisement\n\n{SECOND}\n{SECOND}",
    "e\u200b\u0301 accent split by a zero-width space\n\n" + BODY,
    f"{BODY}\n\n\u201c{SECOND}\u201d\n\nThey said: {SECOND} and more.\n\n\n\n{BODY}",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_clean_text_is_idempotent(text: str) -> None:
    once = clean_text(text)
    assert clean_text(once) == once


def test_clean_text_is_deterministic() -> None:
    assert [clean_text(s) for s in SAMPLES] == [clean_text(s) for s in SAMPLES]


def test_clean_stage_follows_the_protocol_and_provides_text() -> None:
    stage = Clean()
    assert isinstance(stage, Stage)
    assert (stage.name, stage.version, stage.requires, stage.provides) == (
        "clean",
        "1",
        ("article",),
        ("text",),
    )
    article = Article.from_text(f"Checkpoint attacked\n\nShare this article\n\n{BODY}")
    doc = Pipeline([stage]).run(Document(article))
    assert doc.text == f"Checkpoint attacked\n\n{BODY}"
    assert doc.article.text.startswith("Checkpoint attacked\n\nShare this article")


@pytest.mark.parametrize(
    ("raw", "mended"),
    [
        ("Nurses held a proteston Monday.", "Nurses held a protest on Monday."),
        ("Doctors held demonstrationin Tula.", "Doctors held demonstration in Tula."),
        ("They went on a hungerstrike.", "They went on a hunger strike."),
        ("Students staged a pro-test.", "Students staged a protest."),
        ("A mob gathered inprotest.", "A mob gathered in protest."),
        ("Workers held a jointÊprotestÊrally.", "Workers held a joint protest rally."),
    ],
)
def test_protest_words_typed_without_their_space_are_mended(raw: str, mended: str) -> None:
    assert clean_text(raw) == mended


@pytest.mark.parametrize("line", ["The protestant church held a service.", "A striker scored in Lyon.", "ÊTRE"])
def test_words_that_only_look_glued_are_kept(line: str) -> None:
    assert clean_text(line) == line


def test_a_short_aside_in_square_brackets_gets_round_brackets() -> None:
    assert clean_text("Rioters on Monday [3 May] torched a bus.") == "Rioters on Monday (3 May) torched a bus."
    assert clean_text("See list [a [b] c].") == "See list [a (b) c]."
