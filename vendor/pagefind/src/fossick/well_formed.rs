//! suivi patch (change 14): a page read in one pass over its bytes, giving what `DomParser` gives,
//! for well-formed markup only: every element closed by its own end tag in order, void elements,
//! attributes, comments and a doctype. lol_html's parse (tokeniser, selector matching,
//! handlers sharing their nodes through `Rc<RefCell<_>>`) was about 15 % of the CPU time of a
//! build of suivi's 10,000-recommendation site with search, most of it for markup this reader
//! takes in a single scan.
//!
//! The reader follows `DomParser`'s rules step by step (the same node statuses, anchors, weights,
//! filters, metadata, sentence ends and spaces), with the default root selector (`html`) and no
//! exclusion selector of the user's. Whatever it cannot read with certainty gives `None`, and the
//! page goes to `DomParser`: markup that is not well formed (an end tag that is not the last open
//! element's, an element left open, a `/>` on an element that has content, an attribute value
//! HTML calls a parse error, a `<` that starts no tag), the elements whose content is not markup
//! (`<script>`, `<style>`, `<title>`, `<textarea>`, …), SVG and MathML, `<link>`, a carriage
//! return or NUL byte, an attribute value that starts with a byte-order mark (lol_html drops
//! it), `data-pagefind-index-attrs` and a `data-pagefind-ignore` value Pagefind warns about.
//! What the parser does once the page is read (`DomParserData::finish`) is shared. The tests in this file compare both parsers on the markup of Pagefind's own
//! parser tests and more; suivi compares them on every page of its example.

use super::normalize_content;
use super::parser::{
    attribute_pair, parse_attr_string_with, DomParserData as Data, DomParserResult, NodeStatus,
    ALL_SPACES, INLINE_SELECTORS, REMOVE_SELECTORS, SENTENCE_CHARS, SENTENCE_SELECTORS,
    SPACE_SELECTORS,
};
use crate::SearchOptions;

/// Elements without content or end tag: lol_html's list (HTML's, and four obsolete ones).
const VOID: &[&str] = &[
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "hr", "img", "input", "keygen",
    "link", "meta", "param", "source", "track", "wbr",
];

/// Elements this reader leaves to `DomParser`: content that is not markup (raw text, escapable
/// raw text), foreign content, and what `DomParser` looks at for other reasons (`<script>` and
/// `<link>` for old bundle references, `<head>`).
const DECLINED: &[&str] = &[
    "script",
    "style",
    "title",
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
    "svg",
    "math",
    "link",
    "head",
];

/// Whether `options` are those this reader knows how to follow.
pub(crate) fn applies(options: &SearchOptions) -> bool {
    options.root_selector == "html" && options.exclude_selectors.is_empty()
}

/// A node being read: `DomParsingNode` held on a stack rather than linked to its parent.
#[derive(Default)]
struct Node<'a> {
    tag: &'a str,
    value: String,
    filter: Option<Vec<String>>,
    sort: Option<Vec<String>>,
    meta: Option<Vec<String>>,
    default_meta: Option<Vec<String>>,
    weight: Option<&'a str>,
    anchor_ids: Option<Vec<String>>,
    status: NodeStatus,
}

impl Node<'_> {
    fn attribute_pair(&self, input: &str) -> Option<(String, String)> {
        attribute_pair(input, &self.value)
    }
}

/// The filters, sort keys and metadata a closed node gives (both of `DomParser`'s branches).
fn take_attributes_of(data: &mut Data, node: &Node) {
    for filter in node.filter.iter().flatten() {
        if let Some((name, value)) = node.attribute_pair(filter) {
            data.filters
                .entry(name)
                .or_default()
                .push(normalize_content(&value));
        }
    }
    for sort in node.sort.iter().flatten() {
        if let Some((name, value)) = node.attribute_pair(sort) {
            data.sort.insert(name, value);
        }
    }
    for meta in node.meta.iter().flatten() {
        if let Some((name, value)) = node.attribute_pair(meta) {
            data.meta.insert(name, value);
        }
    }
    for meta in node.default_meta.iter().flatten() {
        if let Some((name, value)) = node.attribute_pair(meta) {
            data.default_meta.insert(name, value);
        }
    }
}

