//! Writes a synthetic but realistic suivi site of N recommendations, for the benchmark
//! (docs/performance.md), and optionally the same pages as a Hugo site.
//!
//! ```text
//! cargo run --release --example gen_site -- --recommendations 10000 --out /tmp/s10k [--hugo /tmp/h10k] [--no-search] [--per-state]
//! ```
//!
//! What it writes, deterministically (the same N gives the same files):
//! - `site.yaml` in the six UN languages, with search on unless `--no-search`;
//! - `content/recommendations/gen-NNNN.yaml`, 1,000 records per file (with `--per-state`, one
//!   file per state, `gen-<iso3>.yaml`, as `suivi import` writes them), spread over the 197 states
//!   of `reference/states.yaml`: 60 % UPR (cycles 1–4, with sessions, positions and recommending
//!   states), the rest from the treaty bodies and special procedures. Every record has its
//!   official text in all six languages, taken in turn from the 41 real UHRI records of the
//!   example site (`content/recommendations/uhri-sample.yaml`), so the pages carry the real mix
//!   of Arabic, Chinese, Cyrillic and Latin script; 1–3 UHRI themes, 0–2 affected persons, SDG
//!   goals and targets, and for one in five records a responsible institution;
//! - `content/updates/`: an implementation update (Markdown) for one record in ten;
//! - the example's ratifications, reservations and pages, copied.
//!
//! With `--hugo DIR`, the same recommendations as Hugo content: one page per recommendation and
//! language (`content/<lang>/recommendations/<id>.md`, the text as the body), taxonomies for
//! state, mechanism, cycle, position, theme, affected persons, SDG goal and status, 50 per page,
//! and small layouts that print what suivi's record pages print. It is the comparison baseline,
//! not a port of suivi's theme.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const LANGS: [&str; 6] = ["en", "fr", "es", "ar", "ru", "zh"];
const PER_FILE: usize = 1000;

#[derive(serde::Deserialize)]
struct PoolRecord {
    text: std::collections::BTreeMap<String, String>,
    #[serde(default)]
    sdg_goals: Vec<String>,
    #[serde(default)]
    sdg_targets: Vec<String>,
}

#[derive(serde::Deserialize)]
struct Id {
    id: String,
}

struct Args {
    n: usize,
    out: PathBuf,
    hugo: Option<PathBuf>,
    search: bool,
    per_state: bool,
}

fn parse(argv: Vec<String>) -> Result<Args, String> {
    let mut n = None;
    let mut out = None;
    let mut hugo = None;
    let mut search = true;
    let mut per_state = false;
    let mut it = argv.into_iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--recommendations" | "-n" => {
                let v = it.next().ok_or("--recommendations needs a number")?;
                n = Some(
                    v.replace([',', '_'], "")
                        .parse::<usize>()
                        .map_err(|e| format!("--recommendations {v}: {e}"))?,
                );
            }
            "--out" | "-o" => out = Some(PathBuf::from(it.next().ok_or("--out needs a folder")?)),
            "--hugo" => hugo = Some(PathBuf::from(it.next().ok_or("--hugo needs a folder")?)),
            "--no-search" => search = false,
            "--per-state" => per_state = true,
            "-h" | "--help" => {
                println!(
                    "usage: gen_site --recommendations N --out DIR [--hugo DIR] [--no-search] [--per-state]"
                );
                std::process::exit(0);
            }
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok(Args {
        n: n.ok_or("--recommendations N is required")?,
        out: out.ok_or("--out DIR is required")?,
        hugo,
        search,
        per_state,
    })
}

/// A small deterministic generator (SplitMix64): the same N always gives the same site.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A YAML double-quoted scalar (JSON's string syntax is valid YAML).
fn q(s: &str) -> String {
    serde_json::to_string(s).expect("a string serialises")
}

const TREATY_BODIES: [(&str, &str); 10] = [
    ("cerd", "CERD/C/{}/CO/20-22"),
    ("cescr", "E/C.12/{}/CO/4"),
    ("ccpr", "CCPR/C/{}/CO/4"),
    ("cedaw", "CEDAW/C/{}/CO/8"),
    ("cat", "CAT/C/{}/CO/5"),
    ("crc", "CRC/C/{}/CO/5-6"),
    ("cmw", "CMW/C/{}/CO/2"),
    ("crpd", "CRPD/C/{}/CO/1"),
    ("ced", "CED/C/{}/CO/1"),
    ("sp", "A/HRC/{}/Add.1"),
];

