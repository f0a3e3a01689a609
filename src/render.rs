//! Stage 5: pages. One Tera environment for the theme, one Fluent bundle per language (shared,
//! read-only), Markdown through pulldown-cmark and then sanitised; jobs are rendered in parallel
//! with rayon and returned in plan order, so output never depends on the thread count.
//!
//! Contexts are built here with every record text already resolved into the page's language
//! (`LText`: the text, its own language and direction, and a visible note when it fell back), so
//! templates only lay out and never decide about languages.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::{Arc, OnceLock};

use fluent_bundle::FluentValue;
use include_dir::{Dir, include_dir};
use rayon::prelude::*;
use serde::Serialize;
use serde_json::{Value as Json, json};
use tera::Value;
use tera::{Context, Kwargs, State, Tera};

use crate::HashMap;
use crate::diag::Diagnostic;
use crate::i18n::{Formatter, Lang, Messages, PartialDate, Text};
use crate::index::Site;
use crate::model::*;
use crate::plan::{Job, PAGE_SIZE, PageKind};
use crate::taxonomy::{Taxonomy, position_of};

/// Makes each thread seed its own hash maps. Tera's values are `ahash` maps, and every new map
/// takes a seed from one counter shared by all threads: with two threads rendering, that
/// counter's cache line goes back and forth between the cores (2–3 % of a build's time in
/// `perf`). The seeds stay mixed with the process's random keys; nothing in the output depends
/// on them. Call it before any map is made (it does nothing after).
pub fn seed_maps_per_thread() {
    struct PerThread;
    impl ahash::random_state::RandomSource for PerThread {
        fn gen_hasher_seed(&self) -> usize {
            thread_local! {
                static NEXT: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
            }
            NEXT.with(|next| {
                let seed = next.get().wrapping_add(0x9E37_79B9_7F4A_7C15_u64 as usize);
                next.set(seed);
                // The cell's address tells the threads apart.
                seed ^ (next as *const std::cell::Cell<usize> as usize)
            })
        }
    }
    let _ = ahash::random_state::set_random_source(PerThread);
}

/// A Tera map from `"key": value` pairs, written like `json!`'s objects: the keys are static
/// (nothing is allocated for them) and each value is anything with `Into<Value>`. Page contexts
/// are built this way rather than as `serde_json` values converted afterwards, which was two fifths
/// of the time spent building them (docs/performance.md, round 5).
macro_rules! tmap {
    ($($t:tt)*) => {
        Value::from_map(tfields!($($t)*))
    };
}

/// [`tmap!`]'s map itself, for a caller that adds to it.
macro_rules! tfields {
    ($($k:literal : $v:expr),* $(,)?) => {{
        let mut m = tera::Map::with_capacity([$($k),*].len());
        $(m.insert($k.into(), Value::from($v));)*
        m
    }};
}

mod browse;
mod dashboard;
mod factsheet;
pub mod filter;

/// Addresses per sitemap file; the protocol allows 50,000 (each URL has six alternates, so files
/// stay well under the 50 MB limit too).
const SITEMAP_URLS: usize = 20_000;

pub static BUILTIN_THEME: Dir = include_dir!("$CARGO_MANIFEST_DIR/themes/default");
pub static BUILTIN_LOCALES: Dir = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// A text resolved into one page language.
#[derive(Clone, Debug, Serialize)]
pub struct LText {
    pub text: String,
    pub lang: &'static str,
    pub dir: &'static str,
    /// Set when the text is not in the page's language: a visible note, itself in the page's
    /// language.
    pub note: Option<String>,
}

/// Field `key` of the map `v`, or none.
fn field(v: &Value, key: &'static str) -> Value {
    v.as_map()
        .and_then(|m| m.get(&key.into()))
        .cloned()
        .unwrap_or_else(Value::none)
}

impl LText {
    /// What the theme's `ltext` component writes for this text, as Tera would write it: the text
    /// in a `<span>` with its language and direction (language tags and directions need no
    /// escaping), then the note, if any.
    fn markup(&self) -> String {
        let note = self.note.as_deref().filter(|n| !n.is_empty());
        let mut out = Vec::with_capacity(
            self.text.len() + note.map_or(0, |n| n.len() + 36) + self.lang.len() + 30,
        );
        out.extend_from_slice(b"<span lang=\"");
        out.extend_from_slice(self.lang.as_bytes());
        out.extend_from_slice(b"\" dir=\"");
        out.extend_from_slice(self.dir.as_bytes());
        out.extend_from_slice(b"\">");
        tera::escape_html(&self.text, &mut out).expect("writing to a Vec cannot fail");
        out.extend_from_slice(b"</span>");
        if let Some(note) = note {
            out.extend_from_slice(b" <small class=\"fallback-note\">");
            tera::escape_html(note, &mut out).expect("writing to a Vec cannot fail");
            out.extend_from_slice(b"</small>");
        }
        String::from_utf8(out).expect("escaping keeps UTF-8")
    }
}

impl From<LText> for Value {
    fn from(t: LText) -> Value {
        let markup = Value::safe_string(&t.markup());
        tmap! {"text": t.text, "lang": t.lang, "dir": t.dir, "note": t.note, "markup": markup}
    }
}

/// Per-language services: UI messages and locale formatting.
pub struct Locale {
    pub messages: Messages,
    pub format: Formatter,
}

pub struct Renderer {
    tera: Tera,
    locales: Arc<BTreeMap<Lang, Locale>>,
    /// The note of a text shown in another language than the page's, by the page's language and
    /// the language shown (see [`Renderer::fallback_note`]).
    fallback_notes: HashMap<(Lang, Lang), String>,
}

/// The pages a list's navigation links to: all of them up to 9, else the first, the last and
/// two on each side of the current one, with `None` for each gap. Linking every page from every
/// page made a list of P pages cost P² links: at 100,000 recommendations the full list alone has
/// 2,000 pages per language.
pub(crate) fn page_window(page: usize, pages: usize) -> Vec<Option<usize>> {
    if pages <= 9 {
        return (1..=pages).map(Some).collect();
    }
    let lo = page.saturating_sub(2).max(2);
    let hi = (page + 2).min(pages - 1);
    let mut out = vec![Some(1)];
    if lo > 2 {
        out.push(None);
    }
    out.extend((lo..=hi).map(Some));
    if hi < pages - 1 {
        out.push(None);
    }
    out.push(Some(pages));
    out
}

/// A JSON value as a template value, moving its strings: inserting JSON into a context
/// serialises it through serde instead, which took a tenth of rendering (docs/performance.md).
pub(crate) fn tv(j: Json) -> Value {
    match j {
        Json::Null => Value::none(),
        Json::Bool(b) => b.into(),
        Json::Number(n) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => u.into(),
            (None, Some(i)) => i.into(),
            _ => n.as_f64().unwrap_or(0.0).into(),
        },
        Json::String(s) => s.into(),
        Json::Array(a) => a.into_iter().map(tv).collect::<Vec<Value>>().into(),
        Json::Object(o) => {
            let mut map = tera::Map::with_capacity(o.len());
            for (k, v) in o {
                map.insert(k.into(), tv(v));
            }
            Value::from_map(map)
        }
    }
}

/// Markdown from contributors, rendered and then cleaned with an allow-list: no script, no event
/// handlers, no `javascript:` URLs, no iframes or SVG, no inline style. `dir`, `lang` and `<bdi>`
/// survive, because right-to-left text needs them.
pub fn markdown(src: &str) -> String {
    use pulldown_cmark::{Options, Parser, html};
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    options.insert(Options::ENABLE_FOOTNOTES);
    let mut unsafe_html = String::new();
    html::push_html(&mut unsafe_html, Parser::new_ext(src, options));
    // Made once: a builder holds its allow-lists in sets, and updates are rendered on every page
    // and feed that shows them.
    static CLEANER: std::sync::LazyLock<ammonia::Builder<'static>> =
        std::sync::LazyLock::new(|| {
            let mut b = ammonia::Builder::default();
            b.add_tags(["bdi"])
                .add_generic_attributes(["dir", "lang"])
                .url_schemes(["http", "https", "mailto"].into_iter().collect())
                .link_rel(Some("noopener noreferrer"));
            b
        });
    CLEANER.clean(&unsafe_html).to_string()
}

fn fluent_args(kwargs: &Kwargs) -> Vec<(String, FluentValue<'static>)> {
    kwargs
        .iter()
        .filter(|(k, _)| k.as_str() != Some("key"))
        .map(|(k, v)| {
            let name = k.as_str().unwrap_or_default().to_string();
            let value = match v.as_i64() {
                Some(n) => FluentValue::from(n),
                None => FluentValue::from(v.as_str().map_or_else(|| v.to_string(), str::to_string)),
            };
            (name, value)
        })
        .collect()
}

