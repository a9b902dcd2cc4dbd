"""Tests of the input readers, the metadata detectors, language detection and the outlet list."""

from __future__ import annotations

import codecs
import io
import json
from datetime import date
from pathlib import Path

import pytest

from sigacts.errors import ConfigError, InputError, SkippedInput
from sigacts.readers import article_from_text, count_inputs, read_inputs
from sigacts.readers.decoding import decode_bytes
from sigacts.readers.html import extract_html, looks_like_html
from sigacts.readers.metadata import (
    detect_language,
    detect_outlet,
    detect_published,
    detect_title,
    find_outlet,
    find_published,
)
from sigacts.records import Article, content_hash
from sigacts.resources.outlets import load_outlets, parse_outlets

BODY = (
    "Fighters from a rebel brigade shelled the western edge of the town on Tuesday morning, killing "
    "four civilians and wounding nine others, according to a local council official.\n\n"
    "The official said the shells hit a bakery and two houses near the main square. The brigade has "
    "not commented on the attack, and the army said it had returned fire."
)
ARTICLE = f"Shelling kills four near town square\n\n17 March 2015\n\n{BODY}\n"
FRENCH = (
    "Des combattants ont bombardé la ville mardi matin et quatre civils ont été tués selon un "
    "responsable du conseil local. Les obus sont tombés sur une boulangerie et deux maisons près de la place."
)
SPANISH = (
    "Los combatientes bombardearon la ciudad el martes por la mañana y murieron cuatro civiles, según "
    "un funcionario del consejo local. Los proyectiles cayeron sobre una panadería y dos casas."
)
HTML_PAGE = f"""<!DOCTYPE html>
<html><head><title>Shelling kills four near town square | Example Daily</title>
<meta property="og:site_name" content="Al Jazeera">
<meta property="article:published_time" content="2015-03-17T09:30:00Z"></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news</a></li><li>Sport pages</li></ul></nav>
<article><h1>Shelling kills four near town square</h1>
<p>{BODY.split(chr(10))[0]}</p>
<p>{BODY.split(chr(10))[2]}</p>
<div class="share">Share this article</div>
</article>
<footer><p>Follow us on Twitter and Facebook for the latest updates from our newsroom</p>
<p>All content on this site is provided by the editors of the site.</p></footer>
</body></html>
"""


def read_all(paths: list[str | Path], **kwargs: object) -> list[Article | InputError]:
    return list(read_inputs(paths, **kwargs))  # type: ignore[arg-type]


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


# --- plain text ------------------------------------------------------------------------------------


def test_text_file_gives_article_with_detected_metadata(tmp_path: Path) -> None:
    path = write(
        tmp_path / "shelling.txt", ARTICLE.replace("Fighters from", "KAFR NABL (Reuters) - Fighters from")
    )
    [article] = read_all([path])
    assert isinstance(article, Article)
    assert article.title == "Shelling kills four near town square"
    assert article.published == date(2015, 3, 17)
    assert article.outlet == "Reuters"
    assert article.source == str(path)
    assert article.language == "en"
    assert article.doc_id == content_hash(article.text)
    assert "Share" not in article.text and article.text.startswith("Shelling kills four")


def test_file_without_extension_is_text_and_id_is_stable(tmp_path: Path) -> None:
    first = read_all([write(tmp_path / "one", ARTICLE)])[0]
    second = read_all([write(tmp_path / "two", ARTICLE + "\n\n")])[0]
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.doc_id == second.doc_id == content_hash(ARTICLE)


def test_reader_does_not_strip_boilerplate(tmp_path: Path) -> None:
    [article] = read_all([write(tmp_path / "a.txt", ARTICLE + "\nShare this article\n")])
    assert isinstance(article, Article)
    assert "Share this article" in article.text


# --- HTML ----------------------------------------------------------------------------------------