/// Responsible institutions, in the six languages.
const INSTITUTIONS: [[&str; 6]; 4] = [
    [
        "Ministry of Justice",
        "Ministère de la justice",
        "Ministerio de Justicia",
        "وزارة العدل",
        "Министерство юстиции",
        "司法部",
    ],
    [
        "Ministry of Health",
        "Ministère de la santé",
        "Ministerio de Salud",
        "وزارة الصحة",
        "Министерство здравоохранения",
        "卫生部",
    ],
    [
        "Ministry of Education",
        "Ministère de l'éducation",
        "Ministerio de Educación",
        "وزارة التعليم",
        "Министерство образования",
        "教育部",
    ],
    [
        "National Human Rights Institution",
        "Institution nationale des droits de l'homme",
        "Institución Nacional de Derechos Humanos",
        "المؤسسة الوطنية لحقوق الإنسان",
        "Национальное правозащитное учреждение",
        "国家人权机构",
    ],
];

const STATUSES: [&str; 6] = [
    "not_started",
    "planned",
    "in_progress",
    "partially_implemented",
    "implemented",
    "not_implemented",
];

/// One generated recommendation, as both writers need it.
struct Rec {
    id: String,
    state: String,
    mechanism: &'static str,
    document: String,
    paragraph: String,
    date: String,
    cycle: Option<u32>,
    session: Option<u32>,
    position: Option<&'static str>,
    recommending: Vec<String>,
    text: usize,
    themes: Vec<usize>,
    persons: Vec<usize>,
    institution: Option<usize>,
    status: Option<&'static str>,
}

fn generate(n: usize, states: &[String]) -> Vec<Rec> {
    let mut rng = Rng(0x5u64 << 32 | n as u64);
    (0..n)
        .map(|i| {
            let state = states[rng.below(states.len())].clone();
            let upr = rng.below(10) < 6;
            let (mechanism, document, cycle, session, position, recommending) = if upr {
                let cycle = 1 + rng.below(4) as u32;
                let session = 1 + (cycle - 1) * 12 + rng.below(12) as u32;
                let council = 4 + session * 3 / 4;
                let position = if rng.below(10) < 7 {
                    "supported"
                } else {
                    "noted"
                };
                let recommending = (0..1 + rng.below(2))
                    .map(|_| states[rng.below(states.len())].clone())
                    .collect();
                (
                    "upr",
                    format!("A/HRC/{council}/{}", 5 + rng.below(20)),
                    Some(cycle),
                    Some(session),
                    Some(position),
                    recommending,
                )
            } else {
                let (m, doc) = TREATY_BODIES[rng.below(TREATY_BODIES.len())];
                (m, doc.replace("{}", &state), None, None, None, Vec::new())
            };
            let themes = (0..1 + rng.below(3)).map(|_| rng.below(1000)).collect();
            let persons = (0..rng.below(3)).map(|_| rng.below(1000)).collect();
            Rec {
                id: format!("gen-{i:06}"),
                state,
                mechanism,
                document,
                paragraph: format!("{}.{}", 100 + rng.below(60), 1 + i % 300),
                date: format!(
                    "{}-{:02}-{:02}",
                    2008 + rng.below(17),
                    1 + rng.below(12),
                    1 + rng.below(28)
                ),
                cycle,
                session,
                position,
                recommending,
                text: rng.below(1000),
                themes,
                persons,
                institution: (rng.below(5) == 0).then(|| rng.below(INSTITUTIONS.len())),
                status: (i % 10 == 3).then(|| STATUSES[rng.below(STATUSES.len())]),
            }
        })
        .collect()
}

fn read_ids(path: &Path) -> Result<Vec<String>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let ids: Vec<Id> =
        serde_saphyr::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(ids.into_iter().map(|i| i.id).collect())
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &to.join(entry.file_name()))?;
        } else {
            std::fs::copy(entry.path(), to.join(entry.file_name()))?;
        }
    }
    Ok(())
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

