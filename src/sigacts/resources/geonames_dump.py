"""Grow the gazetteer index with GeoNames dumps (`sigacts gazetteer add-geonames FILE...`).

Two GeoNames formats are read, plain or zipped (the `.zip` files geonames.org serves):

- place dumps (`SY.txt`, `cities1000.txt`, `allCountries.txt`): 19 tab-separated columns, geonameid,
  name, asciiname, alternatenames, latitude, longitude, feature class, feature code, country code, cc2,
  admin1 .. admin4 codes, population, elevation, dem, timezone, modification date;
- alternate names (`alternateNamesV2.txt`, `alternateNames.txt`): alternateNameId, geonameid,
  isolanguage, alternate name, isPreferredName, isShortName, isColloquial, isHistoric[, from, to].

Populated places (class P), administrative units (A), terrain (T: mountains, valleys, plains), areas (L)
and a few sites (S: airports, bases, camps, dams) are kept; streams, wells and roads are not, as their
names ("Wadi X", "Bir Y") would shadow towns. Imported rows are marked `origin = 'import'` and survive
rebuilds of the index. GeoNames data are CC BY 4.0 (attribute geonames.org when you share results).
"""

from __future__ import annotations

import io
import sqlite3
import time
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from sigacts.errors import ConfigError, InputError
from sigacts.resources.gazetteer import (
    TIER_CITY,
    TIER_FEATURE,
    Gazetteer,
    GazetteerSources,
    _IndexWriter,
    _usable_alternate,
    default_index_path,
)

ProgressCallback = Callable[[str], None]
PLACE_COLUMNS = 19
ALTERNATE_COLUMNS = 8  # V2 adds from/to; the first eight are the same
SITE_CODES = frozenset({"AIRP", "AIRB", "AIRF", "CMP", "CMPRF", "CMPMN", "DAM", "MILB", "INSM", "BDG", "PRT", "OILF",
                        "GASF", "CSTL", "RUIN", "ANS", "FRM", "FRMS", "MKT", "HSP", "UNIV", "STDM", "PS", "MNQR"})  # fmt: skip
# GeoNames feature codes -> our feature names (the precision of each follows the gazetteer's table).
FEATURE_BY_CODE = {"ADM1": "admin1", "ADM2": "admin2", "ADM3": "district", "ADM4": "district", "PPLX": "neighbourhood",
                   "MT": "mountain", "MTS": "mountain", "HLL": "mountain", "HLLS": "mountain", "VAL": "valley",
                   "PLN": "plain", "DSRT": "desert", "AIRP": "airport", "AIRB": "base", "MILB": "base", "CMP": "camp",
                   "CMPRF": "camp", "DAM": "facility", "ISL": "island", "RGN": "region", "AREA": "area"}  # fmt: skip
BATCH = 5000
SKIPPED_LANGUAGES = frozenset({"link", "post", "iata", "icao", "faac", "fr_1793", "abbr", "wkdt", "unlc", "tcid"})


@dataclass
class ImportReport:
    """What one import did: places added or updated, names added, lines skipped, per file."""

    places: int = 0
    names: int = 0
    skipped: int = 0
    files: int = 0


def import_geonames(
    files: Iterable[Path],
    index_path: Path | None = None,
    *,
    progress: ProgressCallback | None = None,
    sources: GazetteerSources | None = None,
) -> ImportReport:
    """Add GeoNames place dumps and alternate-name files to the gazetteer index (built first if needed).

    Place files are read before alternate-name files, whatever the order given, so that names can join
    the places just imported. Raises InputError for an unreadable or foreign file (nothing from that
    file is kept) and ConfigError when the index cannot be written.
    """
    path = index_path or default_index_path()
    Gazetteer.open(path, progress=progress, sources=sources).close()  # build or refresh the index before writing into it
    ordered = sorted((Path(f) for f in files), key=lambda f: _is_alternates(f))
    report = ImportReport()
    say = progress or (lambda message: None)
    try:
        conn = sqlite3.connect(path)
    except sqlite3.Error as exc:
        raise ConfigError(f"cannot open gazetteer index {path} for writing: {exc}; check permissions") from exc
    try:
        for file in ordered:
            before = (report.places, report.names)
            try:
                if _is_alternates(file):
                    _import_alternates(conn, file, report, say)
                else:
                    _import_places(conn, file, report, say)
            except (sqlite3.Error, InputError):
                conn.rollback()
                raise
            conn.execute(
                "INSERT INTO import_log VALUES (?,?,?,?)",
                (str(file), report.places - before[0], report.names - before[1],
                 time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())),
            )  # fmt: skip
            conn.commit()
            report.files += 1
        conn.execute("ANALYZE")
    except sqlite3.Error as exc:
        raise ConfigError(f"could not write to gazetteer index {path}: {exc}; check disk space") from exc
    finally:
        conn.close()
    return report


def _is_alternates(file: Path) -> bool:
    return file.name.lower().startswith("alternatename")