def test_html_file_gives_body_without_navigation_or_footer(tmp_path: Path) -> None:
    [article] = read_all([write(tmp_path / "page.html", HTML_PAGE)])
    assert isinstance(article, Article)
    assert article.text.startswith("Shelling kills four near town square\n")
    assert "shelled the western edge" in article.text
    for furniture in ("Home", "World news", "Share this article", "Follow us on Twitter"):
        assert furniture not in article.text
    assert article.title == "Shelling kills four near town square"
    assert article.published == date(2015, 3, 17)
    assert article.outlet == "Al Jazeera"


def test_html_is_sniffed_from_content_whatever_the_suffix(tmp_path: Path) -> None:
    [article] = read_all([write(tmp_path / "saved-page.txt", HTML_PAGE)])
    assert isinstance(article, Article)
    assert "<p>" not in article.text and "Home" not in article.text


def test_html_page_without_article_text_is_skipped(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a> <a href='/w'>World</a>"
        "</nav><footer><p>Follow us</p></footer></body></html>"
    )
    [skipped] = read_all([write(tmp_path / "nav.html", page)])
    assert isinstance(skipped, SkippedInput) and "no article text" in str(skipped)


def test_html_title_is_prepended_when_the_body_lacks_it() -> None:
    page = (
        "<html><head><title>Town shelled again</title></head>"
        f"<body><article><p>{BODY}</p></article></body></html>"
    )
    assert looks_like_html(page)
    assert extract_html(page).text.startswith("Town shelled again\n\n")
    assert not looks_like_html(ARTICLE)


# --- JSON Lines, JSON, CSV ------------------------------------------------------------------------


def test_jsonl_records_with_a_malformed_line_in_between(tmp_path: Path) -> None:
    lines = [
        json.dumps(
            {"text": ARTICLE, "id": "a-1", "outlet": "afp", "published": "2015-03-18", "title": "Given"}
        ),
        '{"text": "broken line, no closing brace"',
        "",
        json.dumps({"text": BODY, "url": "https://www.middleeasteye.net/news/some-story"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"body": BODY}),
    ]
    path = write(tmp_path / "batch.jsonl", "\n".join(lines) + "\n")
    results = read_all([path])
    assert len(results) == 5
    first, broken, second, not_object, no_text = results
    assert isinstance(first, Article)
    assert (first.doc_id, first.outlet, first.published, first.title) == (
        "a-1",
        "Agence France-Presse",
        date(2015, 3, 18),
        "Given",
    )
    assert first.source == f"{path}:1"
    assert isinstance(broken, InputError) and f"{path}:2:" in str(broken) and "malformed JSON" in str(broken)
    assert isinstance(second, Article) and second.outlet == "Middle East Eye" and second.source == f"{path}:4"
    assert isinstance(not_object, InputError) and f"{path}:5:" in str(not_object)
    assert isinstance(no_text, InputError) and "'text'" in str(no_text) and f"{path}:6:" in str(no_text)


def test_jsonl_text_field_name_is_configurable(tmp_path: Path) -> None:
    path = write(tmp_path / "batch.jsonl", json.dumps({"body": ARTICLE}) + "\n")
    [article] = read_all([path], text_column="body")
    assert isinstance(article, Article) and article.title == "Shelling kills four near town square"


def test_jsonl_bad_published_value_is_an_error_for_that_record(tmp_path: Path) -> None:
    path = write(tmp_path / "batch.jsonl", json.dumps({"text": ARTICLE, "published": "last Tuesday"}) + "\n")
    [error] = read_all([path])
    assert isinstance(error, InputError) and "YYYY-MM-DD" in str(error)


def test_json_file_with_a_list_of_objects(tmp_path: Path) -> None:
    path = write(tmp_path / "two.json", json.dumps([{"text": ARTICLE}, {"text": FRENCH}, 3]))
    first, french, bad = read_all([path])
    assert isinstance(first, Article)
    assert isinstance(french, SkippedInput) and f"{path}#2" in str(french)
    assert isinstance(bad, InputError)


