"""Tests for the geocode stage and the place parts of the mentions stage, on sentences written for them."""

from __future__ import annotations

from typing import Any

import spacy
from spacy.tokens import Span

from sigacts.api import Coder
from sigacts.pipeline.base import Document
from sigacts.readers import article_from_text
from sigacts.records import Place
from sigacts.stages.mentions import _unit_named_tail


def _run(coder: Coder, text: str) -> Document:
    return coder.pipeline.run(Document(article_from_text(text)))


def _places(doc: Document) -> dict[str, Place]:
    return {mention.text: place for mention, place in doc["places"].items()}


def _event_places(doc: Document) -> list[Place | None]:
    return [found.place for found in doc["event_places"].values()]


def test_focus_comes_from_place_votes_when_no_country_is_named(coder: Coder) -> None:
    doc = _run(coder, "Villagers blocked the road between Samba and Jammu after the shelling of their homes.")
    assert doc["focus_countries"][0] == "IN"
    assert _places(doc)["Samba"].country_code == "IN"


def test_regional_words_point_to_their_country(coder: Coder) -> None:
    doc = _run(coder, "Picketers set a bus on fire in Magura during the hartal on Monday.")
    assert doc["focus_countries"][0] == "BD"
    assert _places(doc)["Magura"].country_code == "BD"


def test_regional_words_hyphenated_or_in_several_words_point_to_their_country(coder: Coder) -> None:
    hyphen = _run(coder, "Police resorted to a lathi-charge when the farmers would not leave the road.")
    assert hyphen["focus_countries"][:1] == ["IN"]
    house = _run(coder, "Opposition members walked out of the Vidhan Sabha and marched towards the gate.")
    assert house["focus_countries"][:1] == ["IN"]
    council = _run(coder, "Supporters of two rival candidates for union parishad chairman clashed on Friday.")
    assert council["focus_countries"][:1] == ["BD"]
    strike = _run(coder, "Police arrested twelve banda enforcers who were blocking vehicles on Monday.")
    assert strike["focus_countries"][:1] == ["NP"]
    capital = _run(coder, "Rioters torched two buses in Banda on Monday.")
    assert "NP" not in capital["focus_countries"]


def test_a_pair_of_demonyms_before_border_votes_for_both_countries_but_a_backer_does_not(coder: Coder) -> None:
    pair = _run(coder, "Troops exchanged fire along the Thai-Cambodian border on Sunday.")
    assert set(pair["focus_countries"][:2]) == {"TH", "KH"}
    backed = _run(coder, "Saudi-led aircraft struck a market on Sunday, killing five people.")
    assert "SA" not in backed["focus_countries"]
    origin = _run(coder, "Writers marched on Sunday to mourn a Swedish-American poet who was stabbed.")
    assert origin["focus_countries"] == []


def test_a_nationality_that_says_whose_a_thing_is_is_no_country_of_the_report(coder: Coder) -> None:
    owned = _run(coder, "Hundreds of weavers at a Korean owned mill walked out on Monday over unpaid wages.")
    assert "KR" not in owned["focus_countries"]
    company = _run(coder, "Farmers blocked a road to stop a Japanese company from fencing off their grazing land.")
    assert "JP" not in company["focus_countries"]
    troops = _run(coder, "Japanese soldiers fired warning shots at a crowd near the port on Monday.")
    assert troops["focus_countries"][:1] == ["JP"]


def test_town_names_spacy_mislabels_are_still_places(coder: Coder) -> None:
    doc = _run(coder, "In Feni, strikers burned two lorries and a motorbike on Monday.")
    assert _places(doc)["Feni"].country_code == "BD"


def test_unit_words_after_a_name_lead_to_the_town(coder: Coder) -> None:
    doc = _run(coder, "Unknown men torched a truck at Narsingdi Sadar Upazila on Tuesday night.")
    (place,) = _places(doc).values()
    assert place.name == "Narsingdi" and place.country_code == "BD"


def test_admin1_units_resolve_and_fill_admin1(coder: Coder) -> None:
    doc = _run(coder, "Teachers marched in Lucknow, the capital of Uttar Pradesh, demanding higher pay.")
    places = _places(doc)
    assert places["Uttar Pradesh"].feature == "admin1" and places["Uttar Pradesh"].geo_precision == 3
    assert places["Lucknow"].admin1 == "Uttar Pradesh"


def test_town_beats_its_province_as_the_event_place(coder: Coder) -> None:
    doc = _run(coder, "Gunmen killed two guards at a bank in Quetta, Balochistan, on Friday.")
    assert any(place is not None and place.name == "Quetta" for place in _event_places(doc))


def test_a_town_named_in_an_organisation_is_a_place(coder: Coder) -> None:
    doc = _run(coder, "Tailors protested outside the Multan Press Club against new taxes.")
    assert _places(doc)["Multan"].country_code == "PK"


def test_country_level_events_are_placed_at_the_capital(coder: Coder) -> None:
    geocoder = next(stage for stage in coder.pipeline.stages if stage.name == "geocode")
    place = geocoder.country_place("BD")  # type: ignore[attr-defined]
    assert place is not None and place.feature == "country" and place.geo_precision == 3
    assert abs(place.latitude - 23.7) < 0.3 and abs(place.longitude - 90.4) < 0.3


def test_common_words_are_not_places(coder: Coder) -> None:
    doc = _run(coder, "Students of the Model College protested outside the House on Monday.")
    assert "House" not in _places(doc) and "College" not in _places(doc)


def test_place_descriptions_resolve_inside_their_country(coder: Coder) -> None:
    from sigacts.stages.geocode import geocode_description

    gazetteer = coder.resources.gazetteer
    town = geocode_description(gazetteer, "Tadmur/Palmyra town", "SY")
    assert town is not None and town.country_code == "SY" and town.feature == "city"
    province = geocode_description(gazetteer, "Northern Idlib Governorate", "SY")
    assert province is not None and province.feature == "admin1"
    airport = geocode_description(gazetteer, "Deir ez-Zor airport", "SY")
    assert airport is not None and airport.country_code == "SY"
    assert geocode_description(gazetteer, "Tripoli city", "SY") is None  # no Tripoli in Syria


def test_famous_places_beat_tiny_namesakes_in_the_article_country(coder: Coder) -> None:
    gazetteer = coder.resources.gazetteer
    london = gazetteer.resolve("London", ["US"])
    assert london is not None and london.country_code == "GB"
    tripoli = gazetteer.resolve("Tripoli", ["LB"])
    assert tripoli is not None and tripoli.country_code == "LB"  # a big city of the context stays