fn write_suivi(
    out: &Path,
    root: &Path,
    recs: &[Rec],
    pool: &[PoolRecord],
    themes: &[String],
    persons: &[String],
    args: &Args,
) -> Result<(), String> {
    let (search, per_state) = (args.search, args.per_state);
    let mut site = String::from(
        "# Written by examples/gen_site.rs for the benchmark (docs/performance.md).\ntitle:\n",
    );
    for (lang, title) in LANGS.iter().zip([
        "Synthetic benchmark site",
        "Site de test synthétique",
        "Sitio de prueba sintético",
        "موقع اختبار اصطناعي",
        "Синтетический тестовый сайт",
        "合成基准网站",
    ]) {
        writeln!(site, "  {lang}: {}", q(title)).unwrap();
    }
    site.push_str("languages: [en, fr, es, ar, ru, zh]\ndefault_language: en\nfallback: [en, fr, es]\nbase_url: \"/\"\n");
    if !search {
        site.push_str("search: false\n");
    }
    write(&out.join("site.yaml"), &site)?;
    for dir in ["ratifications", "reservations", "pages"] {
        copy_dir(
            &root.join("content").join(dir),
            &out.join("content").join(dir),
        )
        .map_err(|e| format!("copying content/{dir}: {e}"))?;
    }
    // The records' files: in chunks of PER_FILE, or one per state (in record order within it).
    let files: Vec<(String, Vec<&Rec>)> = if per_state {
        let mut by_state: std::collections::BTreeMap<&str, Vec<&Rec>> = Default::default();
        for r in recs {
            by_state.entry(&r.state).or_default().push(r);
        }
        by_state
            .into_iter()
            .map(|(st, rs)| (format!("gen-{}", st.to_lowercase()), rs))
            .collect()
    } else {
        recs.chunks(PER_FILE)
            .enumerate()
            .map(|(f, c)| (format!("gen-{f:04}"), c.iter().collect()))
            .collect()
    };
    for (name, chunk) in &files {
        let mut y = String::with_capacity(chunk.len() * 3000);
        for r in chunk {
            writeln!(y, "- id: {}", q(&r.id)).unwrap();
            writeln!(y, "  mechanism: {}", q(r.mechanism)).unwrap();
            writeln!(y, "  state: {}", q(&r.state)).unwrap();
            writeln!(y, "  document: {}", q(&r.document)).unwrap();
            writeln!(y, "  paragraph: {}", q(&r.paragraph)).unwrap();
            writeln!(y, "  date: {}", q(&r.date)).unwrap();
            if let (Some(c), Some(s)) = (r.cycle, r.session) {
                writeln!(y, "  upr_cycle: {c}\n  upr_session: {s}").unwrap();
            }
            y.push_str("  type: \"recommendation\"\n  text:\n");
            let p = &pool[r.text % pool.len()];
            for lang in LANGS {
                if let Some(t) = p.text.get(lang) {
                    writeln!(y, "    {lang}: {}", q(t)).unwrap();
                }
            }
            if !r.recommending.is_empty() {
                y.push_str("  recommending_states:\n");
                for s in &r.recommending {
                    writeln!(y, "    - {}", q(s)).unwrap();
                }
            }
            if let Some(pos) = r.position {
                writeln!(y, "  position: {}", q(pos)).unwrap();
            }
            y.push_str("  themes:\n");
            let mut seen = Vec::new();
            for t in &r.themes {
                let t = &themes[t % themes.len()];
                if !seen.contains(&t) {
                    writeln!(y, "    - {}", q(t)).unwrap();
                    seen.push(t);
                }
            }
            if !r.persons.is_empty() {
                y.push_str("  affected_persons:\n");
                let mut seen = Vec::new();
                for a in &r.persons {
                    let a = &persons[a % persons.len()];
                    if !seen.contains(&a) {
                        writeln!(y, "    - {}", q(a)).unwrap();
                        seen.push(a);
                    }
                }
            }
            for (key, list) in [("sdg_goals", &p.sdg_goals), ("sdg_targets", &p.sdg_targets)] {
                if !list.is_empty() {
                    writeln!(y, "  {key}:").unwrap();
                    for g in list {
                        writeln!(y, "    - {}", q(g)).unwrap();
                    }
                }
            }
            if let Some(i) = r.institution {
                y.push_str("  responsible:\n");
                for (k, lang) in LANGS.iter().enumerate() {
                    let dash = if k == 0 { "-" } else { " " };
                    writeln!(y, "    {dash} {lang}: {}", q(INSTITUTIONS[i][k])).unwrap();
                }
            }
        }
        write(
            &out.join(format!("content/recommendations/{name}.yaml")),
            &y,
        )?;
    }
    for r in recs {
        if let Some(status) = r.status {
            let md = format!(
                "---\nrecommendations:\n  - {}\ndate: \"2025-06-30\"\nassessor: \"government\"\nstatus: {}\ntitle:\n  en: \"Progress report\"\n  fr: \"Rapport d'étape\"\n---\n\nThe **government** reports on the measures taken for {} (paragraph {}).\n\n- A draft law was prepared.\n- Consultations with civil society were held.\n",
                q(&r.id),
                q(status),
                r.document,
                r.paragraph
            );
            write(&out.join(format!("content/updates/{}.md", r.id)), &md)?;
        }
    }
    Ok(())
}