/// Letters of the right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, N'Ko and their
/// presentation forms.
fn is_rtl_char(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

fn escape(text: &str) -> String {
    let mut out = Vec::with_capacity(text.len());
    tera::escape_html(text, &mut out).expect("writing to a Vec cannot fail");
    String::from_utf8(out).expect("escaping keeps UTF-8")
}

/// What opens and closes `tb()`'s placeholder for its argument `i` in a message (`U+E000 i
/// U+E001`): characters for private use, which no message holds.
const ARG_OPEN: char = '\u{E000}';
const ARG_CLOSE: char = '\u{E001}';

/// `tb()`'s sentence, escaped, with each placeholder ([`ARG_OPEN`] `i` [`ARG_CLOSE`]) replaced
/// by argument `i` escaped and isolated in `<bdi>`, in one pass over the sentence (a `replace`
/// per argument made a new string each, 1.4 % of the example's instructions with their
/// formatting, round 20). A placeholder with no such argument is left as it is, and an
/// argument's own text is never read as a placeholder.
fn isolate_args(sentence: &str, args: &[String]) -> String {
    let mut html =
        String::with_capacity(sentence.len() + args.iter().map(|a| a.len() + 24).sum::<usize>());
    let mut rest = sentence;
    while let Some(start) = rest.find(ARG_OPEN) {
        html.push_str(&rest[..start]);
        let after = &rest[start + ARG_OPEN.len_utf8()..];
        let arg = after.find(ARG_CLOSE).and_then(|end| {
            let i: usize = after[..end].parse().ok()?;
            Some((args.get(i)?, end))
        });
        match arg {
            Some((arg, end)) => {
                // Symbols, paragraph numbers and Latin-script values run left to right; a value
                // in a right-to-left script (an Arabic date) keeps its own direction.
                if arg.chars().any(is_rtl_char) {
                    html.push_str("<bdi>");
                } else {
                    html.push_str("<bdi dir=\"ltr\">");
                }
                html.push_str(&escape(arg));
                html.push_str("</bdi>");
                rest = &after[end + ARG_CLOSE.len_utf8()..];
            }
            None => {
                html.push(ARG_OPEN);
                rest = after;
            }
        }
    }
    html.push_str(rest);
    html
}

/// A UI string in `lang`, else along the fallback chain, else in English.
fn ui_message(
    locales: &BTreeMap<Lang, Locale>,
    chain: &[Lang],
    lang: Lang,
    key: &str,
    args: &[(String, FluentValue<'static>)],
) -> tera::TeraResult<String> {
    let args: Vec<(&str, FluentValue)> =
        args.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    std::iter::once(lang)
        .chain(chain.iter().copied())
        .chain([Lang::En])
        .find_map(|lg| {
            locales
                .get(&lg)
                .and_then(|loc| loc.messages.get(key, &args))
        })
        .ok_or_else(|| tera::Error::message(format!("no UI string `{key}` in any language")))
}

/// The page's language, for a function or filter: its context's `lang`, read where it is held
/// (`State::with_value`, vendor/tera/SUIVI-PATCH.md) rather than cloned on every call.
fn state_lang(state: &State) -> Lang {
    state.with_value("lang", |v| {
        v.as_str().and_then(Lang::parse).unwrap_or(Lang::En)
    })
}

impl Renderer {
    /// Loads the built-in theme, then the site's theme overrides, and the Fluent files (built-in,
    /// then the site's). Every broken template or message file is reported, not only the first.
    pub fn new(site_dir: &Path, site: &Site) -> Result<Renderer, Vec<Diagnostic>> {
        let mut diags = Vec::new();
        let mut templates: BTreeMap<String, (String, String)> = BTreeMap::new();
        if let Some(dir) = BUILTIN_THEME.get_dir("templates") {
            for f in dir.files() {
                let name = f.path().file_name().unwrap().to_string_lossy().to_string();
                let text = f.contents_utf8().unwrap_or_default().to_string();
                templates.insert(
                    name.clone(),
                    (format!("(built-in) themes/default/templates/{name}"), text),
                );
            }
        }
        let override_rel = Path::new("themes")
            .join(&site.config.theme)
            .join("templates");
        let listed = match crate::load::linked_folder(site_dir, &override_rel) {
            Some(refused) => {
                diags.push(refused);
                None
            }
            None => std::fs::read_dir(site_dir.join(&override_rel)).ok(),
        };
        if let Some(entries) = listed {
            let mut entries: Vec<_> = entries.flatten().collect();
            entries.sort_by_key(|e| e.file_name());
            for e in entries {
                let name = e.file_name().to_string_lossy().to_string();
                if !name.ends_with(".html") && !name.ends_with(".xml") {
                    continue;
                }
                let rel = override_rel.join(&name);
                if e.file_type().is_ok_and(|t| t.is_symlink()) {
                    diags.push(crate::load::symlink_refused(rel));
                    continue;
                }
                match std::fs::read(e.path())
                    .map_err(|e| e.to_string())
                    .and_then(|b| String::from_utf8(b).map_err(|e| e.to_string()))
                {
                    Ok(text) => {
                        templates.insert(name, (rel.display().to_string(), text));
                    }
                    Err(err) => diags.push(Diagnostic::error(
                        rel,
                        0,
                        0,
                        format!("cannot read template: {err}"),
                    )),
                }
            }
        }
        let mut locales = BTreeMap::new();
        for lang in &site.config.languages {
            let sources = locale_sources(site_dir, *lang, &mut diags);
            match Messages::new(*lang, &sources) {
                Ok(messages) => {
                    locales.insert(
                        *lang,
                        Locale {
                            messages,
                            format: Formatter::new(*lang),
                        },
                    );
                }
                Err(errors) => {
                    for (file, e) in errors {
                        diags.push(
                            Diagnostic::error(
                                file,
                                e.line,
                                e.column,
                                format!("Fluent syntax error: {}", e.message),
                            )
                            .with_hint(
                                "see https://projectfluent.org/fluent/guide/ for the syntax",
                            ),
                        );
                    }
                }
            }
        }
        if !diags.is_empty() {
            return Err(diags);
        }
        let mut tera = Tera::new();
        tera.autoescape_on([".html", ".xml"]);
        let locales = Arc::new(locales);
        let fallback = site.config.fallback.clone();
        // Messages without arguments, resolved along the fallback chain once per language:
        // `t()` is called tens of times per page and most calls pass the key alone.
        let ids: std::collections::BTreeSet<&str> = locales
            .values()
            .flat_map(|l| l.messages.plain_ids())
            .collect();
        let mut plain: BTreeMap<Lang, HashMap<String, Value>> = BTreeMap::new();
        for lang in locales.keys() {
            let resolved = ids
                .iter()
                .filter_map(|id| {
                    let text = ui_message(&locales, &fallback, *lang, id, &[]).ok()?;
                    Some((id.to_string(), Value::from(text)))
                })
                .collect();
            plain.insert(*lang, resolved);
        }
        let (l, chain) = (locales.clone(), fallback.clone());
        tera.register_function(
            "t",
            move |kwargs: Kwargs, state: &State| -> tera::TeraResult<Value> {
                let key: &str = kwargs.must_get("key")?;
                let lang = state_lang(state);
                if kwargs.iter().nth(1).is_none()
                    && let Some(text) = plain.get(&lang).and_then(|m| m.get(key))
                {
                    return Ok(text.clone());
                }
                let args = fluent_args(&kwargs);
                ui_message(&l, &chain, lang, key, &args).map(Value::from)
            },
        );
        // tb: like t, but string arguments (document symbols, paragraph numbers, dates) are
        // isolated in <bdi> inside the translated sentence, which stays escaped.
        let l = locales.clone();
        tera.register_function(
            "tb",
            move |kwargs: Kwargs, state: &State| -> tera::TeraResult<Value> {
                let key: &str = kwargs.must_get("key")?;
                let mut isolated = Vec::new();
                let args: Vec<(String, FluentValue)> = fluent_args(&kwargs)
                    .into_iter()
                    .map(|(k, v)| match v {
                        FluentValue::String(s) => {
                            isolated.push(s.to_string());
                            (
                                k,
                                FluentValue::from(format!(
                                    "{ARG_OPEN}{}{ARG_CLOSE}",
                                    isolated.len() - 1
                                )),
                            )
                        }
                        other => (k, other),
                    })
                    .collect();
                let text = ui_message(&l, &fallback, state_lang(state), key, &args)?;
                Ok(Value::safe_string(&isolate_args(&escape(&text), &isolated)))
            },
        );
        let l = locales.clone();
        tera.register_filter(
            "num",
            move |value: i64, _: Kwargs, state: &State| -> String {
                l.get(&state_lang(state))
                    .map_or_else(|| value.to_string(), |loc| loc.format.number(value))
            },
        );
        let l = locales.clone();
        tera.register_filter(
            "date",
            move |value: &str, _: Kwargs, state: &State| -> tera::TeraResult<String> {
                let d = PartialDate::parse(value).map_err(tera::Error::message)?;
                Ok(l.get(&state_lang(state))
                    .map_or_else(|| d.iso(), |loc| loc.format.date(&d)))
            },
        );
        // Functions and components are known only once everything is registered, so templates
        // are added together; the error names the template it is about.
        if let Err(e) =
            tera.add_raw_templates(templates.iter().map(|(n, (_, t))| (n.as_str(), t.as_str())))
        {
            return Err(vec![tera_error(&templates, &e)]);
        }
        let mut renderer = Renderer {
            tera,
            locales,
            fallback_notes: HashMap::default(),
        };
        let notes = renderer
            .locales
            .keys()
            .flat_map(|&lang| Lang::ALL.iter().map(move |&shown| (lang, shown)))
            .filter(|(lang, shown)| lang != shown)
            .map(|(lang, shown)| ((lang, shown), renderer.make_fallback_note(lang, shown)))
            .collect();
        renderer.fallback_notes = notes;
        Ok(renderer)
    }

    /// The note a text shown in `shown` on a page in `lang` carries ("not available in this
    /// language; shown in …"): one of the few messages with an argument that every list of
    /// records repeats, so it is formatted once per pair of languages, when the renderer is made
    /// (Fluent formatting it for every text was 0.7 % of the CPU time of the 10,000-record site).
    pub fn fallback_note(&self, lang: Lang, shown: Lang) -> String {
        match self.fallback_notes.get(&(lang, shown)) {
            Some(note) => note.clone(),
            None => self.make_fallback_note(lang, shown),
        }
    }

    fn make_fallback_note(&self, lang: Lang, shown: Lang) -> String {
        let language = self.msg(lang, &format!("language-{}", shown.code()), &[]);
        self.msg(
            lang,
            "fallback-note",
            &[("language", FluentValue::from(language))],
        )
    }

    pub fn locale(&self, lang: Lang) -> &Locale {
        &self.locales[&lang]
    }

    pub fn msg(&self, lang: Lang, key: &str, args: &[(&str, FluentValue)]) -> String {
        self.locale(lang)
            .messages
            .get(key, args)
            .or_else(|| {
                self.locales
                    .values()
                    .find_map(|l| l.messages.get(key, args))
            })
            .unwrap_or_else(|| key.to_string())
    }

    pub fn render_template(&self, template: &str, context: &Context) -> Result<String, String> {
        self.tera
            .render(template, context)
            .map_err(|e| error_chain(&e))
    }

    /// [`Renderer::render_template`] into bytes, for a page that goes straight to a file: Tera
    /// writes UTF-8, and checking it again to make a `String` was 5 % of a build
    /// (docs/performance.md, round 7). Each thread renders into a buffer it keeps, and the page
    /// is copied out at its exact size: no buffer grows page after page, and none holds slack
    /// while its batch waits to be written.
    fn render_page(&self, template: &str, context: &Context) -> Result<Vec<u8>, String> {
        thread_local! {
            static SCRATCH: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
        }
        SCRATCH.with(|scratch| {
            let mut own = Vec::new();
            let mut kept = scratch.try_borrow_mut();
            let buf = match kept.as_deref_mut() {
                Ok(buf) => buf,
                Err(_) => &mut own,
            };
            buf.clear();
            self.tera
                .render_to(template, context, &mut *buf)
                .map_err(|e| error_chain(&e))?;
            Ok(buf.as_slice().to_vec())
        })
    }

    /// Renders every job in parallel, sharing the list items already rendered in `items` (a
    /// build renders its pages in batches and keeps one cache for all of them); the result is in
    /// job order.
    pub fn render_all_with(
        &self,
        site: &Site,
        jobs: &[Job],
        items: &ItemCache,
    ) -> Result<Vec<(String, Vec<u8>)>, Vec<Diagnostic>> {
        let base = BaseCache::default();
        let refs = RefCache::default();
        let results: Vec<Result<(String, Vec<u8>), Diagnostic>> = jobs
            .par_iter()
            .map(|job| {
                let t0 = std::time::Instant::now();
                let pages = Pages {
                    base: Some(&base),
                    refs: Some(&refs),
                    ..Pages::new(site, self, job, items)
                };
                let ctx = pages.context();
                let t1 = t0.elapsed();
                let (template, out) = match pages.item_error.take() {
                    Some((template, e)) => (template, Err(e)),
                    None => (
                        job.kind.template(),
                        self.render_page(job.kind.template(), &ctx),
                    ),
                };
                crate::progress::template_time(
                    job.kind.template(),
                    t1,
                    t0.elapsed() - t1,
                    out.as_ref().map_or(0, |h| h.len()),
                );
                out.map(|html| (job.path(), html)).map_err(|e| {
                    Diagnostic::error(
                        format!("themes/{}/templates/{template}", site.config.theme),
                        0,
                        0,
                        format!("rendering {} failed: {e}", job.path()),
                    )
                })
            })
            .collect();
        let mut ok = Vec::with_capacity(results.len());
        let mut errors = Vec::new();
        for r in results {
            match r {
                Ok(page) => ok.push(page),
                Err(d) => errors.push(d),
            }
        }
        if errors.is_empty() {
            Ok(ok)
        } else {
            Err(errors)
        }
    }

    /// Files at the site root besides the language chooser: a `404.html` that works at any depth
    /// (GitHub Pages serves it for every missing path, so its links start from the base path),
    /// `.nojekyll`, `robots.txt` and, when `base_url` is absolute, `sitemap.xml` with `hreflang`
    /// alternates for every page.
    pub fn render_extras(
        &self,
        site: &Site,
        jobs: &[Job],
    ) -> Result<Vec<(String, String)>, Diagnostic> {
        let base = site.config.base_path().to_string();
        let langs: Vec<Json> = site
            .config
            .languages
            .iter()
            .map(|l| {
                json!({"code": l.code(), "html_lang": l.html_tag(), "dir": l.dir(), "name": l.native_name(),
                       "href": format!("{base}{}/index.html", l.code()),
                       "title": self.msg(*l, "not-found-title", &[]), "text": self.msg(*l, "not-found-text", &[]),
                       "home": self.msg(*l, "not-found-home", &[])})
            })
            .collect();
        let d = site.config.default_language;
        let mut ctx = Context::new();
        ctx.insert("lang", d.code());
        ctx.insert("html_lang", d.html_tag());
        ctx.insert("dir", d.dir());
        ctx.insert("root", &base);
        ctx.insert("languages", &langs);
        ctx.insert(
            "site_title",
            &LText::resolve(&site.config.title, d, site, self),
        );
        let fail = |name: &str, e: String| {
            Diagnostic::error(
                format!("themes/default/templates/{name}"),
                0,
                0,
                format!("rendering {name} failed: {e}"),
            )
        };
        let mut files = vec![
            (
                "404.html".to_string(),
                self.render_template("404.html", &ctx)
                    .map_err(|e| fail("404.html", e))?,
            ),
            (".nojekyll".to_string(), String::new()),
        ];
        let mut robots = String::from("User-agent: *\nAllow: /\n");
        if let Some(sitemap) = site.config.absolute_url("sitemap.xml") {
            robots.push_str(&format!("Sitemap: {sitemap}\n"));
            let mut urls: Vec<Json> = Vec::new();
            for job in jobs
                .iter()
                .filter(|j| j.kind.is_html() && j.lang == site.config.languages[0])
            {
                let alternates: Vec<Json> = site
                    .config
                    .languages
                    .iter()
                    .map(|l| json!({"hreflang": l.html_tag(), "href": site.config.absolute_url(&format!("{}/{}", l.code(), job.kind.path()))}))
                    .collect();
                for l in &site.config.languages {
                    urls.push(json!({"loc": site.config.absolute_url(&format!("{}/{}", l.code(), job.kind.path())), "alternates": alternates}));
                }
            }
            // A sitemap holds at most 50,000 addresses; larger sites get an index of several.
            let chunks: Vec<&[Json]> = urls.chunks(SITEMAP_URLS).collect();
            if chunks.len() <= 1 {
                let mut ctx = Context::new();
                ctx.insert("urls", &urls);
                ctx.insert("root", &site.config.absolute_url("index.html"));
                files.push((
                    "sitemap.xml".into(),
                    self.render_template("sitemap.xml", &ctx)
                        .map_err(|e| fail("sitemap.xml", e))?,
                ));
            } else {
                let mut parts = Vec::new();
                for (i, chunk) in chunks.iter().enumerate() {
                    let name = format!("sitemap-{}.xml", i + 1);
                    let mut ctx = Context::new();
                    ctx.insert("urls", chunk);
                    ctx.insert(
                        "root",
                        &(i == 0).then(|| site.config.absolute_url("index.html")),
                    );
                    files.push((
                        name.clone(),
                        self.render_template("sitemap.xml", &ctx)
                            .map_err(|e| fail("sitemap.xml", e))?,
                    ));
                    parts.push(site.config.absolute_url(&name));
                }
                let mut ctx = Context::new();
                ctx.insert("sitemaps", &parts);
                files.push((
                    "sitemap.xml".into(),
                    self.render_template("sitemap_index.xml", &ctx)
                        .map_err(|e| fail("sitemap_index.xml", e))?,
                ));
            }
        }
        files.push(("robots.txt".into(), robots));
        Ok(files)
    }

    /// The root page that lets the reader choose a language, with no JavaScript.
    pub fn render_root(&self, site: &Site) -> Result<String, Diagnostic> {
        let langs: Vec<Json> = site
            .config
            .languages
            .iter()
            .map(|l| {
                let title = LText::resolve(&site.config.title, *l, site, self);
                let path = format!("{}/index.html", l.code());
                json!({"code": l.code(), "html_lang": l.html_tag(), "dir": l.dir(), "name": l.native_name(),
                       "absolute": site.config.absolute_url(&path), "href": path, "title": title,
                       "choose": self.msg(*l, "choose-language", &[])})
            })
            .collect();
        let d = site.config.default_language;
        let mut ctx = Context::new();
        ctx.insert("lang", d.code());
        ctx.insert("html_lang", d.html_tag());
        ctx.insert("dir", d.dir());
        ctx.insert("root", "");
        ctx.insert("languages", &langs);
        ctx.insert("canonical", &site.config.absolute_url(""));
        ctx.insert(
            "site_title",
            &LText::resolve(&site.config.title, d, site, self),
        );
        self.render_template("root.html", &ctx).map_err(|e| {
            Diagnostic::error(
                "themes/default/templates/root.html",
                0,
                0,
                format!("rendering index.html failed: {e}"),
            )
        })
    }
}

/// The Fluent files of one language, in override order: the built-in ones, then the site's
/// `locales/<lang>/*.ftl` (links refused).
pub fn locale_sources(
    site_dir: &Path,
    lang: Lang,
    diags: &mut Vec<Diagnostic>,
) -> Vec<(String, String)> {
    let mut sources: Vec<(String, String)> = Vec::new();
    if let Some(dir) = BUILTIN_LOCALES.get_dir(lang.code()) {
        let mut files: Vec<_> = dir.files().collect();
        files.sort_by_key(|f| f.path().to_path_buf());
        for f in files {
            sources.push((
                format!("(built-in) locales/{}", f.path().display()),
                f.contents_utf8().unwrap_or_default().into(),
            ));
        }
    }
    let locales_rel = Path::new("locales").join(lang.code());
    if let Some(refused) = crate::load::linked_folder(site_dir, &locales_rel) {
        // One error for a linked `locales/`, not one for each language.
        if !diags.contains(&refused) {
            diags.push(refused);
        }
        return sources;
    }
    if let Ok(entries) = std::fs::read_dir(site_dir.join(&locales_rel)) {
        let mut entries: Vec<_> = entries
            .flatten()
            .filter(|e| e.path().extension().is_some_and(|x| x == "ftl"))
            .collect();
        entries.sort_by_key(|e| e.file_name());
        for e in entries {
            let rel = locales_rel.join(e.file_name());
            if e.file_type().is_ok_and(|t| t.is_symlink()) {
                diags.push(crate::load::symlink_refused(rel));
                continue;
            }
            match std::fs::read(e.path())
                .ok()
                .and_then(|b| String::from_utf8(b).ok())
            {
                Some(text) => sources.push((rel.display().to_string(), text)),
                None => diags.push(Diagnostic::error(
                    rel,
                    0,
                    0,
                    "cannot read this Fluent file as UTF-8 text",
                )),
            }
        }
    }
    sources
}

fn error_chain(e: &tera::Error) -> String {
    let mut msg = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        msg.push_str(": ");
        msg.push_str(&s.to_string());
        source = s.source();
    }
    msg
}

/// A template error as a diagnostic: Tera names the template and position in a `--> name:l:c`
/// line, which is mapped back to the file the template came from.
fn tera_error(templates: &BTreeMap<String, (String, String)>, e: &tera::Error) -> Diagnostic {
    let text = error_chain(e);
    let location = text.lines().find_map(|l| {
        let rest = l.trim().strip_prefix("--> ")?;
        let mut parts = rest.rsplitn(3, ':');
        let col = parts.next()?.trim().parse::<usize>().ok()?;
        let line = parts.next()?.trim().parse::<usize>().ok()?;
        Some((parts.next()?.to_string(), line, col))
    });
    let message = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with("-->") && !l.starts_with('|'))
        .unwrap_or("template error")
        .trim_start_matches("error: ")
        .to_string();
    match location {
        Some((name, line, col)) => {
            let path = templates
                .get(&name)
                .map_or(name.clone(), |(p, _)| p.clone());
            Diagnostic::error(path, line, col, format!("template error: {message}"))
        }
        None => {
            let name = templates
                .keys()
                .find(|n| text.contains(&format!("'{n}'")))
                .cloned();
            let path = name
                .and_then(|n| templates.get(&n).map(|(p, _)| p.clone()))
                .unwrap_or_else(|| "themes".into());
            Diagnostic::error(path, 0, 0, format!("template error: {message}"))
        }
    }
}

impl LText {
    pub fn resolve(text: &Text, lang: Lang, site: &Site, r: &Renderer) -> LText {
        let cfg = &site.config;
        match text.resolve(lang, &cfg.fallback, cfg.default_language) {
            Some((got, s)) => LText {
                text: s.trim().to_string(),
                lang: got.html_tag(),
                dir: got.dir(),
                note: (got != lang).then(|| r.fallback_note(lang, got)),
            },
            None => LText {
                text: String::new(),
                lang: lang.html_tag(),
                dir: lang.dir(),
                note: None,
            },
        }
    }
}

/// Builds the context of one page.
struct Pages<'a> {
    site: &'a Site,
    r: &'a Renderer,
    lang: Lang,
    job: &'a Job,
    /// The way back from this page to the site root (`../` per folder level), or [`ROOT_MARK`]
    /// while rendering a cached list item.
    root: String,
    items: &'a ItemCache,
    /// The shared part of the contexts of the batch being rendered ([`BaseCache`]).
    base: Option<&'a BaseCache>,
    /// The reference values of the batch being rendered ([`RefCache`]).
    refs: Option<&'a RefCache>,
    /// This page's part of `refs` (its language's, and its language's and root's), taken from
    /// it on first use ([`Pages::page_refs`]).
    page_refs: std::cell::OnceCell<Option<Refs>>,
    /// The first shared piece (a list item, a reservation) that failed to render, with its
    /// template: the page fails with it ([`Pages::piece`]).
    item_error: std::cell::RefCell<Option<(&'static str, String)>>,
}

/// Marks the way back to the site root in a cached piece ([`cut_at_roots`]); each page that
/// shows the piece puts its own in place of the mark.
const ROOT_MARK: char = '\u{E00F}';

/// A piece's HTML cut where its links start with [`ROOT_MARK`]: a mark that opens a quoted
/// attribute value (after `"` or `'`). A text may hold the character too (a private-use
/// character, as copied from some PDFs), but never there: texts are escaped, so none writes a
/// quote.
fn cut_at_roots(html: &str) -> Box<[Box<str>]> {
    let mut pieces = Vec::new();
    let mut start = 0;
    for (at, _) in html.match_indices(ROOT_MARK) {
        if matches!(html.as_bytes().get(at.wrapping_sub(1)), Some(b'"' | b'\'')) {
            pieces.push(Box::from(&html[start..at]));
            start = at + ROOT_MARK.len_utf8();
        }
    }
    pieces.push(Box::from(&html[start..]));
    pieces.into_boxed_slice()
}

/// The part of a page's context that depends only on its language, its folder depth and its
/// kind (navigation, site title, links to the feed and data): built once per batch of pages and
/// cloned, which shares its values. Built again for every batch, so it never outlives a change
/// of configuration, messages or content.
#[derive(Default)]
struct BaseCache(std::sync::Mutex<HashMap<BaseKey, Context>>);

type BaseKey = (Lang, usize, std::mem::Discriminant<PageKind>);

/// Values from the reference and ratification data that many pages of a batch show again: a
/// state's or an instrument's link, a state's status under an instrument and its procedures, a
/// reservation, a mechanism, an implementation status, and the states' order in the language. A
/// treaty page shows every state's status, and so do the instrument's fact sheet and the matrix;
/// every record shows its state and mechanism. Each was built again on every page that showed it
/// (17 % of the instructions of the example's build without search, docs/performance.md round
/// 18). Built on first use: once per language, and what holds links once per language and root
/// (the page's way back to the site root, or [`ROOT_MARK`] in a cached list item); like
/// [`BaseCache`], again for every batch.
#[derive(Default)]
struct RefCache {
    linked: std::sync::Mutex<HashMap<(Lang, String), Arc<Linked>>>,
    plain: std::sync::Mutex<HashMap<Lang, Arc<Plain>>>,
    /// This batch's own number, which tells a thread's cache of dates ([`Pages::date`]) that
    /// what it holds came from another batch (and so perhaps from another site, in `serve`).
    batch: Batch,
}

/// A number no other [`RefCache`] of the process has.
struct Batch(u64);

impl Default for Batch {
    fn default() -> Batch {
        static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        Batch(NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed))
    }
}