def test_toponyms_include_demonyms_and_unknown_streets(coder: Coder) -> None:
    from sigacts.stages.geocode import Geocode, find_toponyms

    text = "Turkish troops shelled Afrin on Monday. Residents fled along Zorblat Street in Afrin."
    doc = _run(coder, text)
    geocoder = next(stage for stage in coder.pipeline.stages if isinstance(stage, Geocode))
    found = {
        t.text: t
        for t in find_toponyms(geocoder, doc["spacy_doc"], doc["place_mentions"], doc["actor_mentions"], doc.text)
    }
    assert found["Turkish"].place.country_code == "TR" and found["Turkish"].how == "country"
    assert found["Afrin"].place.country_code == "SY"
    street = next((t for name, t in found.items() if "Zorblat" in name), None)
    if street is not None:  # spaCy may or may not tag the street; when it does, it is put at the town
        assert street.how in ("context", "gazetteer") and street.place.country_code == "SY"


def _toponyms(coder: Coder, text: str) -> dict[str, Any]:
    from sigacts.stages.geocode import Geocode, find_toponyms

    doc = _run(coder, text)
    geocoder = next(stage for stage in coder.pipeline.stages if isinstance(stage, Geocode))
    found = find_toponyms(geocoder, doc["spacy_doc"], doc["place_mentions"], doc["actor_mentions"], doc.text)
    return {t.text: t for t in found}


def test_toponyms_include_region_words_abbreviations_and_names_inside_organisations(coder: Coder) -> None:
    found = _toponyms(coder, "European ministers met EU officials in Brussels. Air Zimbabwe cancelled flights to NSW.")
    assert found["European"].place.name == "Europe"
    assert found["EU"].place.name == "European Union"
    assert found["Zimbabwe"].place.country_code == "ZW"
    assert found["NSW"].place.name == "New South Wales"


def test_a_state_after_a_town_and_a_comma_is_the_state(coder: Coder) -> None:
    found = _toponyms(coder, "The girl from Buffalo, New York, was taken to hospital on Monday.")
    assert found["New York"].place.feature == "admin1"


def test_a_name_framed_as_a_governorate_is_a_place_whatever_ner_says(coder: Coder) -> None:
    doc = _run(coder, "Protesters blocked the main road in the governorate of Kebili on Monday.")
    assert any(m.text == "Kebili" for m in doc["place_mentions"])


def test_a_street_named_after_a_town_is_not_that_town(coder: Coder) -> None:
    doc = _run(coder, "Police closed Royal Street in New Orleans after the shooting.")
    assert [m.text for m in doc["place_mentions"]] == ["New Orleans"]


def test_a_place_named_twice_is_found_at_a_sentence_start_too(coder: Coder) -> None:
    doc = _run(coder, "Troops advanced on Douma on Monday. Douma is surrounded by government forces.")
    assert [m.text for m in doc["place_mentions"]] == ["Douma", "Douma"]


def test_a_knowledge_base_actor_votes_for_the_article_country(coder: Coder) -> None:
    doc = _run(coder, "Awami League activists clashed with police at a market on Monday.")
    assert doc["focus_countries"][:1] == ["BD"]


def test_a_national_outlet_decides_the_country_only_where_the_text_says_nothing(coder: Coder) -> None:
    def run(text: str, outlet: str | None) -> Document:
        return coder.pipeline.run(Document(article_from_text(text, outlet=outlet)))

    quiet = "Police used batons on students who had blocked the highway on Monday."
    assert run(quiet, None)["focus_countries"] == []
    assert run(quiet, "The Hindu")["focus_countries"] == ["IN"]
    assert run(quiet, "Reuters")["focus_countries"] == []  # a wire service reports from everywhere
    events = coder.extract(article_from_text(quiet, outlet="The Hindu")).events
    assert any(e.actor2 and e.actor2.name == "Police Forces of India" for e in events)
    # Any clue in the text outweighs the outlet: an Indian paper reporting from Karachi.
    abroad = run("Police used batons on students in Karachi on Monday.", "The Hindu")
    assert abroad["focus_countries"][0] == "PK"
    assert _places(abroad)["Karachi"].country_code == "PK"


def test_a_national_outlet_outweighs_a_small_foreign_town_nothing_else_supports(coder: Coder) -> None:
    # "Messel" is a small German town; a Sudanese radio's note means a village the gazetteer lacks.
    text = "Gunmen beat two herders in Messel on Sunday."
    assert _places(_run(coder, text))["Messel"].country_code == "DE"  # no outlet: the name is all there is
    doc = coder.pipeline.run(Document(article_from_text(text, outlet="Radio Dabanga")))
    assert "Messel" not in _places(doc)
    assert doc["focus_countries"][:1] == ["SD"]
    events = coder.extract(article_from_text(text, outlet="Radio Dabanga")).events
    assert any(e.actor1 and e.actor1.name == "Unidentified Armed Group (Sudan)" for e in events)


def test_a_national_outlet_outweighs_the_home_country_of_a_rebel_group(coder: Coder) -> None:
    # Boko Haram is Nigerian but raids across the border; a Cameroonian paper's village it lacks is Cameroon's.
    text = "Boko Haram fighters stormed Tiknaye village at dawn, killing three farmers."
    assert _run(coder, text)["focus_countries"][:1] == ["NG"]  # no outlet: the group's home is all there is
    events = coder.extract(article_from_text(text, outlet="Camer.be")).events
    assert any(e.actor2 and e.actor2.name == "Civilians (Cameroon)" for e in events)
    # ... and a party of one country still outweighs the outlet (parties act at home)
    party = "Awami League activists beat two shopkeepers in Tiknaye market."
    assert coder.pipeline.run(Document(article_from_text(party, outlet="The Hindu")))["focus_countries"][:1] == ["BD"]


def test_a_quarter_of_dhaka_competes_with_its_namesakes_as_a_town(coder: Coder) -> None:
    # "Mirpur" is a quarter of Dhaka and, by other names, towns in Pakistan and India
    dhaka = "Picketers set fire to a microbus in Mirpur during the hartal on Tuesday."
    place = _places(_run(coder, dhaka))["Mirpur"]
    assert (place.name, place.country_code) == ("Mirpur", "BD")
    events = coder.extract(article_from_text("Police fired on a crowd in Rampura on Tuesday.", outlet="The New Nation")).events
    assert any(e.actor2 and e.actor2.name == "Civilians (Bangladesh)" for e in events)
    # ... but a story that leads with Sindh keeps the Pakistani reading
    sindh = _run(coder, "Traders in Sindh shut their shops in Mirpur and Hala to protest the new levy.")
    assert _places(sindh)["Mirpur"].country_code == "PK"


