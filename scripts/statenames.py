"""State names -> ISO 3166-1 alpha-3, and the state list shipped in reference/states.yaml.

Standard library only (Python 3.11). Used by scripts/refdata.py and by other import scripts.

Sources (all under the shared data directory, read-only):
  countries/un-names-datasets-country-codes/country-codes.csv  UNTERM short/formal names, M49 names
  countries/un_m49.csv                                          M49 English names
  countries/countries.csv                                       CLDR and world-countries names
  countries/un_regional_groups_upr-info.csv                     regional groups (UPR Info spelling)

Typical use:

    import statenames
    names = statenames.StateNames(shared_dir)      # or statenames.init(shared_dir)
    names.iso3_for("Ivory Coast")                  # -> "CIV"
    statenames.iso3_for("Swaziland")               # module-level, uses init() or the default dir
    statenames.load_states(shared_dir)             # -> list of state dicts (197)

Matching is case-insensitive after normalising Unicode (NFC, diacritics dropped), whitespace, quotes
(’ ‘ ` -> '), "&" -> "and", a leading "the " and a trailing UNTERM "(the)" / "*" / "**" marker.
Nothing is guessed: a name that is not in a source or in the alias table returns None, and a name that
two sources of the same rank give to different states is treated as ambiguous (None).
"""

from __future__ import annotations

import csv
import os
import re
import sys
import unicodedata
from pathlib import Path

__all__ = [
    "LANGS",
    "StateNames",
    "default_shared_dir",
    "init",
    "iso3_for",
    "load_states",
    "normalise",
    "slugify",
    "strip_unterm_marker",
]

# UN language order used everywhere in the project.
LANGS = ("ar", "zh", "en", "fr", "ru", "es")

# Column suffix in country-codes.csv for each language.
UNTERM_LANG = {"ar": "Arabic", "zh": "Chinese", "en": "English", "fr": "French", "ru": "Russian", "es": "Spanish"}
M49_LANG = {"ar": "ar", "zh": "cn", "en": "en", "fr": "fr", "ru": "ru", "es": "es"}

OBSERVERS = ("VAT", "PSE")  # non-member observer states (UN General Assembly)
NON_MEMBER_PARTICIPANTS = ("COK", "NIU")  # non-member states that are treaty participants

REGIONAL_GROUPS = {
    "africa": "African",
    "african": "African",
    "asia": "Asia-Pacific",
    "asia-pacific": "Asia-Pacific",
    "eeg": "EEG",
    "grulac": "GRULAC",
    "weog": "WEOG",
    "observer": None,
}