/// A start tag's attributes, names lowercased, values as written: lol_html decodes no entity in
/// them (but drops a leading byte-order mark, which is why the reader declines a value that
/// starts with one).
type Attributes<'a> = Vec<(String, &'a str)>;

fn attribute<'a>(attributes: &Attributes<'a>, name: &str) -> Option<&'a str> {
    attributes
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| *v)
}

/// `parser::parse_attr_string` for a start tag read here.
fn parse_attr_string(input: &str, attributes: &Attributes) -> Vec<String> {
    parse_attr_string_with(input, &|name| {
        attribute(attributes, name).map(str::to_owned)
    })
}

fn ends_a_sentence(value: &str) -> bool {
    value
        .chars()
        .last()
        .is_some_and(|c| SENTENCE_CHARS.is_match(c.encode_utf8(&mut [0; 4])))
}

/// A tag read at a `<`.
enum Tag<'a> {
    Start {
        name: &'a str,
        attributes: Attributes<'a>,
        self_closing: bool,
    },
    End {
        name: &'a str,
    },
    /// A comment or a doctype.
    Skipped,
}

/// The tag at `s` (`html[s]` is `<`) and the index just after it, or `None` if this reader
/// cannot read it with certainty.
fn tag(html: &str, s: usize) -> Option<(Tag<'_>, usize)> {
    let b = html.as_bytes();
    let name_end = |from: usize| {
        let mut i = from;
        while i < b.len() && (b[i].is_ascii_lowercase() || b[i].is_ascii_digit() || b[i] == b'-') {
            i += 1;
        }
        i
    };
    let skip_space = |mut i: usize| {
        while i < b.len() && matches!(b[i], b' ' | b'\n' | b'\t') {
            i += 1;
        }
        i
    };
    match *b.get(s + 1)? {
        b'!' if html[s..].starts_with("<!--") => {
            // `<!-->`, `<!--->` and `--!>` end a comment too: left to lol_html.
            let body = &html[s + 4..];
            let close = body.find("-->")?;
            if body.starts_with('>') || body.starts_with("->") || body[..close].contains("--!>") {
                return None;
            }
            Some((Tag::Skipped, s + 4 + close + 3))
        }
        b'!' if b.len() >= s + 9 && b[s + 2..s + 9].eq_ignore_ascii_case(b"doctype") => {
            Some((Tag::Skipped, s + html[s..].find('>')? + 1))
        }
        b'/' if b.get(s + 2).is_some_and(u8::is_ascii_lowercase) => {
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
        c if c.is_ascii_lowercase() => {
            let e = name_end(s + 1);
            let name = &html[s + 1..e];
            let mut attributes = Vec::new();
            let mut i = e;
            loop {
                let after = skip_space(i);
                match *b.get(after)? {
                    b'>' => {
                        let start = Tag::Start {
                            name,
                            attributes,
                            self_closing: false,
                        };
                        return Some((start, after + 1));
                    }
                    b'/' if b.get(after + 1) == Some(&b'>') => {
                        let start = Tag::Start {
                            name,
                            attributes,
                            self_closing: true,
                        };
                        return Some((start, after + 2));
                    }
                    _ if after == i => return None, // no space before an attribute
                    _ => {}
                }
                let n = after;
                i = n;
                while i < b.len()
                    && !matches!(
                        b[i],
                        b' ' | b'\n' | b'\t' | b'=' | b'>' | b'/' | b'"' | b'\'' | b'<'
                    )
                {
                    i += 1;
                }
                if i == n || html[n..i].bytes().any(|c| !c.is_ascii() || c == 0x0C) {
                    return None;
                }
                let attribute_name = html[n..i].to_ascii_lowercase();
                let eq = skip_space(i);
                if b.get(eq) == Some(&b'=') {
                    let v = skip_space(eq + 1);
                    let quote = *b.get(v)?;
                    if quote == b'"' || quote == b'\'' {
                        let close = v + 1 + html[v + 1..].find(quote as char)?;
                        let value = &html[v + 1..close];
                        if value.starts_with('\u{FEFF}') {
                            return None; // lol_html's value drops it, as a byte-order mark
                        }
                        attributes.push((attribute_name, value));
                        i = close + 1;
                    } else {
                        // Unquoted: up to a space or the tag's end; what HTML calls a parse
                        // error in it (a quote, `<`, `=`, a backtick) is left to lol_html.
                        let mut e = v;
                        while e < b.len() && !matches!(b[e], b' ' | b'\n' | b'\t' | b'>') {
                            if matches!(b[e], b'"' | b'\'' | b'<' | b'=' | b'`' | 0x0C) {
                                return None;
                            }
                            e += 1;
                        }
                        if e == v || html[v..e].starts_with('\u{FEFF}') {
                            return None;
                        }
                        attributes.push((attribute_name, &html[v..e]));
                        i = e;
                    }
                } else {
                    attributes.push((attribute_name, ""));
                }
            }
        }
        _ => None,
    }
}

/// What `DomParser` gives for `html`, or `None` where this reader cannot be sure it gives the
/// same (see the module's comment). `options` must be those [`applies`] accepts.
pub(crate) fn parse(html: &str, options: &SearchOptions) -> Option<DomParserResult> {
    debug_assert!(applies(options));
    if html.bytes().any(|b| b == b'\r' || b == 0) {
        return None;
    }
    let mut data = Data::default();
    // The root node, then the open elements.
    let mut stack: Vec<Node> = vec![Node::default()];
    let mut anchor_counter = 0usize;
    let mut in_html = false;
    let mut html_closed = false;
    let mut i = 0;
    while i < html.len() {
        let Some(lt) = html[i..].find('<').map(|lt| i + lt) else {
            // Text after the last tag: only whitespace, outside `<html>`, is certain.
            if in_html || !html[i..].trim_ascii().is_empty() {
                return None;
            }
            break;
        };
        if lt > i {
            let text = &html[i..lt];
            if in_html {
                add_text(&mut stack, &mut data, text);
            } else if !text.trim_ascii().is_empty() {
                return None;
            }
        }
        let (tag, next) = tag(html, lt)?;
        i = next;
        match tag {
            Tag::Skipped => {}
            Tag::Start {
                name,
                attributes,
                self_closing,
            } => {
                let void = VOID.contains(&name);
                if DECLINED.contains(&name) || (self_closing && !void) {
                    return None;
                }
                let outside_html = !in_html && name != "html";
                let second_html = name == "html" && (in_html || html_closed);
                if outside_html || second_html || html_closed {
                    return None; // an element outside `<html>`, or a second `<html>`
                }
                if name == "html" {
                    in_html = true;
                    data.has_html_element = true;
                    if let Some(lang) = attribute(&attributes, "lang") {
                        data.language = Some(lang.to_lowercase());
                    }
                }
                let node = start(
                    name,
                    &attributes,
                    &mut stack,
                    &mut data,
                    &mut anchor_counter,
                )?;
                if void {
                    close_void(node, &attributes, &mut data);
                } else {
                    stack.push(node);
                }
            }
            Tag::End { name } => {
                if stack.len() < 2 || stack.last()?.tag != name {
                    return None;
                }
                let node = stack.pop()?;
                close(node, &mut stack, &mut data);
                if name == "html" {
                    in_html = false;
                    html_closed = true;
                }
            }
        }
    }
    if stack.len() != 1 || !html_closed {
        return None;
    }
    let root = stack.pop()?;
    Some(data.finish(&root.value, root.status == NodeStatus::ParentOfBody))
}

/// The text handler: text goes to the open element, and to the anchors it is part of.
fn add_text(stack: &mut [Node], data: &mut Data, text: &str) {
    let node = stack.last_mut().expect("the root node");
    node.value.push_str(text);
    let ignored = matches!(node.status, NodeStatus::Ignored | NodeStatus::Excluded);
    if !ignored {
        for anchor_id in node.anchor_ids.iter().flatten() {
            match data.anchor_content.get_mut(anchor_id) {
                Some(anchor_text) => anchor_text.push_str(text),
                None => {
                    data.anchor_content
                        .insert(anchor_id.clone(), text.to_string());
                }
            }
        }
    }
}

/// The root handler and the exclusions' handler for a start tag: the element's node (not yet on
/// the stack), after what it adds to its parent.
fn start<'a>(
    name: &'a str,
    attributes: &Attributes<'a>,
    stack: &mut [Node<'a>],
    data: &mut Data,
    anchor_counter: &mut usize,
) -> Option<Node<'a>> {
    let mut ignore_attr = None;
    let mut treat_as_body = false;
    let mut weight = None;
    let mut filter_attr = None;
    let mut id_attr = None;
    let mut title_attr = None;
    let mut meta_attr = None;
    let mut default_meta_attr = None;
    let mut sort_attr = None;
    for (attribute_name, value) in attributes {
        let slot = match attribute_name.as_str() {
            "data-pagefind-ignore" => &mut ignore_attr,
            "data-pagefind-body" => {
                treat_as_body = true;
                continue;
            }
            "data-pagefind-weight" => &mut weight,
            "data-pagefind-filter" => &mut filter_attr,
            "id" => &mut id_attr,
            "data-pagefind-title" => &mut title_attr,
            "data-pagefind-meta" => &mut meta_attr,
            "data-pagefind-default-meta" => &mut default_meta_attr,
            "data-pagefind-sort" => &mut sort_attr,
            "data-pagefind-index-attrs" => return None,
            _ => continue,
        };
        if slot.is_none() {
            *slot = Some(*value);
        }
    }
    let explicit_ignore = match ignore_attr.map(str::to_ascii_lowercase).as_deref() {
        None => None,
        Some("" | "index" | "true") => Some(NodeStatus::Ignored),
        Some("all") => Some(NodeStatus::Excluded),
        Some(_) => return None, // Pagefind warns about it
    };
    let status = if treat_as_body {
        NodeStatus::Body
    } else {
        explicit_ignore.unwrap_or(NodeStatus::Indexing)
    };
    let element_id = id_attr.map(|id| ALL_SPACES.replace_all(id, "").into_owned());
    let pagefind_title = title_attr
        .map(normalize_content)
        .filter(|title| !title.is_empty());

    let parent = stack.last_mut().expect("the root node");
    let mut anchor_id = None;
    if status != NodeStatus::Excluded && status != NodeStatus::Ignored {
        if let Some(element_id) = element_id {
            if !(parent.status == NodeStatus::ParentOfBody
                && status != NodeStatus::Body
                && status != NodeStatus::ParentOfBody)
            {
                parent.value.push_str(&format!(
                    " ___PAGEFIND_ANCHOR___{name}:{anchor_counter}:{element_id} "
                ));
                anchor_id = Some(format!("{anchor_counter}:{element_id}"));
                *anchor_counter += 1;
            }
        }
    }
    if let (Some(anchor_id), Some(title)) = (&anchor_id, pagefind_title) {
        data.anchor_titles.insert(anchor_id.clone(), title);
    }
    if status != NodeStatus::Excluded && SPACE_SELECTORS.contains(&name) {
        parent.value.push(' ');
    }
    let mut anchor_ids = if parent.anchor_ids.is_some() && INLINE_SELECTORS.contains(&name) {
        parent.anchor_ids.clone()
    } else {
        None
    };
    if let Some(anchor_id) = anchor_id {
        anchor_ids.get_or_insert_with(Vec::new).push(anchor_id);
    }
    let mut node = Node {
        tag: name,
        value: String::new(),
        filter: filter_attr.map(|a| parse_attr_string(a, attributes)),
        sort: sort_attr.map(|a| parse_attr_string(a, attributes)),
        meta: meta_attr.map(|a| parse_attr_string(a, attributes)),
        default_meta: default_meta_attr.map(|a| parse_attr_string(a, attributes)),
        weight,
        anchor_ids,
        status: match parent.status {
            NodeStatus::Excluded => NodeStatus::Excluded,
            _ => status,
        },
    };
    // The exclusions' handler (`html head, html style, …`), after the root handler: every
    // element but `<html>` (not in the list) is inside `<html>` here.
    if REMOVE_SELECTORS.contains(&name) {
        node.status = NodeStatus::Ignored;
    }
    Some(node)
}