def test_a_name_the_outlet_outweighs_casts_no_vote_for_its_country(coder: Coder) -> None:
    # "Bagda" is read as another name of Baghdad; an Indian paper's village of that name is no Iraqi story.
    text = "At Bagda, a mob beat two constables who had come to arrest a smuggler."
    doc = coder.pipeline.run(Document(article_from_text(text, outlet="The Hindu")))
    assert "Bagda" not in _places(doc)
    assert doc["focus_countries"][:1] == ["IN"]
    events = coder.extract(article_from_text(text, outlet="The Hindu")).events
    assert any(e.actor2 and e.actor2.name == "Police Forces of India" for e in events)


def test_a_national_outlet_outweighs_a_foreign_city_read_from_another_of_its_names(coder: Coder) -> None:
    # "Sumo" (a make of jeep here) is also a name of Sumy, a large Ukrainian city; an Indian paper means none.
    text = "Police stopped a Sumo at a checkpoint and gunmen opened fire on them."
    doc = coder.pipeline.run(Document(article_from_text(text, outlet="The Hindu")))
    assert "Sumo" not in _places(doc)
    assert doc["focus_countries"][:1] == ["IN"]


def test_an_old_name_of_a_bigger_city_does_not_outvote_the_city_called_so(coder: Coder) -> None:
    doc = _run(coder, "Shopkeepers gathered in Islamabad on Friday to protest the new tax.")
    assert doc["focus_countries"][0] == "PK"
    assert _places(doc)["Islamabad"].country_code == "PK"


def test_a_town_after_in_is_a_place_though_the_model_calls_it_a_person(coder: Coder) -> None:
    # The small model tags "Kannauj" and "Ismail Khan" PERSON (checked when this test was written).
    doc = _run(coder, "Bus drivers went on strike in Kannauj on Tuesday.")
    assert _places(doc)["Kannauj"].country_code == "IN"
    doc = _run(coder, "Two guards were wounded when gunmen fired on a checkpoint in Dera Ismail Khan.")
    assert _places(doc)["Dera Ismail Khan"].country_code == "PK"


def test_a_man_named_like_a_town_is_still_a_man(coder: Coder) -> None:
    doc = _run(coder, "The minister met Hassan in his office in Damascus on Sunday.")
    assert [m.text for m in doc["place_mentions"]] == ["Damascus"]


def test_a_common_noun_opening_an_organisation_name_is_no_place(coder: Coder) -> None:
    doc = _run(coder, "Farmers at Karnal and other grain markets stopped selling wheat on Monday.")
    assert "Farmers" not in _places(doc)
    assert _places(doc)["Karnal"].country_code == "IN"


def test_a_town_written_inside_another_place_must_lie_near_it(coder: Coder) -> None:
    # The gazetteer's only Hassanpur is far from Ludhiana: the village is one it lacks, so Ludhiana stands.
    doc = _run(coder, "A farmer began a hunger strike in Hassanpur village in Ludhiana on Monday.")
    assert list(_places(doc)) == ["Ludhiana"]
    assert _event_places(doc)[0].name == "Ludhiana"


def test_the_ends_of_a_road_are_not_where_the_event_was(coder: Coder) -> None:
    doc = _run(coder, "Protesters blocked the Dhaka-Aricha highway in Manikganj on Sunday.")
    assert _event_places(doc)[0].name == "Mānikganj"


def test_towns_in_a_list_are_not_read_as_a_town_and_its_district(coder: Coder) -> None:
    doc = _run(coder, "Pickets burned buses in Chittagong, Dinajpur and Sylhet on Tuesday.")
    assert {p.name for p in _places(doc).values()} >= {"Dinajpur", "Sylhet"}
    assert len(_places(doc)) == 3


def test_a_town_inside_an_organisation_or_unit_the_model_ran_together_is_found(coder: Coder) -> None:
    doc = _run(coder, "Pupils of the Boys High School in Kisii burned their dormitory on Sunday.")
    assert _places(doc)["Kisii"].country_code == "KE"
    doc = _run(coder, "Gunmen attacked a convoy in Obafemi-Owode LGA on Monday.")
    assert _places(doc)["Owode LGA"].country_code == "NG"


def test_the_capital_is_the_capital_of_the_article_country(coder: Coder) -> None:
    doc = _run(coder, "Picketers torched a bus in the capital on Sunday during the hartal called by the BNP.")
    assert _event_places(doc)[0].name == "Dhaka"
    doc = _run(coder, "Protesters marched to the capital of Ethiopia.")
    assert not any(m.rule == "capital" for m in doc["place_mentions"])


def test_a_town_named_like_a_river_is_not_the_river(coder: Coder) -> None:
    doc = _run(coder, "Pilgrims were barred from bathing in the Ganges river near Varanasi on Monday.")
    assert list(_places(doc)) == ["Varanasi"]


def test_a_dateline_is_where_the_reporter_was_not_the_event(coder: Coder) -> None:
    doc = _run(coder, "BEIRUT (Reuters) - Rebels shelled army posts in Idlib on Monday.")
    assert [p.name for p in _event_places(doc)] == ["Idlib"]
    doc = _run(coder, "AMMAN: Militants have massed fighters in the Qalamoun Mountains for weeks.")
    assert _event_places(doc)[0].name == "Qalamoun Mountains"


def test_a_town_in_the_province_the_article_names_beats_a_city_with_that_old_name(coder: Coder) -> None:
    # GeoNames lists "Franklin" among the names of Columbus, Ohio; this article is about Louisiana.
    doc = _run(coder, "The shooting happened in New Orleans on Friday. Officers later searched homes in Franklin and Kenner.")
    assert _places(doc)["Franklin"].name == "Franklin"
    assert _places(doc)["Franklin"].admin1 == "Louisiana"


def test_a_us_state_abbreviated_after_a_town_is_the_state_and_picks_the_town(coder: Coder) -> None:
    doc = _run(coder, "The school board in Allendale, N.J., met on Monday after a fire in Paramus.")
    places = _places(doc)
    assert places["N.J."].name == "New Jersey" and places["N.J."].feature == "admin1"
    assert places["Allendale"].admin1 == "New Jersey"
    doc = _run(coder, "Workers in Portland, OR walked out on Friday.")
    assert _places(doc)["OR"].name == "Oregon"
    doc = _run(coder, "Workers walked out OR stayed home.")
    assert not any(m.rule == "us-state" for m in doc["place_mentions"])


