//! The elements marked `data-pagefind-ignore` cut out of a page's `<main>` by one pass over its
//! bytes, for the markup suivi's templates write: elements closed in order, void elements,
//! comments, a chart's SVG. lol_html does the same cut (`super::without_ignored_by_lol_html`)
//! at about three times the cost, most of it spent matching its selector against every element
//! (2.98 against 0.82 billion instructions in a build of the 300-recommendation site with
//! search; 4.9–5.6 against 2.2–2.3 s for all the pages of the 10,000-recommendation site).
//! Anything this pass does not read with certainty (a comment or a tag it cannot close, text
//! that is not markup, an element left open or closed out of order inside an ignored one, a
//! mark inside SVG) gives `None`, and the page goes to lol_html: the two give the same text on
//! every page of the example (`tests/e2e_determinism.rs`), on the markup of a property test
//! (`tests/properties.rs`), and the 10,000-recommendation site's index is the same bytes.

/// What this pass needs to know of an element from its name (in any case): whether it is void
/// (no content, no end tag: lol_html's list, HTML's and four obsolete ones), whether it is one
/// this pass leaves to lol_html wherever it is, or `<svg>`. One `match` on the name in lower
/// case: comparing each tag's name against the lists one name at a time was about 150
/// instructions a tag (docs/performance.md, round 22).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Void,
    /// Content that is not read as markup (`<script>`, `<style>`, `<textarea>`, `<xmp>`,
    /// `<iframe>`, `<noembed>`, `<noframes>`, `<noscript>`, `<plaintext>`, `<template>`), a
    /// `<title>` outside SVG, MathML, and `<select>` and `<frameset>` (lol_html gives up on the
    /// page when a `<title>` follows these).
    NotMarkup,
    Svg,
    Other,
}

fn kind(name: &str) -> Kind {
    // The longest name listed below has nine letters.
    let mut lower = [0u8; 9];
    let Some(lower) = lower.get_mut(..name.len()) else {
        return Kind::Other;
    };
    for (l, c) in lower.iter_mut().zip(name.bytes()) {
        *l = c.to_ascii_lowercase();
    }
    match &*lower {
        b"area" | b"base" | b"basefont" | b"bgsound" | b"br" | b"col" | b"embed" | b"hr"
        | b"img" | b"input" | b"keygen" | b"link" | b"meta" | b"param" | b"source" | b"track"
        | b"wbr" => Kind::Void,
        b"script" | b"style" | b"textarea" | b"xmp" | b"iframe" | b"noembed" | b"noframes"
        | b"noscript" | b"plaintext" | b"template" | b"select" | b"frameset" | b"title"
        | b"math" => Kind::NotMarkup,
        b"svg" => Kind::Svg,
        _ => Kind::Other,
    }
}

const MARK: &str = "data-pagefind-ignore";

/// A tag read at some `<`: where it ends (just after its `>`), and what it is.
enum Tag<'a> {
    /// A start tag: its name, whether it closes itself (`/>`) and whether it has the mark.
    Start {
        name: &'a str,
        closed: bool,
        marked: bool,
    },
    End {
        name: &'a str,
    },
    /// A comment, a doctype or a `<` that starts no tag (text, for HTML).
    Other,
}