def _lines(file: Path) -> Iterator[tuple[int, str]]:
    """The text lines of a file, or of the one .txt inside a GeoNames zip (skipping its readme)."""
    try:
        if zipfile.is_zipfile(file):
            with zipfile.ZipFile(file) as archive:
                members = [n for n in archive.namelist() if n.endswith(".txt") and "readme" not in n.lower()]
                if len(members) != 1:
                    raise InputError(f"{file}: expected one data .txt file in the zip, found {len(members)}")
                with archive.open(members[0]) as raw:
                    yield from enumerate(io.TextIOWrapper(raw, encoding="utf-8"), start=1)
            return
        handle: IO[str]
        with file.open(encoding="utf-8") as handle:
            yield from enumerate(handle, start=1)
    except OSError as exc:
        raise InputError(f"{file}: cannot read ({exc})") from None
    except UnicodeDecodeError:
        raise InputError(f"{file}: not UTF-8 text; give a GeoNames dump as downloaded") from None


def _import_places(conn: sqlite3.Connection, file: Path, report: ImportReport, say: ProgressCallback) -> None:
    """Read one place dump; each kept row replaces the place of the same geonameid or adds one."""
    say(f"importing places from {file.name}")
    writer = _IndexWriter(conn, None)
    writer.next_id = int(conn.execute("SELECT COALESCE(MAX(id), 0) FROM place").fetchone()[0]) + 1
    for count, (line_no, line) in enumerate(_lines(file), start=1):
        fields = line.rstrip("\n").split("\t")
        if len(fields) != PLACE_COLUMNS:
            if count == 1:
                raise InputError(
                    f"{file}:{line_no}: {len(fields)} columns, a GeoNames place dump has {PLACE_COLUMNS}; "
                    "give XX.txt, allCountries.txt or an alternateNames file"
                )
            report.skipped += 1
            continue
        if not _add_place(conn, writer, fields):
            report.skipped += 1
            continue
        report.places += 1
        if report.places % BATCH == 0:
            say(f"{file.name}: {report.places:,} places")


def _add_place(conn: sqlite3.Connection, writer: _IndexWriter, fields: list[str]) -> bool:
    gid, name, _ascii, alternates, lat, lon, klass, code, country = fields[:9]
    if klass not in ("P", "A", "T", "L") and not (klass == "S" and code in SITE_CODES):
        return False
    try:
        latitude, longitude, population = float(lat), float(lon), int(fields[14] or 0)
    except ValueError:
        return False
    feature = "city" if klass == "P" and code != "PPLX" else FEATURE_BY_CODE.get(code, "area" if klass == "L" else "site")
    if klass == "A" and code not in FEATURE_BY_CODE:
        return False  # ADMD, PCLI (countries are built in), historical units
    old = conn.execute("SELECT id, admin1 FROM place WHERE gid = ?", (f"geonames:{gid}",)).fetchone()
    if old is not None:
        conn.execute("DELETE FROM place WHERE id = ?", (old[0],))
    row = (f"geonames:{gid}", name, country or None, latitude, longitude, feature,
           TIER_CITY if feature == "city" else TIER_FEATURE, population, old[1] if old else None, fields[10] or None)  # fmt: skip
    place_id = old[0] if old is not None else writer.next_id
    writer.next_id = max(writer.next_id, place_id + 1)
    conn.execute(
        "INSERT INTO place (id, gid, name, country_code, latitude, longitude, feature, tier, population, admin1,"
        " admin1_code, origin) VALUES (?,?,?,?,?,?,?,?,?,?,?, 'import')",
        (place_id, *row),
    )
    names = [(name, True)] + [(alt, False) for alt in alternates.split(",") if alt and _usable_alternate(alt)]
    writer.add_names(place_id, names)
    return True


def _import_alternates(conn: sqlite3.Connection, file: Path, report: ImportReport, say: ProgressCallback) -> None:
    """Add alternate names to places already in the index (others are skipped: their places are unknown)."""
    say(f"importing alternate names from {file.name}")
    writer = _IndexWriter(conn, None)
    ids = dict(conn.execute("SELECT CAST(substr(gid, 10) AS INTEGER), id FROM place WHERE gid LIKE 'geonames:%'"))
    for count, (line_no, line) in enumerate(_lines(file), start=1):
        fields = line.rstrip("\n").split("\t")
        if len(fields) < ALTERNATE_COLUMNS:
            if count == 1:
                raise InputError(
                    f"{file}:{line_no}: {len(fields)} columns, a GeoNames alternate-name file has at least "
                    f"{ALTERNATE_COLUMNS}; give alternateNamesV2.txt"
                )
            report.skipped += 1
            continue
        _id, geonameid, language, name, preferred, _short, colloquial, historic = fields[:ALTERNATE_COLUMNS]
        place_id = ids.get(int(geonameid)) if geonameid.isdigit() else None
        if place_id is None or language in SKIPPED_LANGUAGES or colloquial == "1" or not _usable_alternate(name):
            report.skipped += 1
            continue
        writer.add_names(place_id, [(name, preferred == "1" and historic != "1")])
        conn.execute("UPDATE place SET origin = 'import' WHERE id = ?", (place_id,))
        report.names += 1
        if report.names % (BATCH * 10) == 0:
            say(f"{file.name}: {report.names:,} names")