def test_a_text_with_no_clue_to_its_country_has_none(coder: Coder) -> None:
    assert _run(coder, "A man was shot dead on Sunday night.")["focus_countries"] == []


def test_a_name_points_to_the_country_of_its_largest_bearer_not_of_its_most_bearers(coder: Coder) -> None:
    # Many small Salems are American; the one city of near a million is Indian.
    doc = _run(coder, "Construction workers in Salem gathered outside the District Collectorate on Monday to demonstrate.")
    assert _places(doc)["Salem"].country_code == "IN"


def test_a_word_that_is_only_an_odd_old_name_of_a_small_town_is_no_place(coder: Coder) -> None:
    # GeoNames lists "Corporation" among the names of a New York hamlet.
    doc = _run(coder, "Residents blamed the Corporation officials for the flooding on Monday.")
    assert doc["places"] == {}
    doc = _run(coder, "Rebels shelled Kafranbel and Azaz on Monday.")
    assert {p.country_code for p in _places(doc).values()} == {"SY"}


def test_a_small_foreign_town_opening_an_organisation_name_is_no_place(coder: Coder) -> None:
    # "Forest" is a Belgian town that votes for Belgium by itself; the article is about Tamil Nadu.
    doc = _run(coder, "Students of the Forest College in Tamil Nadu boycotted classes on Monday.")
    assert "Forest" not in _places(doc)


def test_a_direction_or_a_plural_kind_word_before_of_makes_a_name_a_place(coder: Coder) -> None:
    # The small model tags "Mellit" PERSON here (checked when this test was written).
    doc = _run(coder, "A landmine killed a herder in Darfur southeast of Mellit on Monday.")
    assert _places(doc)["Mellit"].country_code == "SD"
    assert _places(doc)["Mellit"].geo_precision == 2  # near the town, not in it
    doc = _run(coder, "Gunmen burned huts in the villages of Kapoeta on Saturday.")
    assert "Kapoeta" in [m.text for m in doc["place_mentions"]]


def test_the_town_an_institution_is_named_of_is_a_place(coder: Coder) -> None:
    doc = _run(coder, "Students of the University of Kinshasa fought over hostel rooms on Friday.")
    assert _places(doc)["Kinshasa"].country_code == "CD"
    assert _event_places(doc)[0].name == "Kinshasa"
    doc = _run(coder, "The Bank of England raised its rates on Thursday.")
    assert "England" not in [m.text for m in doc["place_mentions"] if m.rule == "org-prefix"]


def test_a_town_opening_a_sentence_the_model_tagged_as_a_group_is_a_place(coder: Coder) -> None:
    # The small model tags "Bulawayo" NORP at the start of this sentence (checked when this test was written).
    doc = _run(coder, "Bulawayo vendors closed their stalls in protest against the new levy.")
    assert _places(doc)["Bulawayo"].country_code == "ZW"
    doc = _run(coder, "Planes of the air force struck the hills.")
    assert "Planes" not in _places(doc)


def test_a_small_town_name_inside_a_longer_name_is_no_place(coder: Coder) -> None:
    doc = _run(coder, "Lawyers of the Supreme Court marched in Dhaka against the blockade on Sunday.")
    assert list(_places(doc)) == ["Dhaka"]
    doc = _run(coder, "Pickets torched a Mitsubishi Hayes van on the outskirts of Sylhet.")
    assert "Hayes" not in _places(doc)


def test_kind_words_dates_and_other_places_beside_a_name_keep_it_a_place(coder: Coder) -> None:
    doc = _run(coder, "Gunmen attacked a police post on Lamu Island on Tuesday.")
    assert _places(doc)["Lamu"].country_code == "KE"
    doc = _run(coder, "A party worker was stabbed in Lalmonirhat Saturday night.")
    assert _places(doc)["Lalmonirhat"].country_code == "BD"
    doc = _run(coder, "Students of Dhaka University blocked the road on Monday.")
    assert _places(doc)["Dhaka"].country_code == "BD"


def test_a_country_named_like_a_state_is_read_by_the_rest_of_the_article(coder: Coder) -> None:
    doc = _run(coder, "Floods closed schools across Ohio, Kentucky and Georgia, the governors said in Columbus and Frankfort.")
    assert (_places(doc)["Georgia"].country_code, _places(doc)["Georgia"].feature) == ("US", "admin1")
    doc = _run(coder, "Russian troops entered Georgia and shelled Gori near Tbilisi.")
    assert (_places(doc)["Georgia"].country_code, _places(doc)["Georgia"].feature) == ("GE", "country")


def test_a_name_of_actors_in_several_countries_splits_its_focus_vote(coder: Coder) -> None:
    from sigacts.resources.actors import default_actor_base
    from sigacts.stages.geocode import actor_country_lookup

    countries = actor_country_lookup(default_actor_base())
    assert countries("awami_league", "Awami League") == ("BD",)
    # "ASWJ" names a Somali militia and a Pakistani party: the words alone do not say which country
    assert set(countries("ahlu_sunna_waljamaa", "ASWJ")) == {"SO", "PK"}
    doc = _run(coder, "An ASWJ organiser was shot dead by two men on a motorbike in Karachi on Sunday.")
    assert doc["focus_countries"][0] == "PK"


def test_local_words_give_a_note_without_places_its_country(coder: Coder) -> None:
    doc = _run(coder, "Two rubber tappers were shot dead by men on a motorcycle in Tambon Khok Khian on Friday.")
    assert doc["focus_countries"][:1] == ["TH"]
    doc = _run(coder, "Police wielded lathis to break up a sit-in by Dalit labourers outside the collectorate.")
    assert doc["focus_countries"][:1] == ["IN"]


def test_a_town_named_often_does_not_outvote_the_province_the_article_names(coder: Coder) -> None:
    # Rochester, New York is the larger namesake; three mentions of the town do not make it New York's.
    text = (
        "Rochester police arrested two men on Friday. The Rochester council met on Monday, and Rochester "
        "schools stayed closed. Farmers across southern Minnesota joined the protest."
    )
    assert _places(_run(coder, text))["Rochester"].admin1 == "Minnesota"


