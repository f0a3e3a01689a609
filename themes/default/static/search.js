// suivi search page: runs Pagefind's search (pagefind/pagefind.js, same origin) and shows the
// results. Every string shown comes from the page's data- attributes, rendered from the Fluent
// files. Without JavaScript, or if the index cannot load, the page keeps its message and links
// to the browse pages.
const box = document.getElementById("search");
const nojs = document.getElementById("search-nojs");
const form = box.querySelector("form");
const input = document.getElementById("search-input");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const more = document.getElementById("search-more");
const lang = document.documentElement.lang;
const PAGE = 20;

const plural = new Intl.PluralRules(lang);
// Latin digits, as on the rest of the site (docs: `-u-nu-latn`).
const number = new Intl.NumberFormat(lang + "-u-nu-latn");

// "{n} results" in the right plural form for n.
function countText(n) {
  const d = box.dataset;
  const key = "results" + plural.select(n).replace(/^./, (c) => c.toUpperCase());
  const template = d[key] || d.resultsOther || "{n}";
  return template.replace("{n}", number.format(n));
}

// The excerpt as text and <mark> elements only, whatever Pagefind returns.
function excerpt(html) {
  const tpl = document.createElement("template");
  tpl.innerHTML = html;
  const out = document.createDocumentFragment();
  for (const node of tpl.content.childNodes) {
    if (node.nodeName === "MARK") {
      const m = document.createElement("mark");
      m.textContent = node.textContent;
      out.append(m);
    } else {
      out.append(document.createTextNode(node.textContent));
    }
  }
  return out;
}

let pagefind = null;
let results = [];
let shown = 0;
let seq = 0;

async function showMore() {
  const slice = results.slice(shown, shown + PAGE);
  const first = shown;
  shown += slice.length;
  const data = await Promise.all(slice.map((r) => r.data()));
  data.forEach((d, i) => {
    const li = document.createElement("li");
    const h = document.createElement("h2");
    const a = document.createElement("a");
    a.href = d.url;
    a.textContent = (d.meta && d.meta.title) || d.url;
    h.append(a);
    li.append(h);
    if (d.meta && d.meta.kind) {
      const k = document.createElement("p");
      k.className = "search-kind";
      k.textContent = d.meta.kind;
      li.append(k);
    }
    const p = document.createElement("p");
    p.className = "search-excerpt";
    p.append(excerpt(d.excerpt || ""));
    li.append(p);
    list.append(li);
    // Keyboard users who asked for more land on the first new result.
    if (first > 0 && i === 0) {
      a.focus();
    }
  });
  more.hidden = shown >= results.length;
}

async function run(query) {
  const mine = ++seq;
  const q = query.trim();
  const url = new URL(window.location.href);
  if (q) {
    url.searchParams.set("q", q);
  } else {
    url.searchParams.delete("q");
  }
  history.replaceState(null, "", url);
  list.replaceChildren();
  more.hidden = true;
  if (!q) {
    status.textContent = "";
    return;
  }
  const found = await pagefind.search(q);
  if (mine !== seq) {
    return;
  }
  results = found ? found.results : [];
  shown = 0;
  status.textContent = results.length ? countText(results.length) : box.dataset.empty;
  await showMore();
}

async function start() {
  const note = document.getElementById("search-nojs-text");
  try {
    // Resolved against the page, not this script.
    pagefind = await import(new URL(box.dataset.bundle, document.baseURI).href);
    await pagefind.options({ excerptLength: 30 });
    await pagefind.init();
  } catch (e) {
    note.textContent = box.dataset.error + " " + note.textContent;
    return;
  }
  nojs.hidden = true;
  box.hidden = false;
  let timer = null;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => run(input.value), 300);
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    clearTimeout(timer);
    run(input.value);
  });
  more.addEventListener("click", () => showMore());
  const q = new URL(window.location.href).searchParams.get("q");
  if (q) {
    input.value = q;
    await run(q);
  }
}

start();