def test_csv_with_default_and_optional_columns(tmp_path: Path) -> None:
    rows = 'id,title,text,published,outlet,url\nr1,Town shelled,"' + ARTICLE.replace('"', '""') + '",,,\n'
    rows += 'r2,,"Second report of the day. ' + BODY + '",March 19 2015,The Daily Star,\n'
    path = write(tmp_path / "rows.csv", rows)
    first, second = read_all([path])
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.doc_id, first.title, first.published) == ("r1", "Town shelled", date(2015, 3, 17))
    assert (second.doc_id, second.published, second.outlet) == (
        "r2",
        date(2015, 3, 19),
        "The Daily Star (Lebanon)",
    )
    # the first record spans several lines; the second starts after them
    assert first.source == f"{path}:2"
    assert second.source == f"{path}:{2 + ARTICLE.count(chr(10)) + 1}"


def test_csv_with_a_named_text_column_and_tsv(tmp_path: Path) -> None:
    csv_path = write(tmp_path / "a.csv", f'headline,Body\nTown shelled,"{BODY}"\n')
    tsv_path = write(tmp_path / "b.tsv", f"body\n{BODY.replace(chr(10), ' ')}\n")
    results = read_all([csv_path, tsv_path], text_column="body")
    assert [type(r) for r in results] == [Article, Article]


def test_csv_without_the_text_column_is_one_error_naming_the_columns(tmp_path: Path) -> None:
    path = write(tmp_path / "rows.csv", f'headline,story\nTown shelled,"{BODY}"\n')
    [error] = read_all([path])
    assert isinstance(error, InputError)
    assert str(path) in str(error) and "'text'" in str(error) and "'story'" in str(error)
    assert "\n" not in str(error)


def test_csv_bad_row_does_not_stop_the_file(tmp_path: Path) -> None:
    path = write(tmp_path / "rows.csv", f'text\n"{FRENCH}"\n   \n"{BODY}"\n')
    french, article = read_all([path])
    assert isinstance(french, SkippedInput) and f"{path}:2" in str(french)
    assert isinstance(article, Article)


# --- directories and stdin --------------------------------------------------------------------------