def test_a_name_listed_with_states_is_the_state_not_the_town(coder: Coder) -> None:
    doc = _run(coder, "Outbreaks were reported in Ohio, Texas, New York and Oregon. Officials in Nevada or Washington said nothing.")
    places = _places(doc)
    assert places["New York"].feature == "admin1" and places["Washington"].feature == "admin1"
    # A town and its state, and a town followed by its state's initials, are no list.
    doc = _run(coder, "Doctors met in Washington, D.C. and in Ohio on Monday. Nurses met in Buffalo, New York.")
    places = _places(doc)
    assert places["Washington"].feature == "city" and places["Buffalo"].feature == "city"


def test_a_town_listed_after_a_town_is_no_town_and_its_state(coder: Coder) -> None:
    doc = _run(coder, "The prince met investors in Boston, New York and Chicago this week.")
    assert _places(doc)["New York"].feature == "city"
    doc = _run(coder, "Cases were found in Boston, New York, Ohio and Texas.")
    assert _places(doc)["New York"].feature == "admin1"


def test_a_world_city_by_its_short_name_before_a_title_is_the_city(coder: Coder) -> None:
    doc = _run(coder, "On Monday New York Governor Jane Doe declared an emergency after the storm.")
    assert [m.text for m in doc["place_mentions"]] == ["New York"]
def test_a_name_the_model_calls_a_person_is_a_place_in_a_list_of_places(coder: Coder) -> None:
    doc = _run(coder, "Shopkeepers closed their stalls in Saptari and Siraha on Monday over the new tax.")
    assert _places(doc)["Siraha"].country_code == "NP"


def test_the_people_of_a_place_name_it_as_a_place(coder: Coder) -> None:
    doc = _run(coder, "Residents of Barmer marched to the collector's office after the water supply failed.")
    assert _places(doc)["Barmer"].country_code == "IN"
    doc = _run(coder, "Tuticorin residents blocked the harbour road on Sunday.")
    assert _places(doc)["Tuticorin"].country_code == "IN"


def test_a_police_force_or_station_names_the_town_it_serves(coder: Coder) -> None:
    doc = _run(coder, "Officers of the Gumla district police arrested four men on Friday.")
    assert _places(doc)["Gumla"].country_code == "IN"
    doc = _run(coder, "Protesters threw stones at the Nashik police commissionerate on Monday.")
    assert _places(doc)["Nashik"].country_code == "IN"


def test_a_states_armed_police_names_its_province(coder: Coder) -> None:
    # "Bijapur" is a district of Chhattisgarh and a city of Karnataka: the force's name tells which
    doc = _run(coder, "A Chhattisgarh Armed Force constable was hurt when Maoists set off a mine in Bijapur district.")
    assert _places(doc)["Chhattisgarh"].country_code == "IN"
    first = _event_places(doc)[0]
    assert first is not None and first.admin1 == "Chhattisgarh"


def test_a_town_named_later_inside_the_province_of_an_event_places_it(coder: Coder) -> None:
    doc = _run(coder, "Farmers protested across Karnataka on Friday. In Kanakapura, rioters smashed the windows of a bank.")
    first = _event_places(doc)[0]
    assert first is not None and first.name == "Kanakapura"
    doc = _run(coder, "Farmers protested across Karnataka on Friday. Traders in Lahore joined them on Sunday.")
    first = _event_places(doc)[0]
    assert first is not None and first.name == "Karnataka"


def test_the_place_another_lies_in_is_not_the_event_place(coder: Coder) -> None:
    doc = _run(coder, "Two men were killed in a clash at a village under Chhatak upazila in Sunamganj on Monday.")
    assert next(p.name for p in _event_places(doc) if p is not None) == "Chhātak"
    doc = _run(coder, "A roadside bomb wounded five rangers in Yala's Betong district on Friday.")
    assert next(p.name for p in _event_places(doc) if p is not None) == "Betong"


def test_a_town_the_model_calls_a_people_is_a_place_when_framed_as_one(coder: Coder) -> None:
    doc = _run(coder, "Militants threw a grenade at a bus stand in Shopian town on Saturday.")
    assert _places(doc)["Shopian"].country_code == "IN"


def test_a_unit_word_makes_a_name_kept_for_men_a_district(coder: Coder) -> None:
    doc = _run(coder, "The Hassan district unit of the party staged a dharna on Monday.")
    assert _places(doc)["Hassan"].country_code == "IN"
    doc = _run(coder, "Hassan said the police arrested him in the market on Monday.")
    assert "Hassan" not in _places(doc)


def test_a_name_written_with_its_province_is_a_town(coder: Coder) -> None:
    doc = _run(coder, "Nurses at the civil hospital in Sangrur, Punjab stopped work over unpaid salaries.")
    assert _places(doc)["Sangrur"].country_code == "IN"


def test_initials_do_not_join_into_a_town_name(coder: Coder) -> None:
    # "U.N." written as one word is "Un", a town in India; initials are no name written in two words.
    doc = _run(coder, "U.N. inspectors arrived in Baghdad on Monday.")
    assert [m.text for m in doc["place_mentions"]] == ["Baghdad"]


def test_a_town_cannot_vouch_for_its_own_country(coder: Coder) -> None:
    # "Munna" is also a small Mexican town; its own vote put Mexico second, and nothing else points there.
    doc = _run(coder, "Nepali journalists demonstrated on Tuesday to demand the arrest of the men who beat a reporter, Bikash Thapa alias Munna.")
    assert "Munna" not in _places(doc)
    assert _event_places(doc)[0].country_code == "NP"


def test_a_town_framed_as_a_district_needs_no_other_clue(coder: Coder) -> None:
    # The group's Pakistani vote leads, but "X district" says the name is a place: it stays Indian.
    doc = _run(coder, "Two militants were killed in Nagbal village of Ganderbal district on Friday. Lashkar-e-Taiba claimed the men.")
    assert _places(doc)["Ganderbal"].country_code == "IN"


def test_initials_in_capitals_are_no_town(coder: Coder) -> None:
    doc = _run(coder, "Members of the MUNA staff union protested outside the head office on Monday.")
    assert not _places(doc)
    assert [m.text for m in doc["place_mentions"]] == []


def test_an_english_word_opening_a_college_name_gives_no_event_place(coder: Coder) -> None:
    doc = _run(coder, "Teachers of the Pine College of Science staged a sit-in on Monday demanding arrears.")
    assert [m.rule for m in doc["place_mentions"]] == ["org-word"]  # geoparsing still counts it
    assert not _places(doc)
    assert _event_places(doc)[0] is None