/// The tag at `s` (`html[s]` is `<`) and the index after it, or `None` if this pass cannot
/// read it with certainty.
fn tag(html: &str, s: usize) -> Option<(Tag<'_>, usize)> {
    let b = html.as_bytes();
    let name_end = |from: usize| {
        let mut i = from;
        while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'-') {
            i += 1;
        }
        i
    };
    let skip_space = |mut i: usize| {
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        i
    };
    match b.get(s + 1)? {
        b'!' if html[s..].starts_with("<!--") => {
            // `<!-->`, `<!--->` and `--!>` end a comment too: left to lol_html.
            let body = &html[s + 4..];
            let close = memchr::memmem::find(body.as_bytes(), b"-->")?;
            if body.starts_with('>') || body.starts_with("->") || body[..close].contains("--!>") {
                return None;
            }
            Some((Tag::Other, s + 4 + close + 3))
        }
        // A doctype; a CDATA section is left to lol_html.
        b'!' if !html[s..].starts_with("<![") => {
            Some((Tag::Other, s + memchr::memchr(b'>', &b[s..])? + 1))
        }
        b'!' => None,
        b'/' if b.get(s + 2).is_some_and(u8::is_ascii_alphabetic) => {
            let e = name_end(s + 2);
            let i = skip_space(e);
            (b.get(i) == Some(&b'>')).then(|| {
                (
                    Tag::End {
                        name: &html[s + 2..e],
                    },
                    i + 1,
                )
            })
        }
        c if c.is_ascii_alphabetic() => {
            let e = name_end(s + 1);
            let name = &html[s + 1..e];
            let mut marked = false;
            let mut i = e;
            loop {
                let after = skip_space(i);
                match b.get(after)? {
                    b'>' => {
                        return Some((
                            Tag::Start {
                                name,
                                closed: false,
                                marked,
                            },
                            after + 1,
                        ));
                    }
                    b'/' if b.get(after + 1) == Some(&b'>') => {
                        return Some((
                            Tag::Start {
                                name,
                                closed: true,
                                marked,
                            },
                            after + 2,
                        ));
                    }
                    _ if after == i => return None, // no space before an attribute
                    _ => {}
                }
                let n = after;
                i = n;
                while i < b.len()
                    && !b[i].is_ascii_whitespace()
                    && !matches!(b[i], b'=' | b'>' | b'/' | b'"' | b'\'' | b'<')
                {
                    i += 1;
                }
                if i == n {
                    return None;
                }
                marked |= html[n..i].eq_ignore_ascii_case(MARK);
                let eq = skip_space(i);
                if b.get(eq) == Some(&b'=') {
                    let v = skip_space(eq + 1);
                    i = match b.get(v)? {
                        q @ (b'"' | b'\'') => v + 1 + memchr::memchr(*q, &b[v + 1..])? + 1,
                        _ => {
                            let mut j = v;
                            while j < b.len() && !b[j].is_ascii_whitespace() && b[j] != b'>' {
                                if matches!(b[j], b'"' | b'\'' | b'<' | b'=' | b'`') {
                                    return None;
                                }
                                j += 1;
                            }
                            if j == v {
                                return None;
                            }
                            j
                        }
                    };
                }
            }
        }
        // `</` or `<?` before anything else starts a bogus comment, left to lol_html.
        b'/' | b'?' => None,
        // `<` before anything else is text.
        _ => Some((Tag::Other, s + 1)),
    }
}

/// `html` without its elements marked `data-pagefind-ignore` and what they hold, or `None` if
/// the markup is not read with certainty by this pass (then lol_html cuts).
pub(super) fn cut(html: &str) -> Option<String> {
    let mut out = String::with_capacity(html.len());
    let (mut copied, mut at) = (0, 0);
    while let Some(k) = memchr::memchr(b'<', &html.as_bytes()[at..]) {
        let s = at + k;
        let (t, end) = tag(html, s)?;
        at = end;
        let Tag::Start {
            name,
            closed,
            marked,
        } = t
        else {
            continue;
        };
        let kind = kind(name);
        if kind == Kind::NotMarkup {
            return None;
        }
        if kind == Kind::Svg {
            // lol_html reads what follows `<svg/>` as SVG.
            if closed {
                return None;
            }
            // Read to its end: SVG is not read as HTML (no void elements), and a mark inside it
            // is left to lol_html.
            at = subtree_end(html, end, name, marked)?;
        } else if marked && kind != Kind::Void {
            // `/>` does not close an HTML element: left to lol_html.
            if closed {
                return None;
            }
            at = subtree_end(html, end, name, true)?;
        }
        if marked {
            out.push_str(&html[copied..s]);
            copied = at;
        }
    }
    // A `<` at the very end, or a comment not closed, was not read: `tag` gave `None` above.
    out.push_str(&html[copied..]);
    Some(out)
}

/// Whether `name` is one of `names` (lower-case), in any case.
fn is_one_of(names: &[&str], name: &str) -> bool {
    names.iter().any(|n| n.eq_ignore_ascii_case(name))
}

