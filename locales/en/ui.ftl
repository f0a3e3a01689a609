# suivi: user-interface strings (English). Every language has the same message ids.
# Arguments: $count and other numbers select plural forms; $language is a language name.

## Page frame
skip-to-content = Skip to main content
language-switcher = Languages
main-navigation = Main navigation
footer-generated = Published with suivi. Texts of recommendations are official UN texts where marked; see each record's source.
choose-language = Choose a language
nav-home = Home
nav-recommendations = Recommendations
nav-states = States
nav-treaties = Treaties
nav-ratifications = Ratification status
pagination = Pages
pagination-page = Page { $page }
# Between page links that are not shown (1 2 3 … 40).
pagination-gap = …

## Languages (used in fallback notes)
language-ar = Arabic
language-zh = Chinese
language-en = English
language-fr = French
language-ru = Russian
language-es = Spanish
fallback-note = (not available in this language; shown in { $language })
title-unverified = (title not yet verified against the UN Treaty Collection)

## Home page
home-figures = Key figures
figure-recommendations = { $count ->
    [one] recommendation
   *[other] recommendations
}
figure-states-reviewed = { $count ->
    [one] state concerned
   *[other] states concerned
}
figure-updates = { $count ->
    [one] implementation update
   *[other] implementation updates
}
figure-parties = { $count ->
    [one] treaty ratification or accession recorded
   *[other] treaty ratifications and accessions recorded
}
figure-reservations = { $count ->
    [one] reservation or declaration
   *[other] reservations and declarations
}
home-by-position = Recommendations by the state's response
home-by-status = Recommendations by current implementation status
home-by-status-note = The latest assessment from any assessor; recommendations without one count as "no information".
home-by-mechanism = Recommendations by mechanism
home-recent-updates = Latest implementation updates
column-count = Number
ratifications-as-of = Ratification data as of { $date }
as-of = as of { $date }

## Recommendations
recommendations-title = Recommendations
recommendations-title-page = Recommendations, page { $page } of { $pages }
recommendations-range = Recommendations { $first } to { $last } of { $total }
rec-title = { $document }, para. { $paragraph }
rec-details = Details
rec-archived = This recommendation is archived.
rec-unofficial = This text is an unofficial translation.
rec-current-status = Current implementation status
rec-timeline = Implementation updates
rec-no-updates = No implementation update has been published for this recommendation.
rec-related = Related recommendations
update-example = Illustrative example, not a real assessment
update-evidence = Evidence
position-source = response given in { $document }
position-source-ref = response given in { $document }, para. { $paragraph }

## Fields
field-state = State
field-mechanism = Mechanism
field-document = Document
field-date = Date
field-upr-cycle = UPR cycle
field-upr-session = UPR session
field-recommending-states = { $count ->
    [one] Recommending state
   *[other] Recommending states
}
field-position = Response of the state
field-themes = Themes
field-affected-persons = Affected persons
field-sdg-goals = Sustainable Development Goals
sdg-goal-number = Goal { $number }
field-sdg-targets = SDG targets
field-responsible = Responsible institutions
field-uhri-id = Universal Human Rights Index id
field-source = Source
field-status = Status
field-assessor = Assessor
field-formal-name = Formal name
field-iso-code = ISO code
field-membership = United Nations membership
field-regional-group = Regional group
field-instrument = Instrument
field-ratification-status = Status
field-signature = Signature
field-consent = Ratification, accession or succession
field-articles = Articles
field-parent-treaty = Protocol to
field-adopted = Adopted
field-entry-into-force = Entry into force
field-monitoring-body = Monitoring body

## States
states-title = States
states-caption = { $count ->
    [one] One state with recommendations or ratification data
   *[other] { $count } states with recommendations or ratification data
}
column-recommendations = Recommendations
column-instruments-ratified = Instruments ratified (of { $total })
state-recommendations = { $count ->
    [0] No recommendations
    [one] One recommendation
   *[other] { $count } recommendations
}
state-no-recommendations = This site has no recommendations to this state.
state-ratifications = Ratification of the international human rights instruments
state-reservations = Reservations and declarations

## Treaties
treaties-title = International human rights instruments
column-parties = States parties
column-signatories = Signatories
column-reservations = Reservations and declarations
untc-link = United Nations Treaty Collection
treaty-parties = { $count ->
    [one] One state party
   *[other] { $count } states parties
}
treaty-signatories = { $count ->
    [0] No signatories that are not parties
    [one] One signatory that is not a party
   *[other] { $count } signatories that are not parties
}
treaty-reservations = { $count ->
    [0] No reservations or declarations
    [one] One text of reservations or declarations
   *[other] { $count } texts of reservations and declarations
}
reservation-withdrawn-on = withdrawn on { $date }

## Ratification matrix
matrix-title = Ratification status by state and instrument
matrix-caption = States (rows) by instrument (columns)
matrix-legend = A year means the state is a party since that year; "s" means signed but not ratified; "–" means no action; "?" means no information.

## Feeds
feed-title = Implementation updates: { $site }
feed-state-title = Implementation updates: { $state }
feed-entry-title = { $status }: { $recommendation }
feed-link = Atom feed of implementation updates

## Page not found
not-found-title = Page not found
not-found-text = There is no page at this address.
not-found-home = Go to the home page

## Open data
open-data = Open data
download-csv = CSV
download-json = JSON
download-zip = all data (zip)
download-recommendations = Recommendations:
download-ratifications = Ratification status:
download-reservations = Reservations and declarations:

## Search
nav-search = Search
search-title = Search
search-label = Search recommendations, states, treaties and pages
search-button = Search
search-hint = Results appear as you type: a word, a name or an abbreviation such as { $example }.
search-needs-js = Search needs JavaScript, which is turned off or did not load. You can browse instead:
search-error = The search index could not be loaded.
search-empty = No results.
search-more = Show more results
search-results = { $count ->
    [one] { $count } result
   *[other] { $count } results
}
search-kind-recommendation = Recommendation
search-kind-state = State
search-kind-treaty = Treaty
search-kind-page = Page
## Dashboards, browsing, fact sheets and the matrix's filters
nav-browse = Browse
dashboard-title = Dashboard
browse-link = Browse recommendations by theme, SDG, mechanism, cycle, response and status
column-share = Share
column-total = Total
column-term = Term
chart-percent = { $percent }%
chart-summary-item = { $label }: { $count } ({ $percent })
chart-summary = { $total } in all. { $items }.
list-separator = {"; "}
chart-status-title = Current implementation status according to: { $assessor }
chart-cycle-title = UPR recommendations by cycle
upr-cycle-name = UPR cycle { $cycle }
upr-session-name = UPR session { $session }
sdg-goal-name = Goal { $goal }: { $title }
state-all-recommendations = { $count ->
    [one] The recommendation, in full
   *[other] All { $count } recommendations, 50 per page
}
state-latest-recommendations = Latest recommendations
treaty-no-action = { $count ->
    [0] No state without action
    [one] { $count } state that has neither signed nor ratified
   *[other] { $count } states that have neither signed nor ratified
}
browse-title = Browse recommendations
browse-intro = Every way to browse the recommendations, each with a page per term. These pages work without { $tech } and keep their addresses from one build to the next.
term-count = { $count ->
    [one] { $count } term
   *[other] { $count } terms
}
term-count-recommendations = { $count ->
    [one] { $count } recommendation
   *[other] { $count } recommendations
}
term-title-page = { $term }, page { $page } of { $pages }
term-status-note = A recommendation is listed under a status when that is the current status according to at least one assessor.
term-state-profile = State profile: ratifications, reservations and dashboard
term-narrower = SDG targets under this goal
taxonomy-states = States
taxonomy-states-description = The recommendations received by each state.
taxonomy-mechanisms = Mechanisms
taxonomy-mechanisms-description = The Universal Periodic Review, the treaty bodies and the special procedures.
taxonomy-cycles = UPR cycles
taxonomy-cycles-description = The cycles of the Universal Periodic Review.
taxonomy-sessions = UPR sessions
taxonomy-sessions-description = The sessions of the UPR Working Group.
taxonomy-positions = Responses of the state
taxonomy-positions-description = Whether the state supported or noted each UPR recommendation.
taxonomy-statuses = Implementation status
taxonomy-statuses-description = The current implementation status of each recommendation.
taxonomy-themes = Themes
taxonomy-themes-description = The human rights themes of the Universal Human Rights Index.
taxonomy-persons = Affected persons
taxonomy-persons-description = The groups of persons each recommendation concerns.
taxonomy-sdgs = Sustainable Development Goals
taxonomy-sdgs-description = The SDG goals and targets each recommendation is linked to.
taxonomy-institutions = Responsible institutions
taxonomy-institutions-description = The institutions responsible for implementing each recommendation.
taxonomy-clusters = Clusters
taxonomy-clusters-description = Groups of related recommendations, as the site defines them.
factsheet-link = Printable fact sheet
factsheet-eyebrow = Ratification fact sheet
factsheet-no-date = The date of the ratification data is not known.
factsheet-back-state = State page
factsheet-back-treaty = Instrument page
factsheet-print-hint = Print this page or save it as PDF from your browser.
factsheet-state-title = Ratification fact sheet: { $state }
factsheet-treaty-title = Ratification fact sheet: { $treaty }
factsheet-state-summary = Party to { $parties } of the { $total } instruments; signatory, not yet party, to { $signatories }.
factsheet-treaty-summary = Of { $states } states: { $parties } parties, { $signatories } signatories not yet party, { $none } without action.
factsheet-instruments-caption = Status under the international human rights instruments
factsheet-states-caption = Status of each state
field-procedures = Complaints and inquiry procedures
procedure-article = art. { $article }
procedures-none = none recorded
factsheet-procedures-note = Acceptance of individual complaints and inquiry procedures is shown where the data records it.
factsheet-objections-made = { $count ->
    [one] { $count } objection made by this state
   *[other] { $count } objections made by this state
}
factsheet-objections-received = { $count ->
    [one] { $count } objection by other states
   *[other] { $count } objections by other states
}
factsheet-withdrawals = { $count ->
    [one] { $count } withdrawal
   *[other] { $count } withdrawals
}
matrix-title-group = Ratification status: { $group }
matrix-all-states = All states
matrix-filter-groups = Filter by regional group
matrix-filter-name = State name or ISO code
matrix-filter-instrument = Instrument
matrix-filter-status = Status under that instrument
matrix-filter-any = Any instrument
matrix-filter-not-party = Not a party
matrix-shown = States shown: { $shown } of { $total }
matrix-sort-hint = Sort by this column
chart-example-note = These counts include illustrative example updates.

## Filter
filter-title = Filter recommendations
filter-intro-js = Choose values in one or more lists: the recommendations that match all of them are counted and listed at once.
filter-intro-nojs = Each link below lists the recommendations with one value. Filtering by several values at once needs JavaScript; the recommendations of a state by position are on each state's recommendations page.
filter-all = All
filter-clear = Clear filters
filter-apply = Show the matching recommendations
filter-error = The filter index could not be loaded.
filter-count = { $count ->
    [one] { $count } recommendation matches
   *[other] { $count } recommendations match
}
filter-state-position = { $state }: { $position }
filter-by-position = By position
filter-link = Filter recommendations by several facets