impl RefCache {
    fn get(&self, lang: Lang, root: &str) -> Refs {
        // Keyed by the root itself, not by its length: [`ROOT_MARK`] is as long as `../`.
        let linked = {
            let mut all = self.linked.lock().unwrap_or_else(|e| e.into_inner());
            all.entry((lang, root.to_string())).or_default().clone()
        };
        let mut all = self.plain.lock().unwrap_or_else(|e| e.into_inner());
        let plain = all.entry(lang).or_default().clone();
        Refs { linked, plain }
    }
}

/// A page's part of its batch's [`RefCache`]: its language's, and its language's and root's.
struct Refs {
    linked: Arc<Linked>,
    plain: Arc<Plain>,
}

/// The values of a [`RefCache`] that hold links, for one language and root; each part made whole
/// when first asked for.
#[derive(Default)]
struct Linked {
    /// Every reference state's link ([`Pages::state_link`]), by id.
    states: OnceLock<HashMap<String, Value>>,
    /// Every instrument's link ([`Pages::treaty`]), by id.
    treaties: OnceLock<HashMap<String, Value>>,
    /// Every reservation, in the site's order.
    reservations: OnceLock<Vec<Value>>,
}

/// The values of a [`RefCache`] without links, for one language.
#[derive(Default)]
struct Plain {
    /// For every state with ratification data, its status and procedures under each instrument,
    /// in the reference's order of instruments.
    cells: OnceLock<HashMap<String, Vec<(Value, Value)>>>,
    /// Every reference state's rank in [`Pages::sort_states`]'s order (names in the language's
    /// collation, then ids), and the rank of the first state with a name the collation finds
    /// equal ([`Pages::state_order`]).
    order: OnceLock<HashMap<String, (usize, usize)>>,
    /// Every mechanism of the reference ([`Pages::mechanism`]), by id.
    mechanisms: OnceLock<HashMap<String, Value>>,
    /// Every implementation status of the site ([`Pages::status`]), by id.
    statuses: OnceLock<HashMap<String, Value>>,
    /// Every reservation's [`Pages::reservation_fields`], in the site's order.
    reservations: OnceLock<Vec<tera::Map>>,
}

/// Every recommendation's list item (`rec_item.html`), rendered at most once per language and
/// shared by every list that shows it. A record is on its state's lists, each of its terms'
/// lists and the full list: rendering it once per list was most of a large build's time
/// (docs/performance.md). Links in a cached item start with [`ROOT_MARK`]. Also the updates'
/// texts rendered from Markdown ([`ItemCache::update_html`]).
#[derive(Default)]
pub struct ItemCache {
    records: Table,
    /// Every reservation as `reservation.html` renders it, by index into the site's, the same
    /// way: a reservation is on its state's page and fact sheet and on its instrument's page and
    /// fact sheet (an objection on the fact sheet of the state it objects to as well).
    reservations: Table,
    /// Keep every language (`serve`, which renders again only what an edit changed), instead of
    /// the languages of the batch being rendered (`build`).
    keep_all: bool,
    /// Update texts rendered from Markdown and cleaned, by their Markdown: an update written in
    /// one language is shown, as a fallback, in every other one too, and in the feeds.
    update_html: std::sync::Mutex<HashMap<String, String>>,
}