def test_directory_is_read_recursively_sorted_skipping_hidden(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", ARTICLE)
    write(tmp_path / "a" / "z.txt", ARTICLE.replace("four", "five"))
    write(tmp_path / "a" / "bad.txt", b"")
    write(tmp_path / ".hidden.txt", ARTICLE)
    write(tmp_path / ".git" / "config.txt", ARTICLE)
    results = read_all([tmp_path])
    sources = [r.source if isinstance(r, Article) else str(r).split(":")[0] for r in results]
    assert sources == [
        str(tmp_path / "a" / "bad.txt"),
        str(tmp_path / "a" / "z.txt"),
        str(tmp_path / "b.txt"),
    ]
    assert isinstance(results[0], InputError)
    assert count_inputs([tmp_path]) == 3
    assert count_inputs([tmp_path, tmp_path / "b.txt"]) == 4
    assert count_inputs([tmp_path, "-"]) is None


def test_a_single_path_may_be_given_bare(tmp_path: Path) -> None:
    path = write(tmp_path / "one.txt", ARTICLE)
    assert [type(r) for r in read_inputs(str(path))] == [Article]
    assert count_inputs(str(path)) == 1


def test_stdin_text_and_jsonl() -> None:
    [article] = read_all(["-"], stdin=io.StringIO(ARTICLE))
    assert isinstance(article, Article) and article.source == "stdin"
    jsonl = json.dumps({"text": ARTICLE}) + "\n" + json.dumps({"text": SPANISH}) + "\n"
    first, spanish = read_all(["-"], stdin=io.StringIO(jsonl))
    assert isinstance(first, Article)
    assert isinstance(spanish, SkippedInput) and "stdin:2" in str(spanish) and "Spanish" in str(spanish)


def test_empty_stdin_is_an_error() -> None:
    [error] = read_all(["-"], stdin=io.StringIO(""))
    assert isinstance(error, InputError) and "stdin" in str(error)


def test_missing_path_is_an_error_and_the_batch_goes_on(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", ARTICLE)
    missing, article = read_all([tmp_path / "nope.txt", good])
    assert isinstance(missing, InputError) and "no such file" in str(missing)
    assert isinstance(article, Article)


# --- bad inputs ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\x00\x01\x02binary\x00data" * 20, "binary file"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (bytes(range(1, 32)) * 40, "control characters"),
        (b"", "empty file"),
        (b"   \n\t\n  ", "only whitespace"),
        (b"\x81\x8d\x8f\x90\x9d" * 30, "cannot decode"),
        (bytes(range(0xA0, 0x100)) * 8, "cannot decode"),
    ],
)
def test_bad_files_give_one_line_errors_naming_the_file(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    path = write(tmp_path / "bad.txt", content)
    good = write(tmp_path / "good.txt", ARTICLE)
    error, article = read_all([path, good])
    assert isinstance(error, InputError) and not isinstance(error, SkippedInput)
    assert str(error).startswith(f"{path}:") and expected in str(error)
    assert "\n" not in str(error)
    assert isinstance(article, Article)


def test_cp1252_bytes_are_decoded(tmp_path: Path) -> None:
    text = ARTICLE.replace("local council official", "\u201clocal council\u201d official at the caf\u00e9")
    [article] = read_all([write(tmp_path / "old.txt", text.encode("cp1252"))])
    assert isinstance(article, Article)
    assert "\u201clocal council\u201d official at the caf\u00e9" in article.text


def test_utf8_bom_and_utf16_are_decoded() -> None:
    assert decode_bytes(codecs.BOM_UTF8 + "caf\u00e9".encode(), "x") == "caf\u00e9"
    assert decode_bytes("caf\u00e9 au lait".encode("utf-16"), "x") == "caf\u00e9 au lait"


@pytest.mark.parametrize(("text", "language"), [(FRENCH, "French"), (SPANISH, "Spanish")])
def test_non_english_file_is_skipped_with_a_message(tmp_path: Path, text: str, language: str) -> None:
    path = write(tmp_path / "foreign.txt", text)
    [skipped] = read_all([path])
    assert isinstance(skipped, SkippedInput)
    assert str(skipped) == f"{path}: skipped, text looks like {language} not English"


def test_arabic_script_is_skipped() -> None:
    with pytest.raises(SkippedInput, match="Arabic"):
        article_from_text("قصفت القوات الحكومية البلدة صباح الثلاثاء وقتل أربعة مدنيين", source="ar.txt")


def test_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt", ARTICLE * 10)
    [error] = read_all([path], max_bytes=1000)
    assert isinstance(error, InputError) and "limit" in str(error) and str(path) in str(error)


def test_record_text_over_two_million_characters_is_refused() -> None:
    with pytest.raises(InputError, match="2,000,000"):
        article_from_text("shells fell " * 200_000, source="huge.jsonl:1")


def test_article_from_text_raises_on_whitespace() -> None:
    with pytest.raises(InputError, match="whitespace"):
        article_from_text(" \n\t ", source="blank")


# --- article_from_text and language ----------------------------------------------------------------


def test_explicit_metadata_wins_over_detection() -> None:
    text = ARTICLE.replace("Fighters from", "(AP) - Fighters from")
    article = article_from_text(
        text, title="Given title", published="2016-01-02", outlet="reuters", doc_id="x1", url="http://e.org/a"
    )
    assert (article.title, article.published, article.outlet, article.doc_id, article.url) == (
        "Given title",
        date(2016, 1, 2),
        "Reuters",
        "x1",
        "http://e.org/a",
    )
    detected = article_from_text(text)
    assert (detected.title, detected.published, detected.outlet) == (
        "Shelling kills four near town square",
        date(2015, 3, 17),
        "Associated Press",
    )
    assert article_from_text(text, published=date(2014, 5, 6)).published == date(2014, 5, 6)


def test_unknown_explicit_outlet_is_kept_and_url_gives_outlet() -> None:
    assert article_from_text(BODY, outlet="Valley Courier").outlet == "Valley Courier"
    assert article_from_text(BODY, url="https://english.alaraby.co.uk/news/x").outlet == "The New Arab"


NAME_HEAVY = (
    "Al-Shabaab militants stormed a base in Lower Shabelle's Awdheegle district early Sunday, Garowe "
    "Online reported. SNA commander Abdullahi Hassan Mohamed said seven soldiers died."
)
SWAHILI = (
    "Wapiganaji walishambulia kambi ya jeshi katika wilaya hiyo mapema Jumapili na kuwaua askari saba, "
    "afisa mmoja alisema leo asubuhi kwenye redio ya eneo hilo."
)
ENGLISH_WITH_NAMES = (
    "Jaish al-Islam and Ahrar al-Sham fighters shelled Douma, al-Marj and Harasta from Tal Kurdi, "
    "Abu Mohammed al-Golani's men said, while Hayat Tahrir al-Sham denied it."
)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (BODY, "en"),
        (ENGLISH_WITH_NAMES, "en"),
        ("Two soldiers were killed in Idlib on Monday.", "en"),
        (FRENCH, "fr"),
        (SPANISH, "es"),
        ("Die Kämpfer haben am Dienstag die Stadt beschossen und vier Zivilisten getötet.", "de"),
        ("Боевики обстреляли город во вторник утром, погибли четыре человека.", "ru"),
        ("قصفت القوات الحكومية البلدة صباح الثلاثاء", "ar"),
        ("12 345 678", "und"),
        (NAME_HEAVY, "en"),
        ("Os combatentes bombardearam a cidade e quatro civis foram mortos, segundo um funcionário.", "pt"),
        ("I combattenti hanno bombardato la città e quattro civili sono stati uccisi nella notte.", "it"),
        ("De strijders hebben de stad beschoten en vier burgers zijn gedood, volgens een ambtenaar.", "nl"),
        (SWAHILI, "und"),
    ],
)
def test_detect_language(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_english_with_many_transliterated_names_is_accepted() -> None:
    assert article_from_text(ENGLISH_WITH_NAMES).language == "en"


def test_long_text_in_an_unknown_language_is_skipped() -> None:
    with pytest.raises(SkippedInput, match="undetermined"):
        article_from_text(SWAHILI, source="sw.txt")


def test_short_title_case_headline_is_not_rejected() -> None:
    assert article_from_text("Rebels Seize Airbase Near Taftanaz").title is None


def test_english_article_quoting_a_french_sentence_stays_english() -> None:
    assert article_from_text(f"{BODY}\n\nOne resident wrote: \u00ab Nous avons peur. \u00bb").language == "en"


# --- metadata detectors ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("19 February, 2015", date(2015, 2, 19)),
        ("March 17, 2015", date(2015, 3, 17)),
        ("17 March 2015", date(2015, 3, 17)),
        ("2015-03-17", date(2015, 3, 17)),
        ("Tuesday 17 March 2015", date(2015, 3, 17)),
        ("Published: Tuesday, March 17, 2015 10:32 GMT", date(2015, 3, 17)),
        ("Mar. 3, 2016 | By Sam Writer", date(2016, 3, 3)),
        ("Updated 2015-03-17T08:00:00Z", date(2015, 3, 17)),
        ("1st of June 2014", date(2014, 6, 1)),
    ],
)
def test_detect_published_formats(line: str, expected: date) -> None:
    assert detect_published(f"Town shelled again\n{line}\n\n{BODY}") == expected