/// `DomParser`'s branch for an element without content (its node is the current one only until
/// the same handler gives the place back to its parent).
fn close_void(node: Node, attributes: &Attributes, data: &mut Data) {
    if node.status == NodeStatus::Excluded {
        return;
    }
    take_attributes_of(data, &node);
    if node.tag == "img"
        && !data.meta.contains_key("auto_image")
        && (data.meta.contains_key("auto_title") || data.meta.contains_key("title"))
    {
        if let Some(src) = attribute(attributes, "src") {
            data.meta
                .insert("auto_image".into(), normalize_content(src));
            if let Some(alt) = attribute(attributes, "alt") {
                data.meta
                    .insert("auto_image_alt".into(), normalize_content(alt));
            }
        }
    }
}

/// `DomParser`'s end tag handler: the node's content goes to its parent (now the top of `stack`).
fn close(mut node: Node, stack: &mut [Node], data: &mut Data) {
    if node.status == NodeStatus::Excluded {
        return;
    }
    take_attributes_of(data, &node);
    if node.tag == "h1" && !data.meta.contains_key("auto_title") && !node.value.trim().is_empty() {
        data.meta
            .insert("auto_title".into(), normalize_content(&node.value));
    }
    if node.status == NodeStatus::Ignored {
        return;
    }
    if SENTENCE_SELECTORS.contains(&node.tag) {
        node.value.insert(0, ' ');
        if ends_a_sentence(&node.value) {
            node.value.push('.');
        }
        node.value.push(' ');
    }
    let auto_weight = match node.tag {
        "h1" => Some("7"),
        "h2" => Some("6"),
        "h3" => Some("5"),
        "h4" => Some("4"),
        "h5" => Some("3"),
        "h6" => Some("2"),
        _ => None,
    };
    if let Some(weight) = node.weight {
        node.value = [
            " ___PAGEFIND_WEIGHT___",
            weight,
            " ",
            &node.value,
            " ___END_PAGEFIND_WEIGHT___ ",
        ]
        .concat();
    } else if let Some(auto_weight) = auto_weight {
        node.value = [
            " ___PAGEFIND_AUTO_WEIGHT___",
            auto_weight,
            " ",
            &node.value,
            " ___END_PAGEFIND_WEIGHT___ ",
        ]
        .concat();
    }
    let parent = stack.last_mut().expect("the root node");
    if parent.status == NodeStatus::ParentOfBody
        && node.status != NodeStatus::Body
        && node.status != NodeStatus::ParentOfBody
    {
        return;
    }
    match node.status {
        NodeStatus::Ignored | NodeStatus::Excluded => {}
        NodeStatus::Indexing => parent.value.push_str(&node.value),
        NodeStatus::Body | NodeStatus::ParentOfBody => {
            if parent.status != NodeStatus::ParentOfBody {
                parent.value.clear();
            }
            parent.value.push_str(&node.value);
            parent.status = NodeStatus::ParentOfBody;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options() -> SearchOptions {
        super::super::tests::test_opts()
    }

    /// The reader reads `body` (inside `<html lang="FR"><body>`: the language is lowercased) and
    /// gives what `DomParser` gives.
    #[track_caller]
    fn same(body: &str) {
        let html = format!("<!DOCTYPE html>\n<html lang=\"FR\"><body>{body}</body></html>\n");
        match super::super::well_formed_reading(&html, &options()) {
            Some(Ok(())) => {}
            Some(Err(both)) => panic!("different results for {body:?}:\n{both}"),
            None => panic!("the reader declined {body:?}"),
        }
    }

    #[track_caller]
    fn declined(html: &str) {
        assert!(parse(html, &options()).is_none(), "read: {html:?}");
    }

    #[test]
    fn text_sentences_and_spaces() {
        same("<p>Hello world</p><p>Second</p>");
        same("<div><p>One.</p>Loose text<span>inline</span>  <b>bold</b></div>");
        same("<ul><li>one</li><li>two?</li><li>(three)</li></ul><table><tr><td>a</td><td>b</td></tr></table>");
        same("<p>Line<br>break<br/>again</p><p>a&amp;b &lt;c&gt; &#39;q&#39; &nbsp; d</p>");
        same("<section><article><h2>Title</h2><p>Text \u{2019}quoted\u{2019} 中文 العربية</p></article></section>");
        same("<p class=unquoted id=u>x</p><a href=/path/x.html>y</a><br class=z/>");
        same("<p>\n  spread\n\n over\tlines  \n</p>");
        same("");
        same("   ");
    }

    #[test]
    fn weights_and_headings() {
        same("<h1>Main title</h1><h2>Sub</h2><h3>x</h3><h4>y</h4><h5>z</h5><h6>w</h6>");
        same("<p data-pagefind-weight=\"2\">Weight two</p><h2 data-pagefind-weight='0.5'>Low</h2>");
        same("<h1></h1><h1>  </h1><h1>Second h1 is the title</h1><h1>Third</h1>");
        same("<div data-pagefind-weight=\"3\"><h2>Nested</h2> text</div>");
    }

    #[test]
    fn anchors() {
        same("<h2 id=\"first\">Heading</h2><p id=\"p one\">Para <span id=s>x</span></p>");
        same(
            "<div id=\"outer\"><a href=\"#\" id=\"in\">link <em>em</em></a> tail<p>block</p></div>",
        );
        same("<p id=\"x\" data-pagefind-title=\" Custom  title \">T</p><br id=\"b\">");
        same("<nav id=\"n\"><p id=\"inside\">hidden</p></nav><p id=\"after\">shown</p>");
        same("<main data-pagefind-body><h1 id=\"t\">In body</h1></main><p id=\"out\">outside</p>");
    }

    #[test]
    fn bodies_and_ignored_parts() {
        same("<p>before</p><main data-pagefind-body><h1>Title</h1><p>Kept</p></main><p>after</p>");
        same("<main data-pagefind-body><p>one</p></main><div data-pagefind-body><p>two</p></div>");
        same("<div><main data-pagefind-body><p>deep</p></main>side</div><footer>f</footer>");
        same("<p data-pagefind-ignore>gone</p><p data-pagefind-ignore=\"index\">gone too</p><p>kept</p>");
        same("<div data-pagefind-ignore=\"all\"><span data-pagefind-filter=\"f:v\">x</span></div>");
        same("<div data-pagefind-ignore><span data-pagefind-filter=\"f:v\">x</span><p id=\"a\">t</p></div>");
        same("<nav><a href=\"/\">Home</a></nav><form><label>L</label><input name=q></form><footer>F</footer>");
        same("<div data-pagefind-ignore=\"all\"><nav><p>x</p></nav></div><p>y</p>");
        same("<main data-pagefind-body><nav>n</nav><p>t</p><footer>f</footer></main>");
    }

    #[test]
    fn filters_meta_and_sort() {
        same("<p data-pagefind-filter=\"state\">Côte d&#39;Ivoire</p><span data-pagefind-filter=\"year:2024\"></span>");
        same("<p data-pagefind-filter=\"a:1, b:2\">x</p><p data-pagefind-filter=\"c\"></p>");
        same("<h1 data-pagefind-meta=\"title\">T</h1><div data-pagefind-meta=\"kind:rec, doc:A/HRC/59/15\">x</div>");
        same("<img src=\"/a.png\" alt=\"A\" data-pagefind-meta=\"image[src], image_alt[alt]\">");
        same("<div data-pagefind-default-meta=\"title:Default\" data-pagefind-sort=\"date:2024-01-02\">x</div>");
        same("<span data-pagefind-sort=\"weight[data-w]\" data-w=\"12\">s</span>");
        same("<div data-pagefind-meta=\"a:x:y\" data-pagefind-filter=\"b[data-b]:lit\" data-b=\"v\">m</div>");
        same("<h1>Title</h1><p>x</p><img src=\"/i.png\" alt=\"Pic\"><img src=\"/j.png\">");
        same("<img src=\"/before.png\"><h1>Title</h1>");
        same("<p data-pagefind-filter=\"f\" data-pagefind-filter=\"g\" id=\"one\" id=\"two\">dup</p>");
    }

    /// The markup of `parser.rs`'s tests `attributes_read_in_one_pass`, `return_metadata` (its
    /// body: `<head>` is declined) and `return_complex_metadata`, and metadata that sets
    /// `auto_page_title`, which `DomParser::wrap` turns into the title.
    #[test]
    fn markup_of_the_parsers_tests() {
        same(concat!(
            "<h2 ID='first' id='second' DATA-PAGEFIND-WEIGHT='3'>Heading</h2>",
            "<p Data-Pagefind-Ignore>Not this</p>",
            "<div data-pagefind-meta='kind:record' data-pagefind-meta='kind:other'",
            " data-pagefind-filter='state:Chile' data-pagefind-sort='date:2024'>",
            "Kept <span data-pagefind-ignore='all' data-pagefind-filter='state:Peru'>out</span>",
            "</div>",
        ));
        same(concat!(
            "<div data-pagefind-meta='type:post'></div>",
            "<h1 data-pagefind-meta='headline'>Hello World</h1>",
            "<div>This post is <span data-pagefind-meta='adj'>hella</span> good.</div>",
            "<img data-pagefind-meta='hero[src]' src='/huzzah.png'>",
        ));
        same(concat!(
            "<img data-pagefind-meta='cat[src], cat-alt[alt]' src='/cat.png' alt='cat pic'>",
            "<h1 class='why?' data-pagefind-meta='headline, classname[class]'>Hello World</h1>",
            "<div data-pagefind-meta='self[data-pagefind-meta], type:post'></div>",
            "<div data-pagefind-meta='incorrect:post, self[data-pagefind-meta]'></div>",
        ));
        same("<h1>Hello World</h1><img src='/cat.png?width=400&amp;format=webp' alt='Cat &amp; dog'>");
        same("<p data-pagefind-meta=\"auto_page_title:Hi\">x</p>");
        same("<h1>H</h1><p data-pagefind-meta=\"auto_page_title:Hi\">x</p>");
        same("<p data-pagefind-meta=\"auto_image:/a.png, auto_image_alt:A\">x</p>");
        same("<p-x>custom</p-x><h2-x id=\"c\">element</h2-x>");
    }

    #[test]
    fn comments_doctype_and_language() {
        same("<!-- a comment --><p>x<!-- inside --> y</p>");
        let html = "<!doctype html><html><body><p>no lang</p></body></html>";
        assert_eq!(
            super::super::well_formed_reading(html, &options()),
            Some(Ok(()))
        );
        let html = "<html lang=\"\"><body><p>empty lang</p></body></html>";
        assert_eq!(
            super::super::well_formed_reading(html, &options()),
            Some(Ok(()))
        );
        let html = "<html lang=\"zh-Hans\"><body><p>中文</p></body></html>";
        assert_eq!(
            super::super::well_formed_reading(html, &options()),
            Some(Ok(()))
        );
    }

    #[test]
    fn what_it_cannot_be_sure_of_is_declined() {
        let page = |body: &str| format!("<html><body>{body}</body></html>");
        for body in [
            "<p>unclosed",
            "<p>a</div>",
            "<div><p>a</div></p>",
            "<P>upper</P>",
            "<div/>",
            "<p class=un\"quoted>x</p>",
            "<p class=>x</p>",
            "<p class=\"a\"id=\"b\">x</p>",
            "<script>var a = '<p>';</script>",
            "<style>p{}</style>",
            "<title>t</title>",
            "<textarea><p></textarea>",
            "<svg><path/></svg>",
            "<link rel=\"stylesheet\" href=\"x.css\">",
            "<p>a < b</p>",
            "<p>carriage\r\nreturn</p>",
            "<![CDATA[x]]>",
            "<!--> odd comment -->",
            "<p data-pagefind-ignore=\"sometimes\">x</p>",
            "<p data-pagefind-index-attrs=\"title\" title=\"t\">x</p>",
            "</br>",
            "<p id=\"\u{FEFF}a\">byte-order mark</p>",
            "<p id=\u{FEFF}a>byte-order mark</p>",
            "<html><p>second html</p></html>",
        ] {
            declined(&page(body));
        }
        declined("<p>outside html</p>");
        declined("text<html><body></body></html>");
        declined("<html><body></body></html>trailing");
        declined("<html><body></body></html><p>after</p>");
        declined("<html><body>");
    }
}