/// The same recommendations as a multilingual Hugo site.
fn write_hugo(
    out: &Path,
    recs: &[Rec],
    pool: &[PoolRecord],
    themes: &[String],
    persons: &[String],
) -> Result<(), String> {
    let mut config = String::from(
        "baseURL = \"/\"\ndefaultContentLanguage = \"en\"\ndefaultContentLanguageInSubdir = true\ndisableKinds = [\"RSS\", \"sitemap\"]\n[pagination]\npagerSize = 50\n[taxonomies]\nstate = \"states\"\nmechanism = \"mechanisms\"\ncycle = \"cycles\"\nposition = \"positions\"\ntheme = \"themes\"\nperson = \"persons\"\nsdg = \"sdgs\"\nstatus = \"statuses\"\n[languages]\n",
    );
    for (w, lang) in LANGS.iter().enumerate() {
        let dir = if *lang == "ar" { "rtl" } else { "ltr" };
        writeln!(
            config,
            "[languages.{lang}]\nweight = {}\ncontentDir = \"content/{lang}\"\nlanguageDirection = \"{dir}\"",
            w + 1
        )
        .unwrap();
    }
    write(&out.join("hugo.toml"), &config)?;
    let base = r##"<!DOCTYPE html>
<html lang="{{ site.Language.Lang }}" dir="{{ site.Language.LanguageDirection | default "ltr" }}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{ .Title }}</title></head>
<body><a href="#main">Skip</a><nav><a href="{{ site.Home.RelPermalink }}">Home</a>{{ range .Translations }} <a href="{{ .RelPermalink }}" lang="{{ .Language.Lang }}">{{ .Language.Lang }}</a>{{ end }}</nav>
<main id="main">{{ block "main" . }}{{ end }}</main></body></html>
"##;
    write(&out.join("layouts/baseof.html"), base)?;
    let single = r#"{{ define "main" }}<h1>{{ .Title }}</h1>
<dl><dt>State</dt><dd>{{ range .GetTerms "states" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}</dd>
<dt>Mechanism</dt><dd>{{ range .GetTerms "mechanisms" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}</dd>
<dt>Document</dt><dd><bdi dir="ltr">{{ .Params.document }}</bdi>, paragraph {{ .Params.paragraph }}</dd>
<dt>Date</dt><dd>{{ .Date.Format "2006-01-02" }}</dd>
<dt>Themes</dt><dd><ul>{{ range .GetTerms "themes" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul></dd>
<dt>Affected persons</dt><dd><ul>{{ range .GetTerms "persons" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul></dd>
<dt>SDGs</dt><dd><ul>{{ range .GetTerms "sdgs" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul></dd>
<dt>Status</dt><dd>{{ range .GetTerms "statuses" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ else }}no information{{ end }}</dd></dl>
<section><h2>Text</h2>{{ .Content }}</section>
{{ with .Params.update }}<section><h2>Implementation</h2>{{ . | markdownify }}</section>{{ end }}
{{ end }}
"#;
    write(&out.join("layouts/single.html"), single)?;
    let list = r#"{{ define "main" }}<h1>{{ .Title }}</h1>
{{ $p := .Paginate .Pages }}<ol>{{ range $p.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <bdi dir="ltr">{{ .Params.document }}</bdi></li>{{ end }}</ol>
<nav>{{ with $p.Prev }}<a href="{{ .URL }}">Previous</a>{{ end }} {{ $p.PageNumber }} / {{ $p.TotalPages }} {{ with $p.Next }}<a href="{{ .URL }}">Next</a>{{ end }}</nav>
{{ end }}
"#;
    write(&out.join("layouts/list.html"), list)?;
    let terms = r#"{{ define "main" }}<h1>{{ .Title }}</h1>
<table><thead><tr><th>Term</th><th>Recommendations</th></tr></thead><tbody>{{ range .Data.Terms.ByCount }}<tr><td><a href="{{ .Page.RelPermalink }}">{{ .Page.LinkTitle }}</a></td><td>{{ .Count }}</td></tr>{{ end }}</tbody></table>
{{ end }}
"#;
    write(&out.join("layouts/taxonomy.html"), terms)?;
    write(
        &out.join("layouts/home.html"),
        "{{ define \"main\" }}<h1>{{ .Title }}</h1><ul><li><a href=\"recommendations/\">Recommendations</a></li></ul>{{ end }}\n",
    )?;
    for lang in LANGS {
        write(
            &out.join(format!("content/{lang}/_index.md")),
            "---\ntitle: \"Synthetic benchmark site\"\n---\n",
        )?;
        write(
            &out.join(format!("content/{lang}/recommendations/_index.md")),
            "---\ntitle: \"Recommendations\"\n---\n",
        )?;
    }
    for r in recs {
        let p = &pool[r.text % pool.len()];
        for (k, lang) in LANGS.iter().enumerate() {
            let text = p
                .text
                .get(*lang)
                .or_else(|| p.text.get("en"))
                .cloned()
                .unwrap_or_default();
            let mut md = String::with_capacity(text.len() + 600);
            md.push_str("---\n");
            writeln!(
                md,
                "title: {}",
                q(&format!("{} {}", r.document, r.paragraph))
            )
            .unwrap();
            writeln!(md, "date: {}", q(&r.date)).unwrap();
            writeln!(md, "document: {}", q(&r.document)).unwrap();
            writeln!(md, "paragraph: {}", q(&r.paragraph)).unwrap();
            writeln!(md, "translationKey: {}", q(&r.id)).unwrap();
            writeln!(md, "states: [{}]", q(&r.state)).unwrap();
            writeln!(md, "mechanisms: [{}]", q(r.mechanism)).unwrap();
            if let (Some(c), Some(pos)) = (r.cycle, r.position) {
                writeln!(md, "cycles: [\"{c}\"]\npositions: [{}]", q(pos)).unwrap();
            }
            let t: Vec<String> = r
                .themes
                .iter()
                .map(|t| q(&themes[t % themes.len()]))
                .collect();
            writeln!(md, "themes: [{}]", t.join(", ")).unwrap();
            let a: Vec<String> = r
                .persons
                .iter()
                .map(|a| q(&persons[a % persons.len()]))
                .collect();
            writeln!(md, "persons: [{}]", a.join(", ")).unwrap();
            let g: Vec<String> = p
                .sdg_goals
                .iter()
                .chain(&p.sdg_targets)
                .map(|g| q(g))
                .collect();
            writeln!(md, "sdgs: [{}]", g.join(", ")).unwrap();
            if let Some(s) = r.status {
                writeln!(md, "statuses: [{}]", q(s)).unwrap();
                writeln!(md, "update: {}", q("The **government** reports on the measures taken.\n\n- A draft law was prepared.\n- Consultations with civil society were held.")).unwrap();
            }
            if let Some(i) = r.institution {
                writeln!(md, "responsible: {}", q(INSTITUTIONS[i][k])).unwrap();
            }
            md.push_str("---\n\n");
            md.push_str(&text);
            md.push('\n');
            write(
                &out.join(format!("content/{lang}/recommendations/{}.md", r.id)),
                &md,
            )?;
        }
    }
    Ok(())
}

/// Writes the site(s) `argv` (the arguments after the program name) asks for; returns what to
/// print. `tests/e2e_benchmark.rs` calls it directly.
pub fn run(argv: Vec<String>) -> Result<String, String> {
    let args = parse(argv)?;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let pool_text = std::fs::read_to_string(root.join("content/recommendations/uhri-sample.yaml"))
        .map_err(|e| format!("content/recommendations/uhri-sample.yaml: {e}"))?;
    let pool: Vec<PoolRecord> =
        serde_saphyr::from_str(&pool_text).map_err(|e| format!("uhri-sample.yaml: {e}"))?;
    let pool: Vec<PoolRecord> = pool
        .into_iter()
        .filter(|p| LANGS.iter().all(|l| p.text.contains_key(*l)))
        .collect();
    if pool.is_empty() {
        return Err("uhri-sample.yaml has no record with all six languages".into());
    }
    let states = read_ids(&root.join("reference/states.yaml"))?;
    let themes = read_ids(&root.join("reference/themes.yaml"))?;
    let persons = read_ids(&root.join("reference/affected_persons.yaml"))?;
    if args.out.exists() {
        return Err(format!(
            "{} exists: give a new folder (nothing is overwritten)",
            args.out.display()
        ));
    }
    let recs = generate(args.n, &states);
    write_suivi(&args.out, root, &recs, &pool, &themes, &persons, &args)?;
    if let Some(h) = &args.hugo {
        if h.exists() {
            return Err(format!("{} exists: give a new folder", h.display()));
        }
        write_hugo(h, &recs, &pool, &themes, &persons)?;
    }
    Ok(format!(
        "wrote {} recommendations ({} with an update) into {}{}",
        recs.len(),
        recs.iter().filter(|r| r.status.is_some()).count(),
        args.out.display(),
        args.hugo
            .as_ref()
            .map(|h| format!(", and as Hugo content into {}", h.display()))
            .unwrap_or_default()
    ))
}

fn main() {
    match run(std::env::args().skip(1).collect()) {
        Ok(done) => println!("{done}"),
        Err(e) => {
            eprintln!("gen_site: {e}");
            std::process::exit(2);
        }
    }
}