def test_detect_published_ignores_impossible_and_far_down_dates() -> None:
    assert detect_published(f"Town shelled again\n31 February 2015\n\n{BODY}") is None
    far = "\n\n".join([BODY] * 9) + "\n\nThe siege began on 4 April 2013."
    assert detect_published(far) is None


def test_detect_published_prefers_a_date_line_to_a_date_in_the_body() -> None:
    body = "On 15 March 2011, the first protests began in the southern city, residents recalled this week."
    assert detect_published(f"Anniversary of the uprising\n\n{body}") is None
    assert detect_published(f"Protests marked 15 March 2011 anniversary\n4 April 2016\n\n{body}") == date(
        2016, 4, 4
    )


def test_find_published_reports_the_span() -> None:
    text = f"Town shelled again\n\nBEIRUT, March 17, 2015 (AP) - {BODY}"
    found = find_published(text)
    assert found is not None and text[found.start : found.end] == "March 17, 2015"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (ARTICLE, "Shelling kills four near town square"),
        (
            f"By Sam Writer\n17 March 2015\nShelling kills four near town square\n\n{BODY}",
            "Shelling kills four near town square",
        ),
        (f"Reuters\nShelling kills four near town square\n\n{BODY}", "Shelling kills four near town square"),
        (f"Is the truce over?\n\n{BODY}", "Is the truce over?"),
        (BODY, None),
        (BODY.replace("\n\n", " "), None),
        (f"Shelling\n\n{BODY}", None),
    ],
)
def test_detect_title(text: str, title: str | None) -> None:
    assert detect_title(text) == title


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (f"KAFR NABL, Syria (Reuters) - {BODY}", "Reuters"),
        (f"BEIRUT (AP) \u2014 {BODY}", "Associated Press"),
        (f"ALEPPO, March 17 (AFP) - {BODY}", "Agence France-Presse"),
        (
            f"{BODY}\n\nFor more from Syria Direct, like us on Facebook or follow us on Twitter.",
            "Syria Direct",
        ),
        (f"{BODY}\n\nFor more from Valley Courier, like us on Facebook.", "Valley Courier"),
        (
            (f"{BODY}\n\nOpinions expressed in this article remain those of the author and do not necessarily "
            "reflect those of al-Araby al-Jadeed, its editorial board or staff."),
            "The New Arab",
        ),
        (f"{BODY} A commander told Al Jazeera the attack would continue.", "Al Jazeera"),
        (f"{BODY} A commander told the Associated Press by phone.", "Associated Press"),
        (f"{BODY} A commander told The Associated Press Tuesday.", "Associated Press"),
        (f"{BODY} A spokesman told al-Araby al-Jadeed that talks had failed.", "The New Arab"),
        (f"{BODY}\n\n\u00a9 2016 Valley Courier Ltd. All rights reserved.", "Valley Courier"),
        (f"{BODY}\n\n\u00a9 2015 Thomson Reuters", "Reuters"),
        (f"{BODY}\n\nCopyright 2015 The Associated Press. All rights reserved.", "Associated Press"),
        (f"{BODY}\n(Reporting by Sam Writer; Editing by Alex Editor)", "Reuters"),
        (f"Kurdistan24\nShelling kills four\n\n{BODY}", "Kurdistan24"),
    ],
)
def test_detect_outlet(text: str, outlet: str) -> None:
    assert detect_outlet(text) == outlet