def test_a_name_written_with_a_south_asian_unit_word_is_not_the_namesake_abroad(coder: Coder) -> None:
    doc = _run(coder, "A roadside bomb wounded two policemen in Florence tehsil on Sunday.")
    assert "Florence" not in _places(doc)
    assert _event_places(doc)[0].country_code == "PK"


def test_a_village_under_a_chain_of_units_must_lie_in_the_last(coder: Coder) -> None:
    # "X village of Y Union under Z": the union is a unit the gazetteer lacks; the village lies in Z all the same.
    doc = _run(coder, "A shopkeeper was stabbed to death in Sultanpur village of Kholapara Union under Faridpur Sadar Upazila on Monday.")
    assert "Sultanpur" not in _places(doc)
    assert _event_places(doc)[0].country_code == "BD"


def test_an_english_word_with_nothing_making_it_a_place_gives_no_event_place(coder: Coder) -> None:
    doc = _run(coder, "Workers walked out of the Pine depot on Monday over unpaid wages.")
    assert [m.label for m in doc["place_mentions"]] == ["word"]
    assert not _places(doc)
    # introduced by a locative preposition, the same word is a town
    assert _places(_run(coder, "Workers walked out in Pine on Monday over unpaid wages."))["Pine"].country_code == "US"


def test_a_country_named_inside_a_body_s_name_votes_for_it(coder: Coder) -> None:
    assert _places(_run(coder, "Nurses formed a human chain in Gopalganj on Monday."))["Gopalganj"].country_code == "IN"
    doc = _run(coder, "Nurses of the Medical Association of Bangladesh formed a human chain in Gopalganj on Monday.")
    assert doc["focus_countries"][0] == "BD"
    assert _places(doc)["Gopalganj"].country_code == "BD"


def test_the_names_of_a_person_named_in_full_are_no_towns(coder: Coder) -> None:
    from sigacts.records import Mention
    from sigacts.stages.mentions import Mentions, _person_names

    stage = next(stage for stage in coder.pipeline.stages if isinstance(stage, Mentions))
    parsed = _run(coder, "Governor Mary Kelly toured the plant. Kelly's aides met George Washington scholars.")["spacy_doc"]
    assert "Kelly" in _person_names(parsed)
    start = parsed.text.index("Kelly's")
    found = [Mention("place", "Kelly", start, start + 5, 1, "", "gazetteer")]
    assert stage._without_people(parsed, found) == []  # the small town of Kelly is not meant
    start = parsed.text.rindex("Washington")
    capital = [Mention("place", "Washington", start, start + 10, 1, "", "gazetteer")]
    assert stage._without_people(parsed, capital) == capital  # a national capital keeps its name
    # A branch of a party and a racecourse the model may tag PERSON are no people.
    parsed = _run(coder, "Rangpur BNP leader Abdul Karim said so. Crowds packed Flemington Racecourse.")["spacy_doc"]
    assert not {"Rangpur", "Flemington"} & _person_names(parsed)
    # A word that also opens a longer place name of the article stays a place.
    parsed = _run(coder, "Mayor Ann Homs visited the wounded. Shelling continued across Homs province on Friday.")["spacy_doc"]
    assert "Homs" not in _person_names(parsed)


def test_a_major_city_keeps_its_name_against_a_namesake_in_a_province_the_article_touches(coder: Coder) -> None:
    found = _toponyms(coder, "Houston beat Portland 101-99 on Tuesday. Fans in Houston cheered for an hour.")
    assert found["Portland"].place.admin1 == "Oregon"  # not the small Portland in Texas
    found = _toponyms(coder, "The mayor of Marine, Illinois, flew to Washington on Monday to meet senators.")
    assert found["Washington"].place.admin1 is None and found["Washington"].place.longitude < -76.5  # the capital


def test_a_province_abbreviation_votes_for_its_country(coder: Coder) -> None:
    found = _toponyms(coder, "Service BC opened a new office in Nelson on Monday, and Nelson residents welcomed it.")
    assert found["Nelson"].place.country_code == "CA"


def test_a_far_small_town_opening_a_building_name_is_a_building_of_the_article_area(coder: Coder) -> None:
    found = _toponyms(
        coder, "Memphis readers love the Carnegie Library. The mayor of Memphis said Memphis will keep it open."
    )
    carnegie = next(t for name, t in found.items() if name.startswith("Carnegie"))
    assert carnegie.place.name == "Memphis"


def test_a_name_written_in_a_province_and_its_country_is_put_in_that_province(coder: Coder) -> None:
    # Stroud in England is the gazetteer's only Stroud, and the article names Britain too.
    found = _toponyms(coder, "A British driver was stopped by police in Stroud, Ontario, Canada. He lives in Britain.")
    assert found["Stroud"].place.country_code == "CA"


def test_a_known_name_of_several_words_opening_a_sentence_is_found(coder: Coder) -> None:
    found = _toponyms(coder, "Cases rose. New South Wales is next with nine.")
    assert found["New South Wales"].place.country_code == "AU"


def test_a_province_abbreviation_alone_gives_no_country(coder: Coder) -> None:
    doc = _run(coder, "Members of the BC Students Forum staged a sit-in demanding their scholarships.")
    assert "CA" not in doc["focus_countries"]


def test_the_state_of_a_name_is_the_state(coder: Coder) -> None:
    found = _toponyms(coder, "The first case was found on a farm in the state of Washington last spring.")
    assert found["Washington"].place.feature == "admin1"


def test_a_county_in_an_american_story_lies_in_a_state_that_has_one(coder: Coder) -> None:
    doc = _run(
        coder,
        "Police in Newark, New Jersey, said the suspect was arrested in Morris County on Friday after a chase"
        " across the state. The New Jersey governor praised the officers.",
    )
    county = _places(doc)["Morris County"]
    assert county.country_code == "US" and county.admin1 == "New Jersey"


def test_streets_are_put_at_a_town_of_the_province_the_article_names() -> None:
    from sigacts.records import Mention
    from sigacts.stages.geocode import _towns_of_main_province

    def town(name: str, admin1: str | None, sentence: int, start: int, feature: str = "city") -> tuple[Mention, Place]:
        mention = Mention("place", name, start, start + len(name), sentence)
        return mention, Place(name, "US", 0.0, 0.0, 1, None, admin1, f"test:{name}", feature)

    places = dict(
        [
            town("Hamletville", "Alabama", 3, 100),  # a man's name read as a far hamlet, twice
            town("Hamletville", "Alabama", 5, 200),
            town("Rivertown", "Virginia", 4, 150),
            town("Virginia", "Virginia", 6, 300, "admin1"),
            town("Virginia", "Virginia", 7, 400, "admin1"),
        ]
    )
    assert {p.name for p in _towns_of_main_province(places).values()} == {"Rivertown"}
    spread = dict([town("Rivertown", "Virginia", 4, 10), town("Hamletville", "Alabama", 3, 100), town("Lakeside", None, 5, 200)])
    # no province named, none holding most of the names: every town
    assert {p.name for p in _towns_of_main_province(spread).values()} == {"Hamletville", "Rivertown", "Lakeside"}
    most = dict([town("Rivertown", "Virginia", 0, 10), town("Hamletville", "Alabama", 3, 100)])
    assert {p.name for p in _towns_of_main_province(most).values()} == {"Rivertown"}  # most of what it names