/// One language's pieces, by record or reservation index: each rendered on first use (or its
/// error), and kept cut at its roots ([`cut_at_roots`]), so that a page joins the parts with its
/// own root instead of searching the marks again.
type ItemSlots = Arc<[std::sync::OnceLock<Result<Box<[Box<str>]>, String>>]>;

/// The slots of each language kept, for one kind of cached piece.
type Table = std::sync::Mutex<Vec<(Lang, ItemSlots)>>;

/// `table`'s slots for `lang`, `n` of them, made empty the first time they are asked for.
fn slots(table: &Table, lang: Lang, n: usize) -> ItemSlots {
    let mut langs = table.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((_, s)) = langs.iter().find(|(l, _)| *l == lang) {
        return s.clone();
    }
    let s: Arc<[_]> = (0..n).map(|_| std::sync::OnceLock::new()).collect();
    langs.push((lang, s.clone()));
    s
}

impl ItemCache {
    /// A cache that keeps every language's items until they are forgotten ([`ItemCache::forget`]).
    pub fn keeping_all() -> Self {
        ItemCache {
            keep_all: true,
            ..Default::default()
        }
    }

    /// Forgets the items of the recommendations `recs` (indices into the site's) in every
    /// language: they are rendered again when next shown. Forgets every reservation too (they
    /// are few, and an edit may have moved them), and every update text: not for correctness
    /// (they are kept by their Markdown), so that edits do not pile them up.
    pub fn forget(&mut self, recs: &[usize]) {
        self.update_html
            .get_mut()
            .unwrap_or_else(|e| e.into_inner())
            .clear();
        self.reservations
            .get_mut()
            .unwrap_or_else(|e| e.into_inner())
            .clear();
        let langs = self.records.get_mut().unwrap_or_else(|e| e.into_inner());
        langs.retain_mut(|(_, slots)| match Arc::get_mut(slots) {
            Some(slots) => {
                for i in recs {
                    if let Some(slot) = slots.get_mut(*i) {
                        slot.take();
                    }
                }
                true
            }
            // Still shared (not after a render): forget the whole language.
            None => false,
        });
    }

    /// An update's text `src` rendered by [`markdown`]: once per build, but for two threads
    /// asking for the same new text at the same time (both render it, to the same HTML).
    fn update_html(&self, src: &str) -> String {
        let lock = || self.update_html.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(html) = lock().get(src) {
            return html.clone();
        }
        let html = markdown(src);
        lock().insert(src.to_string(), html.clone());
        html
    }

    /// Forgets the items of every language not in `keep` (unless the cache keeps all): a
    /// build renders the languages one after another and keeps the current one only.
    pub fn retain(&self, keep: &[Lang]) {
        if self.keep_all {
            return;
        }
        for table in [&self.records, &self.reservations] {
            let mut langs = table.lock().unwrap_or_else(|e| e.into_inner());
            langs.retain(|(l, _)| keep.contains(l));
        }
    }
}

impl<'a> Pages<'a> {
    fn t(&self, text: &Text) -> LText {
        LText::resolve(text, self.lang, self.site, self.r)
    }

    fn msg(&self, key: &str) -> String {
        self.r.msg(self.lang, key, &[])
    }

    fn fmt(&self) -> &Formatter {
        &self.r.locale(self.lang).format
    }