@pytest.mark.parametrize(
    "text",
    [
        BODY,
        f"{BODY} A commander told reporters the attack would continue.",
        f"{BODY} A resident told the Syrian Observatory for Human Rights about it.",
        f"{BODY} A commander told ap by phone.",
        f"{BODY}\n\nPhoto: \u00a9 AFP",
        f"{BODY} The governor told the national assembly that the road was closed.",
        f"{BODY} The governor told the Independent Electoral Commission about the attack.",
        f"{BODY} Farmers complained that copyright Law Number 5 was never enforced.",
        f"{BODY} The fighters (estimated at 40) - mostly local - withdrew.",
    ],
)
def test_detect_outlet_finds_nothing(text: str) -> None:
    assert detect_outlet(text) is None


def test_dateline_outlet_wins_over_told() -> None:
    text = f"BEIRUT (Reuters) - {BODY} A doctor told Al Jazeera he saw six bodies."
    found = find_outlet(text)
    assert found is not None and (found.name, found.rule) == ("Reuters", "dateline")
    assert text[found.start : found.end] == "Reuters"


# --- the outlet list ------------------------------------------------------------------------------


def test_outlet_list_is_complete_and_sourced() -> None:
    outlets = load_outlets()
    assert len(outlets) >= 80
    assert all(o.source for o in outlets.outlets)
    names = {o.name for o in outlets.outlets}
    for expected in ("Reuters", "The New Arab", "Syria Direct", "SANA", "Naharnet", "Rudaw", "TASS", "Dawn"):
        assert expected in names
    assert outlets.get("SOHR") is None and outlets.get("Syrian Observatory for Human Rights") is None


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("AP", "Associated Press"),
        ("the associated press", "Associated Press"),
        ("Al-Araby Al-Jadeed", "The New Arab"),
        ("al araby al jadeed", "The New Arab"),
        ("Asharq al-Awsat", "Asharq Al-Awsat"),
        ("www.aljazeera.com", "Al Jazeera"),
        ("Kyiv Independent", "The Kyiv Independent"),
        ("Valley Courier", None),
    ],
)
def test_outlet_canonical_names(name: str, canonical: str | None) -> None:
    assert load_outlets().canonical(name) == canonical


