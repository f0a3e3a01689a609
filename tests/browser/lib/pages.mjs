// The pages the browser suite tests: at least one page of every page kind in every language.
// Paths are relative to the root of the built site (docs/cli.md, "Output layout").

export const LANGS = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];
export const RTL_LANGS = new Set(['ar']);

// [kind, path inside <lang>/, why this one]
export const KINDS = [
  ['home', 'index.html', 'headline figures, status and mechanism tables'],
  ['recommendation list', 'recommendations/index.html', 'first of 14 list pages, with pagination'],
  ['recommendation', 'recommendations/uhri-1313c55e.html', 'official text in all six languages'],
  ['recommendation', 'recommendations/svn-upr4-140-7.html', 'text falls back to English, with a visible note'],
  ['recommendation', 'recommendations/svn-upr4-140-19.html', 'three illustrative updates: statuses, timeline, evidence'],
  ['state list', 'states/index.html', '198 states, sorted by the language\'s collation'],
  ['state', 'states/bhr.html', 'six-language recommendations, ratifications, reservations'],
  ['state', 'states/svn.html', 'dashboard, latest recommendations, ratifications'],
  ['treaty list', 'treaties/index.html', 'the 18 instruments'],
  ['treaty', 'treaties/crpd.html', 'parties, signatories, reservations and declarations'],
  ['ratification matrix', 'ratifications.html', '197 states x 18 instruments in a scroll region'],
  ['narrative page', 'pages/about.html', 'Markdown page in six languages'],
  ['search', 'search.html', 'full-text search (Pagefind), before any query'],
  ['filter', 'recommendations/filter.html', 'facet filter: links without JavaScript, combined facets with it'],
  ['state × position', 'states/svn/supported/index.html', 'a pre-rendered facet combination'],
  ['browse', 'browse.html', 'every taxonomy with its number of terms'],
  ['taxonomy', 'themes/index.html', 'terms with counts, English fallback labels'],
  ['taxonomy', 'sdgs/index.html', 'goals with their targets'],
  ['term', 'positions/supported/index.html', 'first of several pages'],
  ['term', 'sdgs/16/index.html', 'a goal with narrower targets'],
  ['state recommendations', 'states/svn/index.html', 'a state\'s list, 50 per page'],
  ['fact sheet', 'factsheets/states/svn.html', 'state fact sheet, printable'],
  ['fact sheet', 'factsheets/treaties/crpd.html', 'instrument fact sheet: 197 states'],
  ['matrix group', 'ratifications/eeg.html', 'the matrix of one regional group'],
];

/** Every tested page: { path, lang, kind, rtl }. The two root pages come first. */
export function allPages() {
  const pages = [
    { path: 'index.html', lang: null, kind: 'language chooser', rtl: false },
    { path: '404.html', lang: null, kind: 'not-found page (six languages)', rtl: false },
  ];
  for (const lang of LANGS) {
    for (const [kind, rel] of KINDS) {
      pages.push({ path: `${lang}/${rel}`, lang, kind, rtl: RTL_LANGS.has(lang) });
    }
  }
  return pages;
}

/** Smaller pages, for checks that walk every focusable element or compare many boxes. */
export const LIGHT_KINDS = new Set([
  'index.html',
  'recommendations/uhri-1313c55e.html',
  'recommendations/svn-upr4-140-19.html',
  'treaties/index.html',
  'pages/about.html',
]);

export function lightPages() {
  return allPages().filter((p) => p.lang === null || LIGHT_KINDS.has(p.path.slice(p.lang.length + 1)));
}