    fn new(site: &'a Site, r: &'a Renderer, job: &'a Job, items: &'a ItemCache) -> Pages<'a> {
        let depth = job.path().matches('/').count();
        Pages {
            site,
            r,
            lang: job.lang,
            job,
            root: "../".repeat(depth),
            items,
            base: None,
            refs: None,
            page_refs: Default::default(),
            item_error: Default::default(),
        }
    }

    /// This page's part of the batch's [`RefCache`], if it has one.
    fn page_refs(&self) -> Option<&Refs> {
        self.page_refs
            .get_or_init(|| self.refs.map(|c| c.get(self.lang, &self.root)))
            .as_ref()
    }

    /// A link from this page to `path` (relative to the language folder).
    fn href(&self, path: &str) -> String {
        format!("{}{}/{}", self.root, self.lang.code(), path)
    }

    /// The list items of the recommendations `indices` (into the site's), rendered once per
    /// language by `rec_item.html` and given to templates as HTML.
    fn rec_items(&self, indices: impl Iterator<Item = usize>) -> Value {
        let slots = slots(
            &self.items.records,
            self.lang,
            self.site.recommendations.len(),
        );
        let items: Vec<Value> = indices
            .map(|i| {
                self.piece(&slots[i], "rec_item.html", |p| {
                    p.rec_summary(&self.site.recommendations[i]).into()
                })
            })
            .collect();
        Value::from(items)
    }

    /// A piece of HTML that many pages show: `template` rendered with `r` set to what `value`
    /// gives (its links made from [`ROOT_MARK`], the only other names set being `lang`,
    /// `html_lang` and `dir`), on first use in `slot`, then joined with this page's root. If it
    /// fails, the page fails with its error.
    fn piece(
        &self,
        slot: &std::sync::OnceLock<Result<Box<[Box<str>]>, String>>,
        template: &'static str,
        value: impl FnOnce(&Pages) -> Value,
    ) -> Value {
        let piece = slot.get_or_init(|| {
            let p = Pages {
                root: ROOT_MARK.to_string(),
                refs: self.refs,
                ..Pages::new(self.site, self.r, self.job, self.items)
            };
            let mut ctx = Context::new();
            ctx.insert("lang", self.lang.code());
            ctx.insert("html_lang", self.lang.html_tag());
            ctx.insert("dir", self.lang.dir());
            ctx.insert_value("r", value(&p));
            self.r
                .render_template(template, &ctx)
                .map(|html| cut_at_roots(&html))
        });
        match piece {
            Ok(pieces) => Value::safe_string(&pieces.join(self.root.as_str())),
            Err(e) => {
                self.item_error
                    .borrow_mut()
                    .get_or_insert_with(|| (template, format!("{template}: {e}")));
                Value::none()
            }
        }
    }

    /// The links of a paginated list's navigation: see [`page_window`]; a gap is `{"gap": true}`.
    fn page_links(&self, page: usize, pages: usize, path: impl Fn(usize) -> String) -> Vec<Value> {
        page_window(page, pages)
            .into_iter()
            .map(|p| match p {
                Some(p) => tmap! {"number": p, "current": p == page, "href": self.href(&path(p))},
                None => tmap! {"gap": true},
            })
            .collect()
    }

    /// A paginated list's `pagination`: page `page` of `pages`, with its `links`, over `total`
    /// items.
    fn pagination(&self, (page, pages): (usize, usize), links: Vec<Value>, total: usize) -> Value {
        tmap! {"page": page, "pages": pages, "links": links, "total": total,
        "first": (page - 1) * PAGE_SIZE + 1, "last": (page * PAGE_SIZE).min(total)}
    }

    fn state_name(&self, id: &str) -> LText {
        match self.site.state(id) {
            Some(s) => self.t(&s.name),
            None => LText {
                text: id.to_string(),
                lang: "en",
                dir: "ltr",
                note: None,
            },
        }
    }

    /// The value of `id` made by `make`: from `cache`, which is made on first use with the values
    /// of every id in `ids`, when the page has a [`RefCache`] and `id` is among them.
    fn cached<'i>(
        &self,
        cache: impl Fn(&Refs) -> &OnceLock<HashMap<String, Value>>,
        ids: impl Iterator<Item = &'i str>,
        id: &str,
        make: impl Fn(&str) -> Value,
    ) -> Value {
        if let Some(refs) = self.page_refs() {
            let all = cache(refs).get_or_init(|| ids.map(|i| (i.to_string(), make(i))).collect());
            if let Some(v) = all.get(id) {
                return v.clone();
            }
        }
        make(id)
    }

    fn state_link(&self, id: &str) -> Value {
        let ids = self.site.reference.states.iter().map(|s| s.id.as_str());
        let link = |id: &str| Value::from_map(self.state_link_map(id));
        self.cached(|refs| &refs.linked.states, ids, id, link)
    }

    /// A state's name, and the address of its page if it has one.
    fn state_link_map(&self, id: &str) -> tera::Map {
        let has_page =
            self.site.recs_by_state.contains_key(id) || self.site.ratifications.contains_key(id);
        let href = has_page.then(|| self.href(&PageKind::State(id.to_string()).path()));
        tfields! {"id": id, "name": self.state_name(id), "href": href}
    }

    fn mechanism(&self, id: &str) -> Value {
        let ids = self.site.reference.mechanisms.iter().map(|m| m.id.as_str());
        let value = |id: &str| self.mechanism_value(id);
        self.cached(|refs| &refs.plain.mechanisms, ids, id, value)
    }

    fn mechanism_value(&self, id: &str) -> Value {
        match self.site.reference.mechanisms.iter().find(|m| m.id == id) {
            Some(m) => {
                tmap! {"id": id, "abbr": m.abbr.as_str(), "name": self.t(&m.name), "type": m.kind.as_str()}
            }
            None => {
                tmap! {"id": id, "abbr": id, "name": tmap! {"text": id, "lang": "en", "dir": "ltr"}}
            }
        }
    }

    fn treaty(&self, id: &str) -> Value {
        let ids = self.site.reference.treaties.iter().map(|t| t.id.as_str());
        let link = |id: &str| Value::from_map(self.treaty_map(id));
        self.cached(|refs| &refs.linked.treaties, ids, id, link)
    }

    /// An instrument's names and the address of its page.
    fn treaty_map(&self, id: &str) -> tera::Map {
        let t = self
            .site
            .reference
            .treaties
            .iter()
            .find(|t| t.id == id)
            .expect("checked treaty id");
        tfields! {"id": t.id.as_str(), "abbr": t.abbr.as_str(), "name": self.t(&t.name), "full_name": self.t(&t.full_name),
        "unverified": t.unverified.contains(&self.lang), "href": self.href(&PageKind::Treaty(t.id.clone()).path()),
        "kind": t.kind.as_str()}
    }

    /// A date's value: its ISO form and its text in the page's language. A batch's pages show the
    /// same dates again and again (a record's date on its page, in lists and in its state's
    /// pages; a ratification's on every page that shows the state's or the instrument's), and
    /// making one, ICU's formatting and the map, was about 2,900 instructions: 1.8 % of the
    /// example's build without search (docs/performance.md, round 22). Each thread keeps the
    /// values it made for the batch being rendered, by language and date; nothing is shared
    /// between threads, so no reference count goes from one core to the other.
    fn date(&self, d: &PartialDate) -> Value {
        let Some(refs) = self.refs else {
            return self.date_value(d);
        };
        /// The batch the values are for, and the values by language and date.
        type Dates = (u64, HashMap<(Lang, PartialDate), Value>);
        thread_local! {
            static DATES: std::cell::RefCell<Dates> = std::cell::RefCell::new((0, HashMap::default()));
        }
        DATES.with_borrow_mut(|(batch, dates)| {
            if *batch != refs.batch.0 {
                dates.clear();
                *batch = refs.batch.0;
            }
            dates
                .entry((self.lang, *d))
                .or_insert_with(|| self.date_value(d))
                .clone()
        })
    }

    fn date_value(&self, d: &PartialDate) -> Value {
        tmap! {"iso": d.iso(), "text": self.fmt().date(d)}
    }

    fn status(&self, id: &str) -> Value {
        let ids = self.site.config.statuses.iter().map(|d| d.id.as_str());
        let value = |id: &str| self.status_value(id);
        self.cached(|refs| &refs.plain.statuses, ids, id, value)
    }

    fn status_value(&self, id: &str) -> Value {
        let def = self.site.config.status(id).expect("checked status id");
        tmap! {"id": id, "label": self.status_label(id), "colour": def.colour.as_str(), "icon": def.icon.as_str()}
    }

    fn status_label(&self, id: &str) -> String {
        let def = self.site.config.status(id).expect("checked status id");
        match &def.label {
            Some(l) => self.t(l).text,
            None => self.msg(&format!("status-{id}")),
        }
    }

    fn rec_title(&self, r: &Recommendation) -> String {
        match &r.paragraph {
            Some(p) => self.r.msg(
                self.lang,
                "rec-title",
                &[
                    ("document", r.document.clone().into()),
                    ("paragraph", p.clone().into()),
                ],
            ),
            None => r.document.clone(),
        }
    }

    /// What a record's list item shows, and the start of its page's `rec`.
    fn rec_summary(&self, r: &Recommendation) -> tera::Map {
        let current = self.site.current_status(&r.id.value);
        let statuses: Vec<Value> = current
            .iter()
            .map(|(a, u)| {
                tmap! {"assessor": self.msg(&format!("assessor-{}", a.id())), "status": self.status(&u.meta.status.value),
                       "example": u.meta.example}
            })
            .collect();
        let position = position_of(r).id();
        tfields! {"id": r.id.value.as_str(), "href": self.href(&PageKind::Recommendation(r.id.value.clone()).path()),
        "title": self.rec_title(r), "document": r.document.as_str(), "paragraph": r.paragraph.as_deref(),
        "text": self.t(&r.text.value), "state": self.state_link(&r.state.value),
        "mechanism": self.mechanism(&r.mechanism.value),
        "position": position, "position_label": self.msg(&format!("position-{position}")),
        "date": r.date.map(|d| self.date(&d)), "statuses": statuses}
    }

    /// What every page has: [`Pages::base`] (shared by the pages of a batch with the same
    /// language, depth and kind), the language switcher and the canonical address.
    fn common(&self) -> Context {
        let site = self.site;
        let lang = self.lang;
        let mut ctx = match self.base {
            // A content page's navigation marks that page: not shared.
            Some(cache) if !matches!(self.job.kind, PageKind::Page(_)) => {
                let key = (
                    lang,
                    self.root.len(),
                    std::mem::discriminant(&self.job.kind),
                );
                let lock = || cache.0.lock().unwrap_or_else(|e| e.into_inner());
                let cached = lock().get(&key).cloned();
                match cached {
                    Some(ctx) => ctx,
                    None => {
                        let ctx = self.base();
                        lock().insert(key, ctx.clone());
                        ctx
                    }
                }
            }
            _ => self.base(),
        };
        let path = self.job.kind.path();
        let switcher: Vec<Value> = site
            .config
            .languages
            .iter()
            .map(|l| {
                let path = format!("{}/{path}", l.code());
                let mut m = tera::Map::with_capacity(7);
                m.insert("code".into(), l.code().into());
                m.insert("html_lang".into(), l.html_tag().into());
                m.insert("dir".into(), l.dir().into());
                m.insert("name".into(), l.native_name().into());
                m.insert("href".into(), format!("{}{path}", self.root).into());
                m.insert(
                    "absolute".into(),
                    site.config
                        .absolute_url(&path)
                        .map_or_else(Value::none, Value::from),
                );
                m.insert("current".into(), (*l == lang).into());
                Value::from_map(m)
            })
            .collect();
        ctx.insert_value("languages", Value::from(switcher));
        ctx.insert_value(
            "canonical",
            site.config
                .absolute_url(&self.job.path())
                .map_or_else(Value::none, Value::from),
        );
        ctx
    }

    /// The part of [`Pages::common`] that depends only on the page's language, depth and kind.
    fn base(&self) -> Context {
        let site = self.site;
        let lang = self.lang;
        let mut ctx = Context::new();
        let root = &self.root;
        ctx.insert("lang", lang.code());
        ctx.insert("html_lang", lang.html_tag());
        ctx.insert("dir", lang.dir());
        ctx.insert("root", root);
        ctx.insert("home", &self.href("index.html"));
        ctx.insert("site_title", &self.t(&site.config.title));
        ctx.insert("feed_href", &self.href(&PageKind::UpdatesFeed.path()));
        ctx.insert("data_href", &format!("{root}data/{}/", lang.code()));
        ctx.insert(
            "ratifications_as_of",
            &site.ratifications_as_of.map(|d| self.date(&d)),
        );
        let current = self.job.kind.template();
        let nav: Vec<Json> = [
            ("nav-home", "index.html", "home.html"),
            ("nav-recommendations", "recommendations/index.html", "recommendations.html"),
            ("nav-states", "states/index.html", "states.html"),
            ("nav-treaties", "treaties/index.html", "treaties.html"),
            ("nav-ratifications", "ratifications.html", "matrix.html"),
            ("nav-browse", "browse.html", "browse.html"),
        ]
        .iter()
        .map(|(key, path, tpl)| json!({"label": self.msg(key), "href": self.href(path), "current": *tpl == current}))
        .chain(site.pages.iter().filter(|(_, by_lang)| by_lang.values().all(|p| p.meta.menu.unwrap_or(true))).map(|(slug, by_lang)| {
            let (got, page) = self.page_in(by_lang);
            json!({"label": page.meta.title, "lang": (got != lang).then(|| got.html_tag()), "dir": got.dir(),
                   "href": self.href(&PageKind::Page(slug.clone()).path()),
                   "current": self.job.kind == PageKind::Page(slug.clone()), "weight": page.meta.weight})
        }))
        .collect();
        let mut nav = nav;
        if site.config.search {
            nav.push(
                json!({"label": self.msg("nav-search"), "href": self.href(&PageKind::Search.path()),
                            "current": self.job.kind == PageKind::Search}),
            );
        }
        ctx.insert_value("nav", tv(Json::from(nav)));
        // What the search index takes from this page: the `<main>` of the pages that hold
        // records and texts, with a kind label shown next to each result.
        let search_kind = match &self.job.kind {
            PageKind::Recommendation(_) => Some("search-kind-recommendation"),
            PageKind::State(_) => Some("search-kind-state"),
            PageKind::Treaty(_) => Some("search-kind-treaty"),
            PageKind::Page(_) => Some("search-kind-page"),
            _ => None,
        };
        ctx.insert(
            "search_kind",
            &search_kind
                .filter(|_| site.config.search)
                .map(|k| self.msg(k)),
        );
        // Pagefind compiles WebAssembly and fetches its index: only the search page allows it.
        ctx.insert("csp_wasm", &(self.job.kind == PageKind::Search));
        // The filter page fetches its facet index.
        ctx.insert("csp_connect", &(self.job.kind == PageKind::Filter));
        ctx
    }

    fn context(&self) -> Context {
        let mut ctx = self.common();
        match &self.job.kind {
            PageKind::Home => self.home(&mut ctx),
            PageKind::RecommendationList { page, pages } => self.rec_list(&mut ctx, *page, *pages),
            PageKind::Recommendation(id) => self.recommendation(&mut ctx, id),
            PageKind::StateList => self.state_list(&mut ctx),
            PageKind::State(id) => self.state(&mut ctx, id),
            PageKind::TreatyList => self.treaty_list(&mut ctx),
            PageKind::Treaty(id) => self.treaty_page(&mut ctx, id),
            PageKind::Matrix => self.matrix(&mut ctx, None),
            PageKind::MatrixGroup(g) => self.matrix(&mut ctx, Some(g)),
            PageKind::Page(slug) => self.page(&mut ctx, slug),
            PageKind::Search => self.search(&mut ctx),
            PageKind::Filter => self.filter(&mut ctx),
            PageKind::StatePosition {
                state,
                position,
                page,
                pages,
            } => self.state_position(&mut ctx, state, position, *page, *pages),
            PageKind::Browse => self.browse(&mut ctx),
            PageKind::TaxonomyList(tax) => self.taxonomy_list(&mut ctx, *tax),
            PageKind::Term {
                tax,
                term,
                page,
                pages,
            } => self.term_page(&mut ctx, *tax, term, *page, *pages),
            PageKind::StateFactSheet(id) => self.state_factsheet(&mut ctx, id),
            PageKind::TreatyFactSheet(id) => self.treaty_factsheet(&mut ctx, id),
            PageKind::UpdatesFeed => self.feed(&mut ctx, None),
            PageKind::StateFeed(id) => self.feed(&mut ctx, Some(id)),
        }
        ctx
    }

    /// An Atom feed of implementation updates, newest first (at most 50), for the site or a state.
    fn feed(&self, ctx: &mut Context, state: Option<&str>) {
        let site = self.site;
        let updates: Vec<&Update> = match state {
            None => site.updates.iter().rev().take(50).collect(),
            Some(s) => site.updates_by_state.get(s).map_or_else(Vec::new, |of| {
                of.iter()
                    .rev()
                    .take(50)
                    .map(|i| &site.updates[*i])
                    .collect()
            }),
        };
        let site_title = self.t(&site.config.title).text;
        let (title, alternate) = match state {
            Some(id) => (
                self.r.msg(
                    self.lang,
                    "feed-state-title",
                    &[("state", self.state_name(id).text.into())],
                ),
                PageKind::State(id.to_string()).path(),
            ),
            None => (
                self.r.msg(
                    self.lang,
                    "feed-title",
                    &[("site", site_title.clone().into())],
                ),
                "index.html".to_string(),
            ),
        };
        let link = |path: &str| {
            site.config
                .absolute_url(&format!("{}/{path}", self.lang.code()))
                .unwrap_or_else(|| self.href(path))
        };
        let entries: Vec<Value> = updates
            .iter()
            .map(|u| {
                let v = self.update(u);
                let rec = u.meta.recommendations.first().and_then(|r| site.recommendation(&r.value));
                let rec_title = rec.map_or_else(String::new, |r| self.rec_title(r));
                let page = rec.map_or_else(|| "index.html".to_string(), |r| PageKind::Recommendation(r.id.value.clone()).path());
                let title = self.r.msg(
                    self.lang,
                    "feed-entry-title",
                    &[("status", self.status_label(&u.meta.status.value).into()), ("recommendation", rec_title.into())],
                );
                tmap! {"id": format!("tag:suivi,{}:{}/updates/{}", u.meta.date.value.year, self.lang.code(), u.id),
                       "title": title, "link": format!("{}#update-{}", link(&page), u.id),
                       "updated": atom_date(&u.meta.date.value), "assessor": field(&v, "assessor_label"), "update": v}
            })
            .collect();
        let updated = updates.first().map_or_else(
            || "1970-01-01T00:00:00Z".to_string(),
            |u| atom_date(&u.meta.date.value),
        );
        let feed_path = self.job.kind.path();
        ctx.insert_value(
            "feed",
            tmap! {"title": title.as_str(), "subtitle": site_title, "id": format!("tag:suivi,2025:{}/{}", self.lang.code(), feed_path),
                   "self": link(&feed_path), "alternate": link(&alternate), "updated": updated, "entries": entries},
        );
        ctx.insert("page_title", &title);
    }

    /// A narrative page in this language, or else along the fallback chain.
    fn page_in<'p>(&self, by_lang: &'p BTreeMap<Lang, PageFile>) -> (Lang, &'p PageFile) {
        std::iter::once(self.lang)
            .chain(self.site.config.fallback.iter().copied())
            .chain(Lang::ALL)
            .find_map(|l| by_lang.get(&l).map(|p| (l, p)))
            .expect("a planned page has at least one file")
    }

    fn home(&self, ctx: &mut Context) {
        let site = self.site;
        let all: Vec<&Recommendation> = site.recommendations.iter().collect();
        let charts = self.dashboard(&all, true);
        let recent: Vec<Value> = site
            .updates
            .iter()
            .rev()
            .take(5)
            .map(|u| self.update(u))
            .collect();
        let parties: usize = site
            .ratifications
            .values()
            .map(|r| {
                r.treaties
                    .values()
                    .filter(|t| t.value.status == RatificationStatus::Party)
                    .count()
            })
            .sum();
        ctx.insert(
            "description",
            &site.config.description.as_ref().map(|d| self.t(d)),
        );
        ctx.insert(
            "figures",
            &json!({"recommendations": site.recommendations.len(), "states": site.recs_by_state.len(),
                    "updates": site.updates.len(), "reservations": site.reservations.len(),
                    "ratification_states": site.ratifications.len(), "parties": parties}),
        );
        ctx.insert("charts", &charts);
        ctx.insert("browse_href", &self.href(&PageKind::Browse.path()));
        ctx.insert_value("recent_updates", recent.into());
        ctx.insert(
            "focus_state",
            &site
                .config
                .state
                .as_ref()
                .map(|s| self.state_link(&s.value)),
        );
        ctx.insert("page_title", &self.t(&site.config.title).text);
    }

    fn rec_list(&self, ctx: &mut Context, page: usize, pages: usize) {
        let n = self.site.recommendations.len();
        let recs = self.rec_items(((page - 1) * PAGE_SIZE..n).take(PAGE_SIZE));
        let links = self.page_links(page, pages, |p| {
            PageKind::RecommendationList { page: p, pages }.path()
        });
        ctx.insert_value("recommendations", recs);
        ctx.insert_value("pagination", self.pagination((page, pages), links, n));
        let title = if pages > 1 {
            self.r.msg(
                self.lang,
                "recommendations-title-page",
                &[
                    ("page", (page as i64).into()),
                    ("pages", (pages as i64).into()),
                ],
            )
        } else {
            self.msg("recommendations-title")
        };
        ctx.insert("page_title", &title);
    }

    fn update(&self, u: &Update) -> Value {
        let site = self.site;
        let body = u.body.get(&self.lang).map(|b| (self.lang, b)).or_else(|| {
            site.config
                .fallback
                .iter()
                .chain(Lang::ALL.iter())
                .find_map(|l| u.body.get(l).map(|b| (*l, b)))
        });
        let narrative = body.map(|(l, b)| {
            tmap! {"html": self.items.update_html(b), "lang": l.html_tag(), "dir": l.dir(),
            "note": (l != self.lang).then(|| self.r.fallback_note(self.lang, l))}
        });
        let title = u
            .translated_titles
            .get(&self.lang)
            .map(|t| LText {
                text: t.clone(),
                lang: self.lang.html_tag(),
                dir: self.lang.dir(),
                note: None,
            })
            .or_else(|| u.meta.title.as_ref().map(|t| self.t(t)));
        let evidence: Vec<Value> = u
            .meta
            .evidence
            .iter()
            .map(|e| tmap! {"title": e.title.as_ref().map(|t| self.t(t)), "url": e.url.as_deref().filter(|u| is_safe_url(u)), "document": e.document.as_deref()})
            .collect();
        let recs: Vec<Value> = u
            .meta
            .recommendations
            .iter()
            .filter_map(|id| site.recommendation(&id.value))
            .map(|r| {
                tmap! {"title": self.rec_title(r), "document": r.document.as_str(), "paragraph": r.paragraph.as_deref(),
                       "href": self.href(&PageKind::Recommendation(r.id.value.clone()).path())}
            })
            .collect();
        tmap! {"id": u.id.as_str(), "date": self.date(&u.meta.date.value), "assessor": u.meta.assessor.id(),
        "assessor_label": self.msg(&format!("assessor-{}", u.meta.assessor.id())),
        "assessor_name": u.meta.assessor_name.as_ref().map(|n| self.t(n)),
        "status": self.status(&u.meta.status.value), "title": title, "narrative": narrative,
        "evidence": evidence, "example": u.meta.example, "recommendations": recs}
    }

    fn recommendation(&self, ctx: &mut Context, id: &str) {
        let site = self.site;
        let r = site.recommendation(id).expect("planned from the index");
        let term = |list: &[crate::reference::Term], ids: &[Id]| -> Vec<LText> {
            ids.iter()
                .filter_map(|i| list.iter().find(|t| t.id == i.value))
                .map(|t| self.t(&t.label))
                .collect()
        };
        let goals: Vec<Value> = r
            .sdg_goals
            .iter()
            .filter_map(|g| site.reference.sdgs.goals.iter().find(|x| x.id == g.value))
            .map(|g| tmap! {"id": g.id.as_str(), "title": self.t(&g.title), "short": self.t(&g.short)})
            .collect();
        let targets: Vec<Value> = r
            .sdg_targets
            .iter()
            .filter_map(|t| site.reference.sdgs.targets.iter().find(|x| x.id == t.value))
            .map(|t| tmap! {"id": t.id.as_str(), "title": self.t(&t.title)})
            .collect();
        let related = self.rec_items(
            r.related
                .iter()
                .filter_map(|i| site.rec_index.get(&i.value).copied()),
        );
        // Each update laid out once (its Markdown rendered and cleaned), for its timeline and,
        // when it is the latest of its assessor, for the current status too.
        let all_updates: Vec<(&Update, Value)> = site
            .updates_of(id)
            .into_iter()
            .map(|u| (u, self.update(u)))
            .collect();
        // One dated timeline per assessor, newest first: assessors often disagree.
        let timelines: Vec<Value> = Assessor::ALL
            .iter()
            .filter_map(|a| {
                let list: Vec<Value> =
                    all_updates.iter().rev().filter(|(u, _)| u.meta.assessor == *a).map(|(_, v)| v.clone()).collect();
                (!list.is_empty()).then(|| tmap! {"assessor": self.msg(&format!("assessor-{}", a.id())), "id": a.id(), "updates": list})
            })
            .collect();
        // The current status of each assessor: its latest update, the last of `updates_of` (in
        // date order) from it, as `Site::current_status` takes it.
        let current: Vec<Value> = Assessor::ALL
            .iter()
            .map(|a| {
                let latest = all_updates
                    .iter()
                    .rev()
                    .find(|(u, _)| u.meta.assessor == *a)
                    .map(|(_, v)| v);
                let status = latest.map_or_else(|| self.status_or_none(), |v| field(v, "status"));
                tmap! {"assessor": self.msg(&format!("assessor-{}", a.id())),
                "update": latest.cloned(), "status": status}
            })
            .collect();
        let unofficial = r.unofficial.contains(&self.lang)
            && r.text
                .value
                .exact(self.lang, site.config.default_language)
                .is_some();
        let mut rec = self.rec_summary(r);
        let title = rec
            .get(&"title".into())
            .and_then(|t| t.as_str())
            .unwrap_or_default()
            .to_string();
        let recommending: Vec<Value> = r
            .recommending_states
            .iter()
            .map(|s| self.state_link(&s.value))
            .collect();
        let responsible: Vec<LText> = r.responsible.iter().map(|x| self.t(x)).collect();
        rec.extend(tfields! {
            "kind": self.msg(&format!("rec-type-{}", r.kind.id())), "uhri_id": r.uhri_id.as_deref(),
            "upr_cycle": r.upr_cycle, "upr_session": r.upr_session, "recommending_states": recommending,
            "position_source": Value::from_serializable(&r.position_source),
            "position_note": r.position_note.as_ref().map(|n| self.t(n)),
            "themes": term(&site.reference.themes, &r.themes),
            "affected_persons": term(&site.reference.affected_persons, &r.affected_persons),
            "sdg_goals": goals, "sdg_targets": targets, "responsible": responsible,
            "commentary": r.commentary.as_deref().map(markdown), "unofficial": unofficial,
            "archived": r.archived, "source": self.source(r.source.as_ref()),
            "timelines": timelines, "current": current,
        });
        ctx.insert("page_title", &title);
        ctx.insert_value("rec", Value::from_map(rec));
        ctx.insert_value("related", related);
    }

    fn status_or_none(&self) -> Value {
        if self.site.config.status("no_information").is_some() {
            self.status("no_information")
        } else {
            Value::none()
        }
    }

    fn source(&self, source: Option<&Source>) -> Value {
        match source {
            Some(s) => {
                tmap! {"url": s.url.as_deref().filter(|u| is_safe_url(u)), "as_of": s.as_of.map(|d| self.date(&d)),
                "title": s.title.as_ref().map(|t| self.t(t))}
            }
            None => Value::none(),
        }
    }

    /// States sorted by their name in this language's collation, then by id.
    fn sorted_states<'s>(&self, ids: impl Iterator<Item = &'s str>) -> Vec<&'s str> {
        let mut ids: Vec<&str> = ids.collect();
        if let Some(refs) = self.page_refs() {
            let order = self.state_order(refs);
            if ids.iter().all(|id| order.contains_key(*id)) {
                // The order is total: ranking every state once gives the same order.
                ids.sort_by_cached_key(|id| order[*id].0);
                return ids;
            }
        }
        self.sort_states(ids)
    }

    /// Every reference state's rank in [`Pages::sort_states`]'s order, and the rank of the first
    /// state with the same name (the order of the names alone).
    fn state_order<'r>(&self, refs: &'r Refs) -> &'r HashMap<String, (usize, usize)> {
        refs.plain.order.get_or_init(|| {
            let all = self.site.reference.states.iter().map(|s| s.id.as_str());
            let sorted = self.sort_states(all.collect());
            let names: Vec<String> = sorted.iter().map(|id| self.state_name(id).text).collect();
            let mut order = HashMap::default();
            let mut by_name = 0;
            for (k, id) in sorted.iter().enumerate() {
                if k > 0 && self.fmt().compare(&names[k - 1], &names[k]).is_ne() {
                    by_name = k;
                }
                order.insert(id.to_string(), (k, by_name));
            }
            order
        })
    }

    /// The reservations `list` (indices into the site's), in the order of their states' names,
    /// and otherwise in the order given.
    fn reservations_by_state_name(&self, list: &[usize]) -> Vec<Value> {
        let site = self.site;
        let state = |i: usize| site.reservations[i].state.value.as_str();
        let mut list = list.to_vec();
        match self.page_refs().map(|refs| self.state_order(refs)) {
            Some(order) if list.iter().all(|i| order.contains_key(state(*i))) => {
                list.sort_by_cached_key(|i| order[state(*i)].1);
            }
            _ => {
                let mut named: Vec<(String, usize)> = list
                    .iter()
                    .map(|i| (self.state_name(state(*i)).text, *i))
                    .collect();
                named.sort_by(|a, b| self.fmt().compare(&a.0, &b.0));
                list = named.into_iter().map(|(_, i)| i).collect();
            }
        }
        list.into_iter().map(|i| self.reservation(i)).collect()
    }

    /// `ids` in the order of the states' names in the language (then of their ids).
    fn sort_states<'s>(&self, ids: Vec<&'s str>) -> Vec<&'s str> {
        let mut states: Vec<(&str, LText)> = ids
            .into_iter()
            .map(|id| (id, self.state_name(id)))
            .collect();
        states.sort_by(|a, b| {
            self.fmt()
                .compare(&a.1.text, &b.1.text)
                .then_with(|| a.0.cmp(b.0))
        });
        states.into_iter().map(|(id, _)| id).collect()
    }

    fn state_list(&self, ctx: &mut Context) {
        let site = self.site;
        let ids: Vec<&str> = site
            .states_with_pages()
            .iter()
            .map(|s| s.id.as_str())
            .collect();
        let rows: Vec<Value> = self
            .sorted_states(ids.into_iter())
            .into_iter()
            .map(|id| {
                let parties = site.ratifications.get(id).map(|r| {
                    r.treaties
                        .values()
                        .filter(|t| t.value.status == RatificationStatus::Party)
                        .count()
                });
                let mut m = self.state_link_map(id);
                let recs = site.recs_by_state.get(id).map_or(0, Vec::len);
                m.insert("recommendations".into(), recs.into());
                m.insert("parties".into(), parties.into());
                Value::from_map(m)
            })
            .collect();
        ctx.insert_value("states", rows.into());
        ctx.insert("treaty_count", &site.reference.treaties.len());
        ctx.insert("page_title", &self.msg("states-title"));
    }

    fn treaty_status(&self, ts: Option<&TreatyStatus>) -> Value {
        match ts {
            Some(t) => {
                tmap! {"status": t.status.id(), "label": self.msg(&format!("ratification-{}", t.status.id())),
                "signature": t.signature_date.map(|d| self.date(&d)), "consent": t.consent_date.map(|d| self.date(&d)),
                "consent_year": t.consent_date.map(|d| d.year),
                "consent_type": t.consent_type.map(|c| self.msg(&format!("consent-{}", c.id()))),
                "notes": t.notes.as_ref().map(|n| self.t(n))}
            }
            None => tmap! {"status": "unknown", "label": self.msg("ratification-unknown")},
        }
    }

    fn reservation(&self, i: usize) -> Value {
        if let Some(refs) = self.page_refs() {
            let all = refs.linked.reservations.get_or_init(|| {
                let slots = self.reservation_slots();
                (0..slots.len())
                    .map(|i| self.reservation_value(&slots, i))
                    .collect()
            });
            if let Some(v) = all.get(i) {
                return v.clone();
            }
        }
        self.reservation_value(&self.reservation_slots(), i)
    }

    /// The reservations as `reservation.html` renders them, in this page's language.
    fn reservation_slots(&self) -> ItemSlots {
        let n = self.site.reservations.len();
        slots(&self.items.reservations, self.lang, n)
    }

    /// A state's status under an instrument (its [`Pages::treaty_status`]) and its procedures
    /// (`factsheet::procedures`).
    fn cell(&self, state: &str, treaty: &str) -> (Value, Value) {
        let site = self.site;
        if let Some(refs) = self.page_refs() {
            let treaties = &site.reference.treaties;
            let all = refs.plain.cells.get_or_init(|| {
                let row = |s: &String| {
                    let cells = treaties.iter().map(|t| self.cell_value(s, &t.id));
                    (s.clone(), cells.collect())
                };
                site.ratifications.keys().map(row).collect()
            });
            if let Some(row) = all.get(state)
                && let Some(k) = treaties.iter().position(|t| t.id == treaty)
            {
                return row[k].clone();
            }
        }
        self.cell_value(state, treaty)
    }

    fn cell_value(&self, state: &str, treaty: &str) -> (Value, Value) {
        let ts = self.site.treaty_status(state, treaty);
        (self.treaty_status(ts), Value::from(self.procedures(ts)))
    }

    /// A reservation's value for templates, with its `html`: `reservation.html` rendered once
    /// per language in its slot of `slots` ([`Pages::piece`]).
    fn reservation_value(&self, slots: &ItemSlots, i: usize) -> Value {
        let mut m = self.reservation_map(i);
        let html = self.piece(&slots[i], "reservation.html", |p| {
            Value::from_map(p.reservation_map(i))
        });
        m.insert("html".into(), html);
        Value::from_map(m)
    }

    /// A reservation's value for templates, but for its `html`: its links added to its
    /// [`Pages::reservation_fields`], shared by the batch's pages of the language.
    fn reservation_map(&self, i: usize) -> tera::Map {
        let r = &self.site.reservations[i];
        let mut m = match self.page_refs() {
            Some(refs) => refs.plain.reservations.get_or_init(|| {
                let n = self.site.reservations.len();
                (0..n).map(|i| self.reservation_fields(i)).collect()
            })[i]
                .clone(),
            None => self.reservation_fields(i),
        };
        m.insert("state".into(), self.state_link(&r.state.value));
        m.insert("treaty".into(), self.treaty(&r.treaty.value));
        let objection_to = r.objection_to.as_ref().map(|s| self.state_link(&s.value));
        m.insert("objection_to".into(), objection_to.into());
        m
    }

    /// A reservation's value for templates, but for its `html` and its links.
    fn reservation_fields(&self, i: usize) -> tera::Map {
        let r = &self.site.reservations[i];
        tfields! {"kind": self.msg(&format!("reservation-kind-{}", r.kind.id())), "articles": r.articles.iter().map(String::as_str).collect::<Vec<_>>(),
        "date": r.date.map(|d| self.date(&d)), "occasion": r.occasion.map(|o| self.msg(&format!("occasion-{}", o.id()))),
        "text": self.t(&r.text.value), "status": r.status.id(), "status_label": self.msg(&format!("reservation-status-{}", r.status.id())),
        "withdrawn_date": r.withdrawn_date.map(|d| self.date(&d)), "source": self.source(r.source.as_ref())}
    }

    fn state(&self, ctx: &mut Context, id: &str) {
        let site = self.site;
        let s = site.state(id).expect("planned from reference");
        let recs = site.recs_by_state.get(id).cloned().unwrap_or_default();
        let rec_refs: Vec<&Recommendation> =
            recs.iter().map(|i| &site.recommendations[*i]).collect();
        let list_href = (!recs.is_empty()).then(|| {
            self.href(
                &PageKind::Term {
                    tax: Taxonomy::State,
                    term: id.to_lowercase(),
                    page: 1,
                    pages: 1,
                }
                .path(),
            )
        });
        ctx.insert("charts", &self.dashboard(&rec_refs, false));
        ctx.insert("recommendations_href", &list_href);
        // The latest recommendations, newest document first; the full list is paginated.
        let mut latest: Vec<&Recommendation> = rec_refs.clone();
        latest.sort_by_key(|r| std::cmp::Reverse(r.date));
        let latest = self.rec_items(
            latest
                .into_iter()
                .take(10)
                .map(|r| site.rec_index[&r.id.value]),
        );
        ctx.insert_value("latest", latest);
        ctx.insert(
            "factsheet_href",
            &site
                .ratifications
                .contains_key(id)
                .then(|| self.href(&PageKind::StateFactSheet(id.to_string()).path())),
        );
        let rats = site.ratifications.get(id);
        let treaties: Vec<Value> = site
            .reference
            .treaties
            .iter()
            .map(|t| tmap! {"treaty": self.treaty(&t.id), "status": self.cell(id, &t.id).0})
            .collect();
        let reservations: Vec<Value> = site
            .reservations_by_state
            .get(id)
            .map_or_else(Vec::new, |v| {
                v.iter().map(|i| self.reservation(*i)).collect()
            });
        ctx.insert(
            "state",
            &json!({"id": s.id, "iso2": s.iso2, "name": self.t(&s.name), "formal_name": s.formal_name.as_ref().map(|f| self.t(f)),
                    "membership": self.msg(&format!("membership-{}", s.membership)),
                    "regional_group": s.regional_group.as_ref().map(|g| self.msg(&format!("regional-group-{g}"))),
                    "recommendation_count": recs.len()}),
        );
        ctx.insert(
            "state_feed",
            &(!recs.is_empty()).then(|| self.href(&PageKind::StateFeed(id.to_string()).path())),
        );
        ctx.insert_value("treaties", treaties.into());
        ctx.insert_value(
            "ratifications_as_of",
            rats.and_then(|r| r.as_of).map(|d| self.date(&d)).into(),
        );
        ctx.insert_value(
            "ratifications_source",
            self.source(rats.and_then(|r| r.source.as_ref())),
        );
        ctx.insert_value("reservations", reservations.into());
        ctx.insert("page_title", &self.t(&s.name).text);
    }

    fn treaty_list(&self, ctx: &mut Context) {
        let site = self.site;
        let rows: Vec<Value> = site
            .reference
            .treaties
            .iter()
            .map(|t| {
                let count = |st: RatificationStatus| {
                    site.ratifications
                        .values()
                        .filter(|r| r.treaties.get(&t.id).is_some_and(|x| x.value.status == st))
                        .count()
                };
                let mut v = self.treaty_map(&t.id);
                let reservations = site.reservations_by_treaty.get(&t.id).map_or(0, Vec::len);
                v.insert("parties".into(), count(RatificationStatus::Party).into());
                v.insert(
                    "signatories".into(),
                    count(RatificationStatus::Signatory).into(),
                );
                v.insert("reservations".into(), reservations.into());
                Value::from_map(v)
            })
            .collect();
        ctx.insert_value("treaties", rows.into());
        ctx.insert("page_title", &self.msg("treaties-title"));
    }

    /// An instrument with its dates and monitoring body, for its page and its fact sheet.
    fn treaty_details(&self, id: &str) -> tera::Map {
        let t = self
            .site
            .reference
            .treaties
            .iter()
            .find(|t| t.id == id)
            .expect("planned from reference");
        let mut v = self.treaty_map(id);
        v.insert("adopted".into(), t.adopted.map(|d| self.date(&d)).into());
        let in_force = t.entry_into_force.map(|d| self.date(&d));
        v.insert("entry_into_force".into(), in_force.into());
        v.insert(
            "body".into(),
            t.body.as_deref().map(|b| self.mechanism(b)).into(),
        );
        v
    }

    fn treaty_page(&self, ctx: &mut Context, id: &str) {
        let site = self.site;
        let t = site
            .reference
            .treaties
            .iter()
            .find(|t| t.id == id)
            .expect("planned from reference");
        let mut v = self.treaty_details(id);
        v.insert(
            "url".into(),
            t.url.as_deref().filter(|u| is_safe_url(u)).into(),
        );
        v.insert(
            "parent".into(),
            t.parent.as_deref().map(|p| self.treaty(p)).into(),
        );
        let with = |st: RatificationStatus| -> Vec<Value> {
            let ids = site
                .ratifications
                .iter()
                .filter(|(_, r)| r.treaties.get(id).is_some_and(|x| x.value.status == st))
                .map(|(s, _)| s.as_str());
            self.sorted_states(ids)
                .into_iter()
                .map(|s| tmap! {"state": self.state_link(s), "status": self.cell(s, id).0})
                .collect()
        };
        let reservations = site
            .reservations_by_treaty
            .get(id)
            .map_or_else(Vec::new, |v| self.reservations_by_state_name(v));
        ctx.insert_value("treaty", Value::from_map(v));
        ctx.insert_value("parties", with(RatificationStatus::Party).into());
        ctx.insert_value("signatories", with(RatificationStatus::Signatory).into());
        ctx.insert_value("withdrawn", with(RatificationStatus::Withdrawn).into());
        ctx.insert_value("no_action", with(RatificationStatus::NoAction).into());
        ctx.insert(
            "factsheet_href",
            &self.href(&PageKind::TreatyFactSheet(id.to_string()).path()),
        );
        ctx.insert_value("reservations", reservations.into());
        ctx.insert("page_title", &self.t(&t.name).text);
    }

    fn matrix(&self, ctx: &mut Context, group: Option<&str>) {
        let site = self.site;
        let in_group = |id: &str| {
            group
                .is_none_or(|g| site.state(id).and_then(|s| s.regional_group.as_deref()) == Some(g))
        };
        let treaties: Vec<Value> = site
            .reference
            .treaties
            .iter()
            .map(|t| self.treaty(&t.id))
            .collect();
        let rows: Vec<Value> = self
            .sorted_states(
                site.ratifications
                    .keys()
                    .map(String::as_str)
                    .filter(|s| in_group(s)),
            )
            .into_iter()
            .map(|s| {
                let cells: Vec<Value> = site
                    .reference
                    .treaties
                    .iter()
                    .map(|t| self.cell(s, &t.id).0)
                    .collect();
                tmap! {"state": self.state_link(s), "cells": cells}
            })
            .collect();
        ctx.insert_value("treaties", treaties.into());
        ctx.insert_value("rows", rows.into());
        ctx.insert("filters", &self.matrix_filters(group));
        let title = match group {
            Some(g) => self.r.msg(
                self.lang,
                "matrix-title-group",
                &[("group", self.msg(&format!("regional-group-{g}")).into())],
            ),
            None => self.msg("matrix-title"),
        };
        ctx.insert("group_title", &group.map(|_| title.clone()));
        ctx.insert("page_title", &title);
    }

    fn page(&self, ctx: &mut Context, slug: &str) {
        let site = self.site;
        let by_lang = &site.pages[slug];
        let (got, page) = self.page_in(by_lang);
        ctx.insert(
            "page",
            &json!({"title": page.meta.title, "description": page.meta.description, "html": markdown(&page.body),
                    "lang": got.html_tag(), "dir": got.dir(),
                    "note": (got != self.lang).then(|| self.r.fallback_note(self.lang, got))}),
        );
        ctx.insert("page_title", &page.meta.title);
    }
}