/// The SVG elements this pass reads inside an `<svg>` (a chart's): any other is left to
/// lol_html, as are the HTML elements that would end the SVG in a browser.
const SVG: &[&str] = &[
    "svg", "g", "rect", "text", "tspan", "title", "desc", "line", "path", "circle", "ellipse",
    "polyline", "polygon", "defs", "use", "symbol",
];

/// The index after the end tag of the element `name` whose start tag ends at `from`, every
/// element inside it closed in order (void HTML elements aside, and SVG elements closed by
/// `/>`), else `None`. A marked element inside gives `None` unless `marks` (inside a marked
/// element, where everything goes).
fn subtree_end(html: &str, from: usize, name: &str, marks: bool) -> Option<usize> {
    let mut open: Vec<&str> = vec![name];
    // How many of the open elements are `<svg>`.
    let mut svg = usize::from(name.eq_ignore_ascii_case("svg"));
    let mut at = from;
    while let Some(k) = memchr::memchr(b'<', &html.as_bytes()[at..]) {
        let (t, end) = tag(html, at + k)?;
        at = end;
        match t {
            Tag::Start {
                name,
                closed,
                marked,
            } => {
                if marked && !marks {
                    return None;
                }
                if svg > 0 {
                    // Text only in a title or a description: its markup would be HTML.
                    if is_one_of(&["title", "desc"], open.last()?) || !is_one_of(SVG, name) {
                        return None;
                    }
                    if name.eq_ignore_ascii_case("svg") && closed {
                        return None;
                    }
                    if !closed {
                        open.push(name);
                        svg += usize::from(name.eq_ignore_ascii_case("svg"));
                    }
                } else {
                    let kind = kind(name);
                    let void = kind == Kind::Void;
                    if kind == Kind::NotMarkup || (closed && !void) {
                        return None;
                    }
                    if !void {
                        open.push(name);
                        svg += usize::from(kind == Kind::Svg);
                    }
                }
            }
            Tag::End { name } => {
                let top = open.pop()?;
                if !top.eq_ignore_ascii_case(name) {
                    return None;
                }
                svg -= usize::from(top.eq_ignore_ascii_case("svg"));
                if open.is_empty() {
                    return Some(at);
                }
            }
            Tag::Other => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::cut;

    /// What lol_html gives (the reference), and what this pass gives when it reads the markup.
    fn both(html: &str) -> (String, Option<String>) {
        (
            super::super::without_ignored_by_lol_html(html).into_owned(),
            cut(html),
        )
    }

    #[test]
    fn the_cut_gives_what_lol_html_gives() {
        for html in [
            "<main data-pagefind-body><h1>Torture</h1>\
             <table data-pagefind-ignore><tr><td>CAT <b>ratified</b></td></tr></table>\
             <div data-pagefind-ignore=\"all\"><ol><li>nested <span data-pagefind-ignore>twice</span></li></ol></div>\
             <p>prevention<br>kept</p><img alt=\"\" src=\"a.png\"><p data-pagefind-ignore-not=\"x\">other</p></main>",
            // Same-named elements nested; void and self-closed elements inside and marked.
            "<div><div data-pagefind-ignore><div>a<br><img src=x></div><hr/></div>b</div>",
            "<p>a<img data-pagefind-ignore src=\"x.png\">b<br data-pagefind-ignore/>c</p>",
            "<param data-pagefind-ignore>x</param>y<keygen data-pagefind-ignore>z",
            // A chart: SVG, its title and self-closed shapes.
            "<div data-pagefind-ignore><svg viewBox=\"0 0 1 1\"><title>Status</title><rect x=\"0\"/>\
             <g><text>1</text></g></svg></div><p>kept</p>",
            // The mark as text, in another attribute's value, in a comment, in capitals.
            "<p title=\"data-pagefind-ignore\">data-pagefind-ignore</p><!-- <p data-pagefind-ignore> -->",
            "<P DATA-PAGEFIND-IGNORE class='x'>gone</P><p data-pagefind-ignore>too</p><p>1 > 0</p>",
            "<dl><dt data-pagefind-ignore>Date</dt><dd>2024</dd></dl><!DOCTYPE html>",
            "<span data-pagefind-ignore = 'all' >x</span><a href=a.html data-pagefind-ignore>y</a>z",
            "a < b <p data-pagefind-ignore>c</p>",
        ] {
            let (reference, fast) = both(html);
            assert_eq!(fast.as_deref(), Some(reference.as_str()), "{html}");
        }
    }

    #[test]
    fn an_element_is_known_by_its_name_in_any_case() {
        use super::{Kind, kind};
        // lol_html's void elements: HTML's and four obsolete ones.
        for name in [
            "area", "base", "basefont", "bgsound", "br", "col", "embed", "hr", "img", "input",
            "keygen", "link", "meta", "param", "source", "track", "wbr", "BR", "Img", "bAsEfOnT",
        ] {
            assert_eq!(kind(name), Kind::Void, "{name}");
        }
        for name in [
            "script",
            "style",
            "textarea",
            "xmp",
            "iframe",
            "noembed",
            "noframes",
            "noscript",
            "plaintext",
            "template",
            "select",
            "frameset",
            "title",
            "math",
            "SCRIPT",
            "PlainText",
        ] {
            assert_eq!(kind(name), Kind::NotMarkup, "{name}");
        }
        assert_eq!(kind("svg"), Kind::Svg);
        assert_eq!(kind("SVG"), Kind::Svg);
        // Names that only begin or end like a listed one, longer than any, or empty.
        for name in [
            "",
            "b",
            "brr",
            "titles",
            "plaintexts",
            "blockquote",
            "scrip",
            "svgx",
            "a-br",
            "col2",
        ] {
            assert_eq!(kind(name), Kind::Other, "{name}");
        }
    }

    #[test]
    fn markup_the_cut_does_not_read_goes_to_lol_html() {
        for html in [
            // An element left open inside a marked one, or closed out of order.
            "<div data-pagefind-ignore><p>open</div><p>after</p>",
            "<div data-pagefind-ignore><b><i>x</b></i></div>",
            // A marked element never closed.
            "<div data-pagefind-ignore>to the end",
            // Script, style, a title outside SVG, CDATA, a comment not closed.
            "<p data-pagefind-ignore>a</p><script>if (a<b) {}</script>",
            "<div data-pagefind-ignore><title>x</title></div>",
            "<p>a</p><![CDATA[x]]>",
            "<p>a</p><!-- not closed",
            "<!--><p data-pagefind-ignore>x</p><!-- c -->",
            "<!-- a --!><p data-pagefind-ignore>x</p>-->",
            // A start tag this pass does not read: `<` in a value without quotes, no space.
            "<p data-pagefind-ignore title=a<b>x</p>",
            "<p class=\"a\"data-pagefind-ignore>x</p>",
            "<p data-pagefind-ignore",
            // A mark inside SVG, an element SVG does not have, `/>` on an HTML element.
            "<svg><g><text data-pagefind-ignore>x</text></g></svg>",
            "<svg><img src=x.png></svg><p data-pagefind-ignore>y</p>",
            "<div data-pagefind-ignore/>x</div>",
            // Found in review: obsolete void elements are read as lol_html reads them; after
            // `<svg/>` lol_html reads SVG; after `<select>` or `<frameset>` and a `<title>` it
            // gives up on the page.
            "<svg/><link data-pagefind-ignore>x</link>y",
            "<svg><svg/></svg><input data-pagefind-ignore>x</input>y",
            "<select><svg><title>x</title></svg></select><p data-pagefind-ignore>y</p>z",
            "<frameset><svg><title>x</title></svg><p data-pagefind-ignore>y</p>z",
            // Bogus comments.
            "</ <p data-pagefind-ignore>x</p>",
            "<?x <p data-pagefind-ignore>?>y</p>",
        ] {
            assert_eq!(cut(html), None, "{html}");
        }
        // Nothing to read with certainty is needed where there is no mark to cut: the caller
        // sends such pages through as they are without calling the cut.
    }
}
