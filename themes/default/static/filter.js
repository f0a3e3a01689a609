// suivi filter page: combines facets on the client from the per-language facet index
// (recommendations/facets.json, same origin). Every string shown comes from the page (data-
// attributes and option labels rendered from the Fluent files). Without JavaScript, the page
// lists links to the one-facet pages instead, and this script never runs.
const form = document.getElementById("filter");
const nojs = document.getElementById("filter-nojs");
const status = document.getElementById("filter-status");
const list = document.getElementById("filter-results");
const more = document.getElementById("filter-more");
const selects = [...form.querySelectorAll("select[data-facet]")];
const lang = document.documentElement.lang;
const plural = new Intl.PluralRules(lang);
// Latin digits, as on the rest of the site (docs: `-u-nu-latn`).
const number = new Intl.NumberFormat(lang + "-u-nu-latn");
const PAGE = 50;
const FIRST = 3; // a row is [id, document, paragraph, facet terms…]

let index = null;
let matches = [];
let shown = 0;

function countText(n) {
  const d = form.dataset;
  const key = "count" + plural.select(n).replace(/^./, (c) => c.toUpperCase());
  return (d[key] || d.countOther || "{n}").replace("{n}", number.format(n));
}

// The chosen term of each facet (null: any).
function chosen() {
  return selects.map((s) => (s.value === "" ? null : Number(s.value)));
}

function matchesAll(row, picks, skip) {
  for (let f = 0; f < picks.length; f++) {
    if (f === skip || picks[f] === null) continue;
    if (!row[FIRST + f].includes(picks[f])) return false;
  }
  return true;
}

// The title, "document, paragraph" in the page's words, with the document symbol (and the
// paragraph number) isolated left-to-right, as on the rest of the site.
function title(row) {
  const ltr = (text) => {
    const b = document.createElement("bdi");
    b.dir = "ltr";
    b.textContent = text;
    return b;
  };
  const doc = index.documents[row[1]];
  const out = document.createDocumentFragment();
  if (!row[2]) {
    out.append(ltr(doc));
    return out;
  }
  for (const part of form.dataset.title.split(/(\{document\}|\{paragraph\})/)) {
    if (part === "{document}") out.append(ltr(doc));
    else if (part === "{paragraph}") out.append(ltr(row[2]));
    else if (part) out.append(part);
  }
  return out;
}

function showMore() {
  const first = shown;
  const slice = matches.slice(shown, shown + PAGE);
  shown += slice.length;
  slice.forEach((row, i) => {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = form.dataset.root + row[0] + ".html";
    a.append(title(row));
    li.append(a);
    // The state and, for the UPR, the position, from the index's labels.
    const parts = ["states", "positions"]
      .map((id) => index.facets.findIndex((f) => f.id === id))
      .map((f) => (f >= 0 && row[FIRST + f].length ? index.facets[f].terms[row[FIRST + f][0]][1] : null))
      .filter(Boolean);
    if (parts.length) li.append(" · " + parts.join(" · "));
    list.append(li);
    if (first > 0 && i === 0) a.focus();
  });
  more.hidden = shown >= matches.length;
}

function update() {
  const picks = chosen();
  matches = index.recommendations.filter((row) => matchesAll(row, picks, -1));
  // Each option shows how many recommendations it would leave, given the other facets.
  selects.forEach((s, f) => {
    const counts = new Map();
    for (const row of index.recommendations) {
      if (!matchesAll(row, picks, f)) continue;
      for (const t of row[FIRST + f]) counts.set(t, (counts.get(t) || 0) + 1);
    }
    for (const o of s.options) {
      if (o.value === "") continue;
      o.textContent = `${o.dataset.label} (${number.format(counts.get(Number(o.value)) || 0)})`;
    }
  });
  const params = new URLSearchParams();
  selects.forEach((s) => {
    if (s.value !== "") params.set(s.name, index.facets[Number(s.dataset.facet)].terms[Number(s.value)][0]);
  });
  const url = new URL(window.location.href);
  url.search = params.toString();
  history.replaceState(null, "", url);
  status.textContent = countText(matches.length);
  list.replaceChildren();
  shown = 0;
  showMore();
}

async function start() {
  try {
    const resp = await fetch(form.dataset.index);
    if (!resp.ok) throw new Error(String(resp.status));
    index = await resp.json();
  } catch (e) {
    const p = document.createElement("p");
    p.textContent = form.dataset.error;
    nojs.prepend(p);
    return;
  }
  // Facets given in the address (?states=svn&positions=supported) are selected.
  const params = new URLSearchParams(window.location.search);
  selects.forEach((s) => {
    const key = params.get(s.name);
    if (key === null) return;
    const i = index.facets[Number(s.dataset.facet)].terms.findIndex((t) => t[0] === key);
    if (i >= 0) s.value = String(i);
  });
  nojs.hidden = true;
  form.hidden = false;
  selects.forEach((s) => s.addEventListener("change", update));
  form.addEventListener("reset", () => setTimeout(update, 0));
  // The list updates at every change; the submit button is there for those who expect one.
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    update();
  });
  more.addEventListener("click", showMore);
  update();
}

start();