def test_national_outlets_say_which_country_they_report_on() -> None:
    outlets = load_outlets()
    assert outlets.covered_country("The Hindu") == "IN"
    assert outlets.covered_country("Times of India") == "IN"
    assert outlets.covered_country("dawn (Pakistan)") == "PK"  # a bracketed country the list lacks is dropped
    assert outlets.covered_country("Reuters") is None  # wire services and broadcasters report everywhere
    assert outlets.covered_country("Valley Courier") is None
    assert outlets.covered_country("Right Vision News") == "PK"  # a national news service
    assert outlets.covered_country(None) is None
    # an outlet the list lacks, named after one country, reports that country's news
    assert outlets.covered_country("Kenya Weekly Observer") == "KE"
    assert outlets.covered_country("Chad and Niger Newsletter") is None  # two countries: no one country


def test_outlet_names_with_a_misread_no_break_space_are_found() -> None:
    # a no-break space read back as "Ê" (Mac Roman) between two words of the name
    outlets = load_outlets()
    assert outlets.canonical("Times ofÊIndia") == "The Times of India"
    assert outlets.covered_country("Times ofÊIndia") == "IN"
    assert outlets.covered_country("Weekly News ofÊKenya") == "KE"  # unknown outlet named after one country
    assert outlets.canonical("CRÊME Magazine") is None  # a capital Ê inside a word is a letter


def test_outlet_from_url_uses_parent_domains() -> None:
    outlets = load_outlets()
    found = outlets.from_url("https://edition.cnn.com/2015/03/17/world/story.html")
    assert found is not None and found.name == "CNN"
    assert outlets.from_url("https://example.org/cnn.com") is None


def test_bad_outlet_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="outlets"):
        parse_outlets("outlets: {not: a list}", "bad.yaml")
    with pytest.raises(ConfigError, match="no name"):
        parse_outlets("outlets:\n  - aliases: [X]\n", "bad.yaml")
    with pytest.raises(ConfigError, match="cannot read"):
        load_outlets(tmp_path / "missing.yaml")


def test_html_fallback_reads_paragraphs_when_trafilatura_finds_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("sigacts.readers.html.trafilatura.bare_extraction", lambda *a, **k: None)
    page = extract_html(HTML_PAGE)
    assert page.title == "Shelling kills four near town square"
    assert page.text.startswith("Shelling kills four near town square\n")
    assert "shelled the western edge" in page.text
    assert "Home" not in page.text and "Follow us" not in page.text


def test_jsonl_text_holding_a_whole_html_page_is_extracted(tmp_path: Path) -> None:
    path = write(tmp_path / "pages.jsonl", json.dumps({"text": HTML_PAGE, "id": "p1"}) + "\n")
    [article] = read_all([path])
    assert isinstance(article, Article) and article.doc_id == "p1"
    assert "<p>" not in article.text and "World news" not in article.text


def test_african_national_papers_cover_their_country() -> None:
    outlets = load_outlets()
    for name, country in (("The Observer (Kampala)", "UG"), ("Camer.be", "CM"), ("Cape Times", "ZA"),
                          ("Radio Tamazuj", "SS")):
        outlet = outlets.get(name)
        assert outlet is not None and outlet.covers == country, name