impl Pages<'_> {
    /// The search page. The strings its script shows come from the Fluent files, through
    /// `data-` attributes: the count of results in every plural form of the language, with `{n}`
    /// where the number goes.
    fn search(&self, ctx: &mut Context) {
        ctx.insert("page_title", &self.msg("search-title"));
        let results: Vec<Json> = self
            .plural_templates("search-results")
            .into_iter()
            .map(|(category, text)| json!({"category": category, "text": text}))
            .collect();
        ctx.insert("search_results", &results);
        ctx.insert("browse", &json!([
            {"label": self.msg("nav-recommendations"), "href": self.href("recommendations/index.html")},
            {"label": self.msg("nav-states"), "href": self.href("states/index.html")},
            {"label": self.msg("nav-treaties"), "href": self.href("treaties/index.html")},
            {"label": self.msg("filter-title"), "href": self.href(&PageKind::Filter.path())},
        ]));
    }

    /// Message `key` with `$count` in each plural category of the language, `{n}` standing for
    /// the number, for scripts that pick the form with `Intl.PluralRules`.
    fn plural_templates(&self, key: &str) -> Vec<(String, String)> {
        let rules = icu_plurals::PluralRules::try_new_cardinal((&self.lang.icu_locale()).into())
            .expect("compiled data has every UN language");
        let mut out: Vec<(String, String)> = Vec::new();
        for n in [0u64, 1, 2, 3, 11, 100, 101, 102, 103, 111, 1000] {
            let cat = crate::i18n::plural_name(rules.category_for(n)).to_string();
            if out.iter().any(|(c, _)| *c == cat) {
                continue;
            }
            let text = self
                .r
                .msg(self.lang, key, &[("count", FluentValue::from(n))]);
            let digits = n.to_string();
            if text.matches(&digits).count() == 1 {
                out.push((cat, text.replace(&digits, "{n}")));
            } else if !text.contains(char::is_numeric) {
                out.push((cat, text));
            }
        }
        out
    }
}

