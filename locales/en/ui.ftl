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
search-hint = Results appear as you type.
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
