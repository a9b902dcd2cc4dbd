"""The geoparse and ucdp-places evaluations read their formats and score, on small files we write."""

from __future__ import annotations

from pathlib import Path

from sigacts.api import Coder
from sigacts.evaluation import evaluate, load_gold

GEOWEBNEWS = """<?xml version="1.0" ?>
<articles><article file="0"><title>t</title><link>l</link>
<text>Shelling hit Aleppo and Homs on Monday.</text>
<toponyms>
<toponym><extractedName>Aleppo</extractedName><type>Literal</type><start>13</start><end>19</end>
<latitude>36.2</latitude><longitude>37.16</longitude></toponym>
<toponym><extractedName>Homs</extractedName><type>Literal</type><start>24</start><end>28</end>
<latitude>34.73</latitude><longitude>36.71</longitude></toponym>
<toponym><extractedName>Monday</extractedName><type>Literal</type><start>32</start><end>38</end></toponym>
</toponyms></article></articles>
"""
# GeoVirus offsets are one character late; the loader finds each name near its stated offset.
GEOVIRUS = """<articles><article><source>s</source>
<text>An outbreak was reported in Eldoret, Kenya.</text>
<locations><location><name>Eldoret</name><start>29</start><end>36</end><lat>0.5143</lat><lon>35.2698</lon></location>
</locations></article></articles>
"""
UCDP = (
    "id,where_coordinates,latitude,longitude,country\n"
    "1,Aleppo town,36.2,37.16,Syria\n2,Zorblatistan village,35.0,38.0,Syria\n"
)


def test_geoparse_reads_both_formats_and_pools_a_folder(tmp_path: Path, coder: Coder) -> None:
    (tmp_path / "GeoWebNews.xml").write_text(GEOWEBNEWS, encoding="utf-8")
    (tmp_path / "GeoVirus.xml").write_text(GEOVIRUS, encoding="utf-8")
    items = load_gold("geoparse", tmp_path)
    assert [len(item.gold["toponyms"]) for item in items] == [1, 2]  # sorted files; no coordinates, no row
    assert items[0].text[items[0].gold["toponyms"][0]["start"] :].startswith("Eldoret")
    report = evaluate("geoparse", tmp_path, coder=coder)
    assert report.metrics["rows"] == 3
    assert report.metrics["recall"] == 1.0 and report.metrics["accuracy_161km"] == 1.0


def test_ucdp_places_scores_and_counts_unresolved(tmp_path: Path, coder: Coder) -> None:
    path = tmp_path / "ged.csv"
    path.write_text(UCDP, encoding="utf-8")
    report = evaluate("ucdp-places", path, coder=coder)
    assert report.metrics == {"within_10km": 0.5, "within_50km": 0.5, "unresolved": 0.5, "rows": 2}
    assert report.errors[0]["miss"] == "unresolved"


def test_a_county_named_like_a_town_of_another_state_lies_at_the_articles_place(coder: Coder) -> None:
    from sigacts.evaluation.base import GoldItem
    from sigacts.evaluation.geoparse import code

    text = "Deputies in Tulsa arrested two men on Monday. The Lincoln County sheriff said both men were released."
    [toponyms] = code([GoldItem("t", text, None, {"toponyms": []})], coder)
    assert toponyms is not None
    county = next(t for t in toponyms if t.text.startswith("Lincoln"))
    assert county.place.name == "Tulsa"  # not Lincoln, Nebraska


def _toponyms(coder: Coder, text: str) -> dict[str, str | None]:
    from sigacts.evaluation.base import GoldItem
    from sigacts.evaluation.geoparse import code

    [toponyms] = code([GoldItem("t", text, None, {"toponyms": []})], coder)
    return {t.text: t.place.name for t in toponyms or []}


def test_a_building_the_gazetteer_lacks_lies_in_the_articles_town_not_its_province(coder: Coder) -> None:
    text = "Illinois lawmakers met on Monday. Illinois officials said little. Police in Chicago said a man was stabbed near Wrigley Field."
    assert _toponyms(coder, text)["Wrigley Field"] == "Chicago"


def test_a_small_town_far_from_the_articles_other_places_is_read_as_part_of_its_area(coder: Coder) -> None:
    text = "Police in Chicago and Evanston said a man was stabbed on Monday in Bangor, a bar district on the North Side."
    assert _toponyms(coder, text)["Bangor"] == "Chicago"
    # Where people come from may be far away.
    assert _toponyms(coder, "Two men from Bangor were arrested in Chicago and Evanston on Monday.")["Bangor"] == "Bangor"


def test_a_state_abbreviated_in_ap_style_is_the_state(coder: Coder) -> None:
    assert _toponyms(coder, "Farmers in rural Okla. said the storm ruined the wheat.")["Okla."] == "Oklahoma"