/// RFC 3339, as Atom wants; a partial date stands for its first day.
fn atom_date(d: &PartialDate) -> String {
    format!(
        "{:04}-{:02}-{:02}T00:00:00Z",
        d.year,
        d.month.unwrap_or(1),
        d.day.unwrap_or(1)
    )
}

/// Only web and mail links from content reach an `href`.
fn is_safe_url(u: &str) -> bool {
    let lower = u.trim().to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://") || lower.starts_with("mailto:")
}

/// Counts used by tests and the closing summary.
pub fn page_counts<T>(pages: &[(String, T)]) -> HashMap<String, usize> {
    let mut counts = HashMap::default();
    for (path, _) in pages.iter().filter(|(p, _)| p.ends_with(".html")) {
        let lang = path.split('/').next().unwrap_or_default().to_string();
        *counts.entry(lang).or_default() += 1;
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A text's `markup` is what the theme's `ltext` component writes from the text's other
    /// fields when it has none: escaped, with its note or without, in either direction.
    #[test]
    fn ltext_markup_is_what_the_component_writes_from_the_fields() {
        let components = BUILTIN_THEME
            .get_file("templates/components.html")
            .and_then(|f| f.contents_utf8())
            .expect("the theme's components");
        let mut tera = Tera::default();
        tera.add_raw_templates([
            ("components.html", components),
            ("page.html", "[{{ <ltext t={t} /> }}]"),
        ])
        .expect("templates");
        let text = |text: &str, lang, dir, note: Option<&str>| LText {
            text: text.into(),
            lang,
            dir,
            note: note.map(String::from),
        };
        let texts = [
            text("Ratify the Convention.", "en", "ltr", None),
            text("A & <b> \"q\" 'x' é", "fr", "ltr", Some("")),
            text("صدّقوا على الاتفاقية", "ar", "rtl", None),
            text(
                "Ratify <it>",
                "en",
                "ltr",
                Some("Shown in English & \"other\" <here>"),
            ),
            text("", "zh-Hans", "ltr", Some("仅有英文")),
        ];
        for t in texts {
            let render = |value: Value| {
                let mut ctx = Context::new();
                ctx.insert_value("t", value);
                tera.render("page.html", &ctx).expect("renders")
            };
            let fields = tmap! {"text": t.text.clone(), "lang": t.lang, "dir": t.dir, "note": t.note.clone()};
            let from_fields = render(fields);
            assert!(from_fields.starts_with("[<span lang="), "{from_fields}");
            assert_eq!(render(Value::from(t.clone())), from_fields);
            assert_eq!(format!("[{}]", t.markup()), from_fields);
        }
    }

    /// `tb()`'s arguments: each placeholder replaced by its argument escaped in `<bdi>`, left to
    /// right unless the argument is in a right-to-left script; a placeholder used twice replaced
    /// twice; one with no argument, or not closed, left as it is; an argument's own text never
    /// read as a placeholder.
    #[test]
    fn tb_isolates_each_argument_in_one_pass() {
        let args = [
            "A/HRC/59/15".to_string(),
            "١٤ يوليو".to_string(),
            "<b>&\u{E000}1\u{E001}".to_string(),
        ];
        let cases = [
            (
                "see \u{E000}0\u{E001} of \u{E000}1\u{E001}.",
                "see <bdi dir=\"ltr\">A/HRC/59/15</bdi> of <bdi>١٤ يوليو</bdi>.",
            ),
            (
                "\u{E000}0\u{E001}=\u{E000}0\u{E001}",
                "<bdi dir=\"ltr\">A/HRC/59/15</bdi>=<bdi dir=\"ltr\">A/HRC/59/15</bdi>",
            ),
            (
                "x \u{E000}2\u{E001}",
                "x <bdi dir=\"ltr\">&lt;b&gt;&amp;\u{E000}1\u{E001}</bdi>",
            ),
            (
                "\u{E000}7\u{E001} \u{E000}x\u{E001} \u{E000}0",
                "\u{E000}7\u{E001} \u{E000}x\u{E001} \u{E000}0",
            ),
        ];
        for (sentence, html) in cases {
            assert_eq!(isolate_args(sentence, &args), html, "{sentence:?}");
        }
        assert_eq!(
            isolate_args("plain &amp; simple", &[]),
            "plain &amp; simple"
        );
    }

    /// Every page of the example in Arabic and Chinese, rendered as a build renders them (one
    /// batch, the reference values shared through [`RefCache`]) and each on its own without it:
    /// the same bytes. The batch mixes two languages and every folder depth, which a cache keyed
    /// by less than both would confuse.
    #[test]
    fn pages_sharing_reference_values_are_the_pages_made_alone() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
        let (site, _) = crate::pipeline::load_and_check(dir, None)
            .unwrap_or_else(|_| panic!("the example site loads"));
        let r = Renderer::new(dir, &site).unwrap_or_else(|e| panic!("{e:?}"));
        let jobs: Vec<Job> = crate::plan::plan(&site)
            .into_iter()
            .filter(|j| matches!(j.lang, Lang::Ar | Lang::Zh))
            .collect();
        let kinds = |k: fn(&PageKind) -> bool| jobs.iter().filter(|j| k(&j.kind)).count();
        assert!(kinds(|k| matches!(k, PageKind::Treaty(_))) > 0);
        assert!(kinds(|k| matches!(k, PageKind::StateFactSheet(_))) > 0);
        assert!(kinds(|k| matches!(k, PageKind::MatrixGroup(_))) > 0);
        let items = ItemCache::default();
        let shared = r.render_all_with(&site, &jobs, &items).expect("renders");
        assert_eq!(shared.len(), jobs.len());
        // The list items too are made again, without the reference values of the batch.
        let own_items = ItemCache::default();
        for (job, (path, html)) in jobs.iter().zip(&shared) {
            let alone = Pages::new(&site, &r, job, &own_items);
            assert!(alone.refs.is_none());
            let own = r
                .render_page(job.kind.template(), &alone.context())
                .expect("renders");
            assert!(own == *html, "{path} differs when made alone");
        }
    }

    /// A reservation is rendered once per language and the pages show it as `r.html`; a theme
    /// whose pages still include `reservation.html` in place gets the same pages, byte for byte.
    #[test]
    fn reservations_shown_from_the_cache_are_the_reservations_included_in_place() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
        let (site, _) = crate::pipeline::load_and_check(dir, None)
            .unwrap_or_else(|_| panic!("the example site loads"));
        let tmp = tempfile::tempdir().unwrap();
        let templates = tmp.path().join("themes/default/templates");
        std::fs::create_dir_all(&templates).unwrap();
        let mut shown = 0;
        for name in [
            "state.html",
            "treaty.html",
            "factsheet_state.html",
            "factsheet_treaty.html",
        ] {
            let own = BUILTIN_THEME
                .get_file(format!("templates/{name}"))
                .and_then(|f| f.contents_utf8())
                .expect("a built-in template");
            shown += own.matches("{{ r.html }}").count();
            let in_place = own.replace("{{ r.html }}", "{% include \"reservation.html\" %}");
            std::fs::write(templates.join(name), in_place).unwrap();
        }
        assert_eq!(shown, 7, "the places that show a reservation");
        let cached = Renderer::new(dir, &site).unwrap_or_else(|e| panic!("{e:?}"));
        let in_place = Renderer::new(tmp.path(), &site).unwrap_or_else(|e| panic!("{e:?}"));
        let jobs: Vec<Job> = crate::plan::plan(&site)
            .into_iter()
            .filter(|j| matches!(j.lang, Lang::Ar | Lang::Zh))
            .filter(|j| {
                matches!(
                    j.kind,
                    PageKind::State(_)
                        | PageKind::Treaty(_)
                        | PageKind::StateFactSheet(_)
                        | PageKind::TreatyFactSheet(_)
                )
            })
            .collect();
        let a = cached
            .render_all_with(&site, &jobs, &ItemCache::default())
            .expect("renders");
        let b = in_place
            .render_all_with(&site, &jobs, &ItemCache::default())
            .expect("renders");
        let with = |pages: &[(String, Vec<u8>)]| {
            let n = |p: &&(String, Vec<u8>)| memchr::memmem::find(&p.1, b"class=\"reservation\"");
            pages.iter().filter(|p| n(p).is_some()).count()
        };
        assert!(with(&a) > 100, "pages with reservations: {}", with(&a));
        assert_eq!(a.len(), b.len());
        for ((path, x), (_, y)) in a.iter().zip(&b) {
            assert!(
                x == y,
                "{path} differs from the page that includes reservation.html"
            );
        }
    }

    #[test]
    fn pagination_window_links_first_last_and_neighbours() {
        let w = |page, pages| {
            page_window(page, pages)
                .into_iter()
                .map(|p| p.map_or("…".to_string(), |p| p.to_string()))
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert_eq!(w(1, 1), "1");
        assert_eq!(w(4, 9), "1 2 3 4 5 6 7 8 9");
        assert_eq!(w(1, 10), "1 2 3 … 10");
        assert_eq!(w(4, 10), "1 2 3 4 5 6 … 10");
        assert_eq!(w(5, 10), "1 … 3 4 5 6 7 … 10");
        assert_eq!(w(10, 10), "1 … 8 9 10");
        assert_eq!(page_window(1000, 2000).len(), 9);
        // Every page can reach every other by following links.
        for pages in 1..40 {
            for page in 1..=pages {
                let links: Vec<usize> = page_window(page, pages).into_iter().flatten().collect();
                assert!(links.contains(&1) && links.contains(&pages) && links.contains(&page));
                assert!(page == pages || links.contains(&(page + 1)));
                assert!(page == 1 || links.contains(&(page - 1)));
                assert!(links.windows(2).all(|x| x[0] < x[1]));
            }
        }
    }

    /// Two states with the same name, and a state outside the reference:
    /// the ranks give the order the collator gives, for lists of states and for reservations
    /// (a stable sort by name alone).
    #[test]
    fn the_states_ranked_once_sort_as_the_collator_sorts_them() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
        let (mut site, _) = crate::pipeline::load_and_check(dir, None)
            .unwrap_or_else(|_| panic!("the example site loads"));
        // Two states with reservations; the second takes the first's name.
        let mut with_reservations: Vec<String> =
            site.reservations_by_state.keys().cloned().collect();
        with_reservations.sort();
        let (first, second) = (with_reservations[0].clone(), with_reservations[1].clone());
        let mut reference = (*site.reference).clone();
        let index = |id: &str| {
            reference
                .states
                .iter()
                .position(|s| s.id == id)
                .expect("known")
        };
        let (a, b) = (index(&first), index(&second));
        reference.states[b].name = reference.states[a].name.clone();
        site.reference = Arc::new(reference);
        let r = Renderer::new(dir, &site).unwrap_or_else(|e| panic!("{e:?}"));
        let refs = RefCache::default();
        let jobs = crate::plan::plan(&site);
        for lang in [Lang::En, Lang::Ar, Lang::Zh] {
            let job = jobs.iter().find(|j| j.lang == lang).expect("a page");
            let items = ItemCache::default();
            let ranked = Pages {
                refs: Some(&refs),
                ..Pages::new(&site, &r, job, &items)
            };
            let collated = Pages::new(&site, &r, job, &items);
            let mut ids: Vec<&str> = site
                .reference
                .states
                .iter()
                .map(|s| s.id.as_str())
                .collect();
            ids.reverse();
            ids.push(second.as_str());
            assert_eq!(
                ranked.sorted_states(ids.iter().copied()),
                collated.sort_states(ids.clone())
            );
            let with_unknown = ids.iter().copied().chain(["XXX"]);
            assert_eq!(
                ranked.sorted_states(with_unknown.clone()),
                collated.sorted_states(with_unknown)
            );
            let order = ranked.state_order(ranked.page_refs().expect("refs"));
            assert_eq!(order[&first].1, order[&second].1, "{lang:?}: equal names");
            // Every reservation, the second state's made first: the same stable order.
            let mut all: Vec<usize> = (0..site.reservations.len()).collect();
            all.sort_by_key(|i| site.reservations[*i].state.value != second);
            let same = ranked.reservations_by_state_name(&all)
                == collated.reservations_by_state_name(&all);
            assert!(same, "{lang:?}: the reservations' order differs");
        }
    }

    #[test]
    fn an_update_text_is_rendered_once_cleaned_and_forgotten_on_an_edit() {
        let mut items = ItemCache::keeping_all();
        let src = "Adopted <script>alert(1)</script> **law** <bdi dir=\"ltr\">A/HRC/59/15</bdi>";
        let first = items.update_html(src);
        assert_eq!(first, markdown(src));
        assert!(!first.contains("<script"), "{first}");
        assert_eq!(items.update_html(src), first);
        assert_eq!(items.update_html("other").as_str(), "<p>other</p>\n");
        assert_eq!(items.update_html.lock().unwrap().len(), 2);
        items.forget(&[]);
        assert!(items.update_html.lock().unwrap().is_empty());
    }

    #[test]
    fn markdown_is_sanitised() {
        let html = markdown(
            "Hi <script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)> <iframe src=//evil></iframe> <bdi dir=\"ltr\">A/HRC/59/15</bdi>",
        );
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(!html.contains("onerror"), "{html}");
        assert!(!html.contains("<iframe"), "{html}");
        assert!(
            html.contains("<bdi dir=\"ltr\">A/HRC/59/15</bdi>"),
            "{html}"
        );
    }

    fn message_ids(lang: &str) -> std::collections::BTreeSet<String> {
        let dir = BUILTIN_LOCALES
            .get_dir(lang)
            .unwrap_or_else(|| panic!("no locales/{lang}"));
        let mut ids = std::collections::BTreeSet::new();
        for f in dir.files() {
            let res =
                fluent_bundle::FluentResource::try_new(f.contents_utf8().unwrap().to_string())
                    .unwrap_or_else(|_| panic!("{} does not parse", f.path().display()));
            for entry in res.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    ids.insert(m.id.name.to_string());
                }
            }
        }
        ids
    }

    #[test]
    fn every_language_has_every_message() {
        let en = message_ids("en");
        assert!(en.len() > 100, "{}", en.len());
        for lang in ["ar", "zh", "fr", "ru", "es"] {
            let other = message_ids(lang);
            let missing: Vec<_> = en.difference(&other).collect();
            let extra: Vec<_> = other.difference(&en).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{lang}: missing {missing:?}, extra {extra:?}"
            );
        }
    }

    #[test]
    fn templates_use_only_existing_messages() {
        let en = message_ids("en");
        for f in BUILTIN_THEME.get_dir("templates").unwrap().files() {
            let text = f.contents_utf8().unwrap();
            let calls = text
                .split("t(key=\"")
                .skip(1)
                .chain(text.split("tb(key=\"").skip(1));
            for part in calls {
                let key = part.split('"').next().unwrap();
                if part[key.len() + 1..].trim_start().starts_with('~') {
                    // A key built in the template (`"download-" ~ table`): checked by rendering.
                    continue;
                }
                assert!(
                    en.contains(key),
                    "{} uses unknown message `{key}`",
                    f.path().display()
                );
            }
        }
    }

    #[test]
    fn svg_and_style_injections_are_removed() {
        let html = markdown(
            "<svg><script>alert(1)</script></svg><p style=\"background:url(javascript:alert(1))\">x</p>",
        );
        assert!(!html.contains("<svg") && !html.contains("style="), "{html}");
    }
}