# Explicit aliases: spellings seen in UPR Info (Terman export), the UNTC 2015 participants list, the
# WPDL 2022 table and OHCHR's thematic lists that are in none of the name sources (or are ambiguous
# there). Keys are matched after normalise(). Values are ISO 3166-1 alpha-3.
ALIASES = {
    # UPR Info
    "Antigua & Barbuda": "ATG",
    "Bolivia": "BOL",
    "Bosnia & Herzegovina": "BIH",
    "Cape Verde": "CPV",
    "Cote d'Ivoire": "CIV",
    "Ivory Coast": "CIV",
    "Czech Republic": "CZE",
    "DPR Korea": "PRK",
    "Democratic People's Republic of Korea": "PRK",
    "North Korea": "PRK",
    "Korea, Democratic People's Republic of": "PRK",
    "Republic of Korea": "KOR",
    "South Korea": "KOR",
    "Korea, Republic of": "KOR",
    "Democratic Republic of Congo": "COD",
    "Democratic Republic of the Congo": "COD",
    "DR Congo": "COD",
    "DRC": "COD",
    "Congo, The Democratic Republic Of The": "COD",
    "Congo, Democratic Republic of the": "COD",
    "Republic of Congo": "COG",
    "Republic of the Congo": "COG",
    "Congo": "COG",
    "Guinea Bissau": "GNB",
    "Holy See": "VAT",
    "Vatican": "VAT",
    "Vatican City": "VAT",
    "Iran": "IRN",
    "Islamic Republic of Iran": "IRN",
    "Iran, Islamic Republic of": "IRN",
    "Laos": "LAO",
    "Lao PDR": "LAO",
    "Macedonia FYR": "MKD",
    "The former Yugoslav Republic of Macedonia": "MKD",
    "Former Yugoslav Republic of Macedonia": "MKD",
    "Macedonia": "MKD",
    "North Macedonia": "MKD",
    "Republic of North Macedonia": "MKD",
    "Micronesia": "FSM",
    "Federated States of Micronesia": "FSM",
    "Micronesia, Federated States Of": "FSM",
    "Moldova": "MDA",
    "Moldova, Republic Of": "MDA",
    "Palestine": "PSE",
    "State of Palestine": "PSE",
    "Sao Tome & Principe": "STP",
    "St Kitts & Nevis": "KNA",
    "St. Kitts and Nevis": "KNA",
    "St Kitts and Nevis": "KNA",
    "St Lucia": "LCA",
    "St. Lucia": "LCA",
    "St Vincent & the Grenadines": "VCT",
    "St. Vincent and the Grenadines": "VCT",
    "St Vincent and the Grenadines": "VCT",
    "Swaziland": "SWZ",
    "Syria": "SYR",
    "Tanzania": "TZA",
    "Tanzania, United Republic Of": "TZA",
    "Turkey": "TUR",
    "Türkiye": "TUR",
    "Republic of Türkiye": "TUR",
    "United Kingdom": "GBR",
    "UK": "GBR",
    "United Kingdom of Great Britain and Northern Ireland": "GBR",
    "United States": "USA",
    "USA": "USA",
    "United States of America": "USA",
    "Venezuela": "VEN",
    "Bolivarian Republic of Venezuela": "VEN",
    "Russia": "RUS",
    "Russian Federation": "RUS",
    "East Timor": "TLS",
    "Viet Nam": "VNM",
    "Vietnam": "VNM",
    "Brunei": "BRN",
    "Netherlands": "NLD",
    "Kingdom of the Netherlands": "NLD",
    "Netherlands (Kingdom of the)": "NLD",
    "Gambia": "GMB",
    "The Gambia": "GMB",
    "Bahamas": "BHS",
    "Plurinational State of Bolivia": "BOL",
}

# Names that must never resolve to a state (regional organisations, placeholders in the sources).
NOT_STATES = ("European Union", "&#40;Unknown&#41;", "(Unknown)", "Unknown")


def default_shared_dir() -> Path:
    """../shared/data relative to the repository root (this file is <repo>/scripts/statenames.py).

    The environment variable SUIVI_SHARED_DATA overrides it.
    """
    env = os.environ.get("SUIVI_SHARED_DATA")
    if env:
        return Path(env)
    return Path(__file__).resolve().parent.parent.parent / "shared" / "data"


_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
                         "\u201c": '"', "\u201d": '"', "\u00a0": " "})
_MARKER_RE = re.compile(r"\s*\*+\s*$")
_THE_SUFFIX_RE = re.compile(r"\s*\((the|l'|la|le|les|el|los|las)\)\s*$", re.IGNORECASE)


def strip_unterm_marker(s: str) -> str:
    """Drop UNTERM's footnote marker ("Holy See (the) *" -> "Holy See (the)")."""
    return _MARKER_RE.sub("", s or "").strip()


def normalise(name: str) -> str:
    """Matching key for a state name. Returns "" for empty input."""
    if not name:
        return ""
    s = unicodedata.normalize("NFKC", name).translate(_QUOTES)
    s = strip_unterm_marker(s)
    # drop diacritics (Côte -> Cote, Türkiye -> Turkiye)
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    s = s.replace("&", " and ")
    s = re.sub(r"\s+", " ", s).strip()
    s = _THE_SUFFIX_RE.sub("", s)
    s = s.casefold()
    if s.startswith("the "):
        s = s[4:]
    return s.strip()


def slugify(label: str) -> str:
    """Slug rule shared by every script (themes, affected persons, ...).

    Strip a leading UHRI code (^[A-H]\\d+\\s+), lower-case, '&' -> 'and', any run of characters outside
    [a-z0-9] -> '-', trim '-', truncate to 80 characters at a '-' boundary.
    """
    s = re.sub(r"^[A-H]\d+\s+", "", (label or "").strip())
    s = s.lower().replace("&", "and")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    if len(s) > 80:
        if s[80] == "-":
            s = s[:80]
        else:
            cut = s[:80]
            i = cut.rfind("-")
            s = cut[:i] if i > 0 else cut
        s = s.strip("-")
    return s


def _read_csv(path: Path) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