def test_a_building_the_gazetteer_lacks_lies_in_the_town_named_after_it(coder: Coder) -> None:
    found = _toponyms(
        coder,
        "Reporters gathered in Chicago on Monday. Chicago police closed two roads. The talks were held at the "
        "Quillfern Conference Centre in Madrid, officials said.",
    )
    centre = next(t for name, t in found.items() if "Quillfern" in name)
    assert centre.place.name == "Madrid" and centre.how == "context"


def test_a_town_in_the_article_s_two_countries_is_the_far_bigger_namesake(coder: Coder) -> None:
    found = _toponyms(
        coder,
        "US officials said a contractor was injured in Iraq. The US Army and US commanders in Kuwait confirmed "
        "it. The contractor was born in Bristol and later served with the British army.",
    )
    assert found["Bristol"].place.country_code == "GB"
    tripoli = _toponyms(coder, "Gunmen attacked a Lebanese army patrol in Tripoli on Monday.")
    assert tripoli["Tripoli"].place.country_code == "LB"  # the name's own vote brings no Libya


def test_a_dateline_in_capitals_is_a_toponym(coder: Coder) -> None:
    found = _toponyms(coder, "KISUMU AND NAKURU, Kenya - Councils approved new budgets for water works on Monday.")
    assert found["KISUMU"].place.name == "Kisumu" and found["KISUMU"].place.country_code == "KE"
    headline = _toponyms(coder, "BREAKING NEWS - Markets fell in Tokyo on Monday.")
    assert not any("BREAKING" in name for name in headline)
    from sigacts.stages.geocode import _dateline_names

    assert _dateline_names("The mayor of Lyon spoke.") == []


def test_a_town_written_with_its_state_keeps_that_reading_later(coder: Coder) -> None:
    found = _toponyms(coder, "Fishermen from Bangor fell ill near Portland, Maine, on Monday. Doctors in Portland treated them.")
    assert found["Portland"].place.admin1 == "Maine"  # the second, bare Portland


def test_a_town_named_like_a_bay_is_not_the_bay(coder: Coder) -> None:
    found = _toponyms(coder, "Sailors spotted the seal at Coventry Bay on Sunday, wardens in Wellington said.")
    assert "Coventry" not in found and found["Coventry Bay"].how == "context"
    assert "Bay" not in found  # nor is the bay's last word a town of its own


def test_a_county_the_parser_cut_from_its_word_county_lies_in_the_article_s_state(coder: Coder) -> None:
    found = _toponyms(
        coder,
        "Voters in Des Moines and Ankeny, Iowa, met on Monday. The Hardin County Democrats will host the next "
        "forum. Donors from Chicago came.",
    )
    hardin = next(t for name, t in found.items() if "Hardin" in name)
    assert hardin.place.country_code == "US" and hardin.place.admin1 == "Iowa"


def test_two_word_demonyms_and_demonyms_of_a_country_s_name_are_toponyms(coder: Coder) -> None:
    found = _toponyms(coder, "A South Korean ferry sank on Friday. Fans of Korean pop music mourned. A Bavarian brewer sent flowers.")
    assert found["South Korean"].place.country_code == "KR"
    assert found["Korean"].place.country_code == "KR"
    assert "Bavarian" not in found  # no country is called Bavaria


def test_road_numbers_are_toponyms_only_in_an_article_about_roads(coder: Coder) -> None:
    found = _toponyms(
        coder, "Traffic was held up in Norwich after a crash on the A11 southbound. A diversion via the A47 is in place."
    )
    assert found["A11"].place.name == "Norwich" and found["A47"].how == "context"
    assert "A380" not in _toponyms(coder, "Airbus delivered an A380 to a customer in Toulouse on Monday.")


def test_a_camp_the_gazetteer_lacks_lies_in_the_town_written_after_its_kind(coder: Coder) -> None:
    found = _toponyms(
        coder,
        "Aid reached Kampala on Monday. Kampala officials welcomed it. Doctors also opened a clinic at the Zorvani "
        "refugee camp in Gulu, the agency said.",
    )
    camp = next((t for name, t in found.items() if "Zorvani" in name), None)
    if camp is not None:  # spaCy may or may not tag the camp; when it does, it is at Gulu
        assert camp.place.name == "Gulu"
    from sigacts.stages.geocode import _IN_TOWN

    assert _IN_TOWN.match(" refugee camp in ") and not _IN_TOWN.match(" was seen by many in ")


def test_buildings_lie_in_the_dateline_s_town_though_another_town_is_named_more(coder: Coder) -> None:
    found = _toponyms(
        coder,
        "NAIROBI - Young players in a new academy dream of joining Madrid. Madrid scouts visit often, and a coach "
        "from Madrid trains them at the Quillfern Sports Centre every week.",
    )
    centre = next(t for name, t in found.items() if "Quillfern" in name)
    assert centre.place.name == "Nairobi"


def test_a_building_written_with_its_town_after_a_comma_lies_in_that_town(coder: Coder) -> None:
    found = _toponyms(
        coder,
        "Reporters gathered in Chicago on Monday. Chicago police closed two roads. The talks moved to the "
        "Quillfern Conference Centre, Madrid, on Friday.",
    )
    centre = next((t for name, t in found.items() if "Quillfern" in name), None)
    if centre is not None:  # spaCy may or may not tag the centre; when it does, it is in Madrid
        assert centre.place.name == "Madrid"


def test_of_two_towns_named_as_often_a_street_lies_in_the_bigger(coder: Coder) -> None:
    found = _toponyms(
        coder, "An Eastside woman was arrested on Friday, Houston police said. She was held at the Quillfern Avenue station."
    )
    street = next(t for name, t in found.items() if "Quillfern" in name)
    assert street.place.name == "Houston"


