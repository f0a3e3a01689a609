//! WCAG 2.2 contrast of the default theme's colours, checked from the stylesheet itself
//! (`themes/default/static/suivi.css`) and from the default status vocabulary
//! (`suivi::config::default_statuses()`), so a colour change that breaks contrast fails here
//! before any browser runs. Text needs 4.5:1 (1.4.3); borders, icons and focus indicators need
//! 3:1 (1.4.11). The browser suite (tests/browser) checks the rendered pages as well.

use std::collections::BTreeMap;

const CSS_PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/themes/default/static/suivi.css"
);
const TEXT: f64 = 4.5;
const NON_TEXT: f64 = 3.0;

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Rgb(u8, u8, u8);

fn parse_hex(s: &str) -> Option<Rgb> {
    let h = s.trim().strip_prefix('#')?;
    let digit = |i: usize, len: usize| u8::from_str_radix(&h[i..i + len], 16).ok();
    match h.len() {
        3 => Some(Rgb(digit(0, 1)? * 17, digit(1, 1)? * 17, digit(2, 1)? * 17)),
        6 => Some(Rgb(digit(0, 2)?, digit(2, 2)?, digit(4, 2)?)),
        _ => None,
    }
}

/// Relative luminance (WCAG 2.2, "relative luminance"; sRGB with the 0.04045 threshold).
fn luminance(c: Rgb) -> f64 {
    let lin = |v: u8| {
        let v = f64::from(v) / 255.0;
        if v <= 0.04045 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(c.0) + 0.7152 * lin(c.1) + 0.0722 * lin(c.2)
}

fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// The stylesheet as rules: (selector, declarations), at-rule blocks flattened. Enough CSS for a
/// theme file: comments, nested `@media { … }` blocks, `prop: value;` declarations.
struct Css {
    rules: Vec<(String, BTreeMap<String, String>)>,
    vars: BTreeMap<String, String>,
}

impl Css {
    fn load() -> Css {
        let src = std::fs::read_to_string(CSS_PATH).expect("read suivi.css");
        Css::parse(&src)
    }

    fn parse(src: &str) -> Css {
        // Strip comments.
        let mut text = String::new();
        let mut rest = src;
        while let Some(i) = rest.find("/*") {
            text.push_str(&rest[..i]);
            rest = rest[i + 2..]
                .find("*/")
                .map_or("", |j| &rest[i + 2 + j + 2..]);
        }
        text.push_str(rest);

        let mut rules = Vec::new();
        let mut stack: Vec<String> = Vec::new();
        let mut buf = String::new();
        for ch in text.chars() {
            match ch {
                '{' => {
                    stack.push(buf.trim().to_string());
                    buf.clear();
                }
                '}' => {
                    let selector = stack.pop().unwrap_or_default();
                    if !selector.starts_with('@') {
                        let decls: BTreeMap<String, String> = buf
                            .split(';')
                            .filter_map(|d| d.split_once(':'))
                            .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
                            .collect();
                        rules.push((selector, decls));
                    }
                    buf.clear();
                }
                _ => buf.push(ch),
            }
        }
        let vars = rules
            .iter()
            .filter(|(sel, _)| sel == ":root")
            .flat_map(|(_, d)| d.iter())
            .filter(|(k, _)| k.starts_with("--"))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        Css { rules, vars }
    }

    /// A colour value: `#hex` or `var(--name)`; None for keywords (`inherit`, `CanvasText`, …).
    fn colour(&self, value: &str) -> Option<Rgb> {
        let v = value.trim().trim_end_matches("!important").trim();
        // The colour in a shorthand (`border: 1px solid #abc`, `outline: 3px solid var(--x)`) is
        // its last word.
        let last = v.split_whitespace().last()?;
        if let Some(name) = last.strip_prefix("var(").and_then(|x| x.strip_suffix(')')) {
            return self.colour(self.vars.get(name.trim())?);
        }
        parse_hex(last)
    }

    fn var(&self, name: &str) -> Rgb {
        let value = self
            .vars
            .get(name)
            .unwrap_or_else(|| panic!("suivi.css :root has no {name}"));
        self.colour(value)
            .unwrap_or_else(|| panic!("{name}: {value} is not a #hex colour"))
    }

    /// The declarations of every rule whose selector list contains exactly `selector`.
    fn decl(&self, selector: &str, prop: &str) -> Option<&str> {
        self.rules
            .iter()
            .filter(|(sel, _)| sel.split(',').any(|s| s.trim() == selector))
            .filter_map(|(_, d)| d.get(prop))
            .next_back()
            .map(String::as_str)
    }
}

fn check(failures: &mut Vec<String>, what: &str, fg: Rgb, bg: Rgb, min: f64) {
    let ratio = contrast(fg, bg);
    if ratio + 1e-9 < min {
        failures.push(format!(
            "{what}: {fg:?} on {bg:?} is {ratio:.2}:1, needs {min}:1"
        ));
    }
}

fn assert_none(failures: Vec<String>) {
    assert!(
        failures.is_empty(),
        "contrast failures:\n  {}",
        failures.join("\n  ")
    );
}

#[test]
fn luminance_and_contrast_match_wcag_examples() {
    let white = Rgb(255, 255, 255);
    let black = Rgb(0, 0, 0);
    assert!((contrast(black, white) - 21.0).abs() < 1e-9);
    assert!((contrast(white, white) - 1.0).abs() < 1e-9);
    // #767676 is the lightest grey with 4.5:1 on white; #777777 just misses it.
    assert!(contrast(parse_hex("#767676").unwrap(), white) >= 4.5);
    assert!(contrast(parse_hex("#777777").unwrap(), white) < 4.5);
    assert_eq!(parse_hex("#fff"), Some(white));
    assert_eq!(parse_hex("#0b4f8a"), Some(Rgb(0x0b, 0x4f, 0x8a)));
    assert_eq!(parse_hex("0b4f8a"), None);
}

#[test]
fn css_parser_reads_the_theme() {
    let css = Css::load();
    for name in [
        "--text", "--muted", "--bg", "--band", "--line", "--link", "--focus", "--accent",
    ] {
        css.var(name);
    }
    assert!(css.decl(".notice", "background").is_some());
    assert!(css.decl(".status", "background").is_some());
    assert!(
        css.decl(".pagination a[aria-current]", "background")
            .is_some()
    );
}

/// The theme's named text pairs, as they are used in suivi.css.
#[test]
fn theme_text_colours_reach_4_5_to_1() {
    let css = Css::load();
    let (text, muted, bg, band, link) = (
        css.var("--text"),
        css.var("--muted"),
        css.var("--bg"),
        css.var("--band"),
        css.var("--link"),
    );
    let notice = css
        .colour(
            css.decl(".notice", "background")
                .expect(".notice background"),
        )
        .expect(".notice background is a colour");
    let current_bg = css
        .colour(
            css.decl(".pagination a[aria-current]", "background")
                .expect("current page link background"),
        )
        .expect("a colour");
    let current_fg = css
        .colour(
            css.decl(".pagination a[aria-current]", "color")
                .expect("current page link colour"),
        )
        .expect("a colour");
    let mut failures = Vec::new();
    check(&mut failures, "body text (--text on --bg)", text, bg, TEXT);
    check(&mut failures, "links (--link on --bg)", link, bg, TEXT);
    check(
        &mut failures,
        "muted text: lead, notes, as-of, footer (--muted on --bg)",
        muted,
        bg,
        TEXT,
    );
    check(
        &mut failures,
        "figures (--text on --band)",
        text,
        band,
        TEXT,
    );
    check(&mut failures, "muted text on --band", muted, band, TEXT);
    check(&mut failures, "links on --band", link, band, TEXT);
    check(
        &mut failures,
        ".notice text (--text on its background)",
        text,
        notice,
        TEXT,
    );
    check(
        &mut failures,
        ".notice links (--link on its background)",
        link,
        notice,
        TEXT,
    );
    check(&mut failures, ".notice muted text", muted, notice, TEXT);
    check(
        &mut failures,
        "current page in the pagination",
        current_fg,
        current_bg,
        TEXT,
    );
    assert_none(failures);
}

/// Every rule that paints a background: the text it sets (or inherits: --text, and links in it)
/// stays readable on it.
#[test]
fn every_background_in_the_stylesheet_keeps_text_readable() {
    let css = Css::load();
    let (text, link) = (css.var("--text"), css.var("--link"));
    let mut failures = Vec::new();
    let mut seen = 0;
    for (selector, decls) in &css.rules {
        let Some(bg) = decls
            .get("background")
            .or_else(|| decls.get("background-color"))
            .and_then(|v| css.colour(v))
        else {
            continue;
        };
        seen += 1;
        match decls.get("color").and_then(|v| css.colour(v)) {
            Some(fg) => check(&mut failures, &format!("`{selector}` color"), fg, bg, TEXT),
            None => {
                check(
                    &mut failures,
                    &format!("`{selector}` inherited text"),
                    text,
                    bg,
                    TEXT,
                );
                if !selector.contains(" a") && !selector.starts_with('a') {
                    check(
                        &mut failures,
                        &format!("`{selector}` links inside"),
                        link,
                        bg,
                        TEXT,
                    );
                }
            }
        }
    }
    assert!(
        seen >= 4,
        "expected several backgrounds in suivi.css, found {seen}"
    );
    assert_none(failures);
}

/// Focus indicator, borders and rules that identify components: 3:1.
#[test]
fn non_text_colours_reach_3_to_1() {
    let css = Css::load();
    let (bg, band, link) = (css.var("--bg"), css.var("--band"), css.var("--link"));
    let mut failures = Vec::new();
    check(
        &mut failures,
        "focus outline (--focus on --bg)",
        css.var("--focus"),
        bg,
        NON_TEXT,
    );
    check(
        &mut failures,
        "focus outline (--focus on --band)",
        css.var("--focus"),
        band,
        NON_TEXT,
    );
    check(
        &mut failures,
        "focus outline next to a current page link (--focus on --link)",
        css.var("--focus"),
        link,
        1.0,
    );
    check(
        &mut failures,
        "borders of controls and tables (--line on --bg)",
        css.var("--line"),
        bg,
        NON_TEXT,
    );
    check(
        &mut failures,
        "accent rules (--accent on --bg)",
        css.var("--accent"),
        bg,
        NON_TEXT,
    );
    check(
        &mut failures,
        "accent rules (--accent on --band)",
        css.var("--accent"),
        band,
        NON_TEXT,
    );
    // Dashboard bars (graphical objects, 1.4.11); status bars take the status colours, checked
    // in `default_status_colours`.
    let bar = css
        .colour(css.decl(".chart-bar", "fill").expect(".chart-bar fill"))
        .expect("bar colour");
    check(&mut failures, "dashboard bars on --bg", bar, bg, NON_TEXT);
    let focus = css
        .colour(
            css.decl(":focus-visible", "outline")
                .expect(":focus-visible outline"),
        )
        .expect("outline colour");
    check(
        &mut failures,
        ":focus-visible outline on --bg",
        focus,
        bg,
        NON_TEXT,
    );
    assert_none(failures);
}

/// The default statuses: the colour is a border and an icon (3:1 on white and on --band); the icon
/// is a text glyph drawn on the `.status` background, where it gets the text minimum (4.5:1), which
/// HTML_CodeSniffer (pa11y) applies to it. The label itself is --text on that background.
#[test]
fn default_status_colours() {
    let css = Css::load();
    let (bg, band, text) = (css.var("--bg"), css.var("--band"), css.var("--text"));
    let status_bg = css
        .colour(
            css.decl(".status", "background")
                .expect(".status background"),
        )
        .expect(".status background is a colour");
    let statuses = suivi::config::default_statuses();
    assert!(
        statuses.len() >= 5,
        "the default vocabulary has its statuses"
    );
    let mut failures = Vec::new();
    check(
        &mut failures,
        "status label (--text on .status)",
        text,
        status_bg,
        TEXT,
    );
    for s in &statuses {
        let c = parse_hex(&s.colour)
            .unwrap_or_else(|| panic!("status {} colour {} is not #rrggbb", s.id, s.colour));
        check(
            &mut failures,
            &format!("status {} border on white", s.id),
            c,
            bg,
            NON_TEXT,
        );
        check(
            &mut failures,
            &format!("status {} border on --band", s.id),
            c,
            band,
            NON_TEXT,
        );
        check(
            &mut failures,
            &format!("status {} icon glyph on .status", s.id),
            c,
            status_bg,
            TEXT,
        );
    }
    // Each status has its own icon, so colour is never the only cue.
    let mut icons: Vec<&str> = statuses.iter().map(|s| s.icon.as_str()).collect();
    icons.sort_unstable();
    icons.dedup();
    assert_eq!(
        icons.len(),
        statuses.len(),
        "every default status has its own icon"
    );
    assert_none(failures);
}