class StateNames:
    """Index of state names for one shared data directory."""

    def __init__(self, shared_dir: str | os.PathLike | None = None):
        self.shared_dir = Path(shared_dir) if shared_dir is not None else default_shared_dir()
        cdir = self.shared_dir / "countries"
        self.country_codes = _read_csv(cdir / "un-names-datasets-country-codes" / "country-codes.csv")
        self.m49 = _read_csv(cdir / "un_m49.csv")
        self.world = _read_csv(cdir / "countries.csv")
        self.iso3s = {r["ISO3166-1-Alpha-3"] for r in self.country_codes if r["ISO3166-1-Alpha-3"]}
        # tiers: 0 aliases, 1 UN names (UNTERM, M49), 2 CLDR / world-countries
        tiers: list[list[tuple[str, str]]] = [[], [], []]
        for name, iso3 in ALIASES.items():
            tiers[0].append((name, iso3))
        for r in self.country_codes:
            iso3 = r["ISO3166-1-Alpha-3"]
            if not iso3:
                continue
            for col in ("UNTERM English Short", "UNTERM English Formal", "official_name_en"):
                if r.get(col):
                    tiers[1].append((r[col], iso3))
            if r.get("CLDR display name"):
                tiers[2].append((r["CLDR display name"], iso3))
        for r in self.m49:
            if r.get("iso3") and r.get("type_label") == "country_or_area":
                tiers[1].append((r["name"], r["iso3"]))
        for r in self.world:
            if r.get("iso_status") != "officially-assigned":
                continue  # e.g. Kosovo's user-assigned UNK: not ISO 3166-1
            iso3 = r["iso3"]
            for col in ("cldr_en", "cldr_en_alt_short", "cldr_en_alt_variant", "wc_official_en", "wc_common_en"):
                if r.get(col):
                    tiers[2].append((r[col], iso3))
        self._index: dict[str, str] = {}
        self.ambiguous: dict[str, set[str]] = {}
        blocked = {normalise(n) for n in NOT_STATES}
        for tier in tiers:
            found: dict[str, set[str]] = {}
            for name, iso3 in tier:
                k = normalise(name)
                if k:
                    found.setdefault(k, set()).add(iso3)
            for k, codes in found.items():
                if k in self._index or k in blocked:
                    continue  # a higher tier decided already
                if len(codes) == 1:
                    self._index[k] = next(iter(codes))
                else:
                    self.ambiguous[k] = codes
        for k in list(self.ambiguous):
            if k in self._index:
                del self.ambiguous[k]

    def iso3_for(self, name: str) -> str | None:
        """ISO 3166-1 alpha-3 for a state name as a source spells it, or None if unknown/ambiguous."""
        return self._index.get(normalise(name))

    def names(self) -> dict[str, str]:
        """A copy of the normalised-name -> ISO3 index."""
        return dict(self._index)

    # ------------------------------------------------------------------ states.yaml records
    def regional_groups(self) -> dict[str, str | None]:
        """ISO3 -> regional group (African, Asia-Pacific, EEG, GRULAC, WEOG, or None for observers)."""
        path = self.shared_dir / "countries" / "un_regional_groups_upr-info.csv"
        out: dict[str, str | None] = {}
        for r in _read_csv(path):
            iso3 = self.iso3_for(r["state_name_upr_info"])
            g = r["regional_group"].strip().casefold()
            if iso3 is None or g not in REGIONAL_GROUPS:
                continue
            out[iso3] = REGIONAL_GROUPS[g]
        return out

    def load_states(self, warn=None) -> list[dict]:
        """The 197 states of reference/states.yaml, sorted by id.

        Each: {id, iso2, m49, membership, regional_group, name: {lang: str}, formal_name: {lang: str}}.
        Names: UNTERM short/formal (footnote markers "*"/"**" removed), else the M49 official name.
        `warn` is called with a message for every gap (default: print to stderr).
        """
        if warn is None:
            def warn(msg):
                print(f"statenames: {msg}", file=sys.stderr)
        groups = self.regional_groups()
        wc_member = {r["iso3"] for r in self.world if r.get("un_member") == "true"}
        m49_en = {r["iso3"]: r["name"] for r in self.m49 if r.get("iso3") and r.get("type_label") == "country_or_area"}
        unterm_member = set()
        for r in self.country_codes:
            short = r.get("UNTERM English Short", "")
            if r["ISO3166-1-Alpha-3"] and short and not _MARKER_RE.search(short):
                unterm_member.add(r["ISO3166-1-Alpha-3"])
        # world-countries wrongly flags the Holy See as a member: observers are never members.
        members = (unterm_member | wc_member) - set(OBSERVERS) - set(NON_MEMBER_PARTICIPANTS)
        for iso3 in sorted(unterm_member ^ (wc_member - set(OBSERVERS))):
            where = "UNTERM" if iso3 in unterm_member else "world-countries unMember"
            warn(f"{iso3}: member only according to {where}")
        wanted = members | set(OBSERVERS) | set(NON_MEMBER_PARTICIPANTS)
        states = []
        for r in self.country_codes:
            iso3 = r["ISO3166-1-Alpha-3"]
            if iso3 not in wanted:
                continue
            en_short = r.get("UNTERM English Short", "")
            marker = _MARKER_RE.search(en_short)
            marker = marker.group(0).strip() if marker else ""
            if iso3 in OBSERVERS:
                membership = "observer"
            elif iso3 in NON_MEMBER_PARTICIPANTS:
                membership = "non_member"
            else:
                membership = "member"
            if (iso3 in OBSERVERS and marker != "*") or (iso3 in NON_MEMBER_PARTICIPANTS and marker != "**"):
                warn(f"{iso3}: unexpected UNTERM marker {marker!r}")
            if not en_short:
                warn(f"{iso3}: no UNTERM names; short names from M49, no formal names")
            name, formal = {}, {}
            for lang in LANGS:
                short = strip_unterm_marker(r.get(f"UNTERM {UNTERM_LANG[lang]} Short", ""))
                frm = strip_unterm_marker(r.get(f"UNTERM {UNTERM_LANG[lang]} Formal", ""))
                # M49 fallback. English: un_m49.csv (UNSD) first, because country-codes.csv's
                # official_name_en says "Ivory Coast" for CIV.
                m49name = (m49_en.get(iso3) if lang == "en" else None) or r.get(f"official_name_{M49_LANG[lang]}") or ""
                m49name = m49name.strip()
                if short or m49name:
                    name[lang] = short or m49name
                if frm:
                    formal[lang] = frm
            m49 = (r.get("M49") or r.get("ISO3166-1-numeric") or "").strip()
            m49 = m49.zfill(3) if m49.isdigit() else (m49 or None)
            states.append({
                "id": iso3,
                "iso2": r.get("ISO3166-1-Alpha-2") or None,
                "m49": m49,
                "membership": membership,
                "regional_group": groups.get(iso3) if membership == "member" else None,
                "name": name,
                "formal_name": formal,
            })
        missing = wanted - {s["id"] for s in states}
        for iso3 in sorted(missing):
            warn(f"{iso3}: not in country-codes.csv; left out")
        states.sort(key=lambda s: s["id"])
        for s in states:
            if s["membership"] != "member":
                continue
            if s["regional_group"] is None:
                warn(f"{s['id']}: member state without a regional group")
            for lang in LANGS:
                if lang not in s["name"]:
                    warn(f"{s['id']}: no short name in {lang}")
                if lang not in s["formal_name"]:
                    warn(f"{s['id']}: no formal name in {lang}")
        return states


# ---------------------------------------------------------------------- module-level convenience
_default: StateNames | None = None


def init(shared_dir: str | os.PathLike | None = None) -> StateNames:
    """Build (or rebuild) the module-level index from a shared data directory."""
    global _default
    _default = StateNames(shared_dir)
    return _default


def _get() -> StateNames:
    return _default if _default is not None else init()


def iso3_for(name: str) -> str | None:
    """ISO3 for a state name, using the index from init() (or the default shared dir)."""
    return _get().iso3_for(name)


def load_states(shared_dir: str | os.PathLike | None = None, warn=None) -> list[dict]:
    """The 197 state records (see StateNames.load_states)."""
    sn = _get() if shared_dir is None else StateNames(shared_dir)
    return sn.load_states(warn=warn)


if __name__ == "__main__":
    # python3 scripts/statenames.py [SHARED_DATA_DIR] NAME...  -> prints "NAME<TAB>ISO3|-"
    args = sys.argv[1:]
    shared = None
    if args and Path(args[0]).is_dir():
        shared = args.pop(0)
    sn = init(shared)
    for a in args:
        print(f"{a}\t{sn.iso3_for(a) or '-'}")