def test_a_place_naming_an_institution_lies_in_the_institution_s_town(coder: Coder) -> None:
    found = _toponyms(
        coder,
        "She studied at the University of Oregon in Portland and later taught in Boston. Kent State University at "
        "Akron hired her.",
    )
    assert found["Oregon"].place.name == "Portland" and found["Oregon"].how == "context"
    assert found["Portland"].place.name == "Portland"


def test_a_state_the_article_abbreviates_after_a_town_is_the_state_when_named_alone(coder: Coder) -> None:
    text = (
        "SPOKANE, Wash. - The guard unit trains at home in Washington before trips abroad. "
        "Its leaders flew to Washington, D.C., last week."
    )
    from sigacts.stages.geocode import Geocode, find_toponyms

    doc = _run(coder, text)
    geocoder = next(stage for stage in coder.pipeline.stages if isinstance(stage, Geocode))
    found = find_toponyms(geocoder, doc["spacy_doc"], doc["place_mentions"], doc["actor_mentions"], doc.text)
    home = [t for t in found if t.text == "Washington" and t.start < text.index("flew")]
    assert home and home[0].place.feature == "admin1"
    capital = [t for t in found if t.text == "Washington" and t.start > text.index("flew")]
    assert capital and capital[0].place.feature == "city"


def test_washington_alone_stays_the_capital_without_an_abbreviated_state(coder: Coder) -> None:
    found = _toponyms(coder, "The guard unit trains at home before talks in Washington next week.")
    assert found["Washington"].place.feature == "city"



def test_a_name_before_the_word_provinces_is_the_province(coder: Coder) -> None:
    text = "On Monday residents of the North West and Limpopo provinces of South Africa held protests."
    found = _toponyms(coder, text)
    north_west = next(t for name, t in found.items() if "North West" in name)
    assert north_west.place.feature == "admin1" and north_west.place.country_code == "ZA"


def test_a_name_before_the_word_streets_is_a_street_of_the_article_s_town(coder: Coder) -> None:
    found = _toponyms(coder, "Police in Chicago said a man collapsed at the corner of Oak and Kenton streets on Sunday.")
    kenton = found["Kenton"]
    assert kenton.how == "context" and kenton.place.name == "Chicago"


def test_a_district_written_with_its_unit_word_is_a_place_though_tagged_as_a_body(coder: Coder) -> None:
    # the model tags "Khyber Agency" an organisation ("agency"), but the whole name is a known tribal agency
    doc = _run(coder, "Two guards were hurt when a mine exploded in Zarband valley of Khyber Agency, officials said.")
    places = _places(doc)
    assert places["Khyber Agency"].country_code == "PK"
    assert all(place.country_code == "PK" for place in places.values())


def test_a_day_named_after_a_place_is_no_place(coder: Coder) -> None:
    doc = _run(coder, "Traders in Sukkur closed their shops and marched to mark Kashmir Day on Thursday.")
    assert "Kashmir" not in _places(doc)
    assert all(place.country_code == "PK" for place in _places(doc).values())


def test_a_district_closing_a_body_s_name_is_left_to_the_place_finder() -> None:
    nlp = spacy.blank("en")
    doc = nlp("In Pirkot , Zarkan Agency , traders marched .")
    ent = Span(doc, 1, 5, label="ORG")  # the model ran the town and its agency into one body's name
    assert _unit_named_tail(ent, lambda name: name == "Zarkan Agency") == 2  # "Zarkan Agency" is a place
    assert _unit_named_tail(ent, lambda name: False) == len(ent)  # unknown: the whole name stays the body's
    assert _unit_named_tail(Span(doc, 3, 5, label="ORG"), lambda name: name == "Zarkan Agency") == 0


def test_a_village_written_in_a_valley_of_an_agency_lies_in_the_agency(coder: Coder) -> None:
    doc = _run(coder, "A mine exploded in Kanda, Zarband Valley, Khyber Agency, injuring two boys.")
    assert all(place.country_code == "PK" for place in _places(doc).values())


def test_a_works_named_after_a_town_lies_where_the_text_puts_it(coder: Coder) -> None:
    doc = _run(
        coder,
        "Workers at the Moka Star garment factory in Kampong Cham province went on strike over unpaid wages, "
        "accusing their Japanese managers of abuse.",
    )
    places = _places(doc)
    assert "Moka" not in places  # no Japanese town: the factory stands in the Cambodian province
    assert any(place is not None and place.country_code == "KH" for place in _event_places(doc))


def test_a_colony_named_after_a_far_city_is_a_quarter_of_the_town(coder: Coder) -> None:
    doc = _run(coder, "Residents of Kabul Colony staged a sit-in against load-shedding in their area on Friday.")
    assert "Kabul" not in _places(doc)


def test_a_name_written_with_local_government_lies_in_nigeria(coder: Coder) -> None:
    doc = _run(coder, "Herdsmen killed two farmers in Moka local government area on Friday.")
    assert doc["focus_countries"][0] == "NG"
    assert "Moka" not in _places(doc)  # no Japanese town: an area the gazetteer lacks


def test_a_name_with_its_unit_word_in_lower_case_is_the_unit(coder: Coder) -> None:
    doc = _run(coder, "Fighting broke out between the army and the TNLA in northern Shan state on Sunday.")
    assert _places(doc)["Shan state"].country_code == "MM"


def test_a_possessive_inside_a_town_name_keeps_the_name_whole(coder: Coder) -> None:
    doc = _run(coder, "Two men were hurt when rival groups fought near the beach in Cox's Bazar on Friday.")
    assert _places(doc)["Cox's Bazar"].country_code == "BD"


def test_a_possessive_name_the_gazetteer_lacks_keeps_its_known_parts(coder: Coder) -> None:
    places = _places(_run(coder, "Officials in Prince George's County, Maryland, reported two cases of the flu."))
    assert all(place.country_code == "US" for place in places.values())


def test_a_two_word_demonym_votes_for_its_country(coder: Coder) -> None:
    doc = _run(coder, "Two men died on Sunday after gunmen fired at a Sri Lankan campaign rally.")
    assert doc["focus_countries"][:1] == ["LK"]


def test_a_foreign_leader_named_by_the_nation_weighs_less_than_a_national_paper(coder: Coder) -> None:
    text = "Activists of a Tamil party were arrested when they tried to burn an effigy of the Sri Lankan President."
    doc = coder.pipeline.run(Document(article_from_text(text, outlet="The Hindu")))
    assert doc["focus_countries"][:1] == ["IN"]
