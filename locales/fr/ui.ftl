# suivi : chaînes de l'interface utilisateur (français). Chaque langue a les mêmes identifiants de messages.
# suivi: user-interface strings (French). Every language has the same message ids.
# Arguments : $count et les autres nombres choisissent la forme du pluriel ; $language est un nom de langue.

## Cadre des pages
skip-to-content = Aller au contenu principal
language-switcher = Langues
main-navigation = Navigation principale
footer-generated = Publié avec suivi. Les textes des recommandations sont des textes officiels de l'ONU lorsque cela est indiqué ; voir la source de chaque fiche.
choose-language = Choisir une langue
nav-home = Accueil
nav-recommendations = Recommandations
nav-states = États
nav-treaties = Traités
nav-ratifications = État des ratifications
pagination = Pages
pagination-page = Page { $page }
# Between page links that are not shown (1 2 3 … 40).
pagination-gap = …

## Langues (utilisées dans les notes de repli : « affiché en anglais », d'où la minuscule)
language-ar = arabe
language-zh = chinois
language-en = anglais
language-fr = français
language-ru = russe
language-es = espagnol
fallback-note = (non disponible dans cette langue ; affiché en { $language })
title-unverified = (titre non encore vérifié dans la Collection des traités des Nations Unies)

## Page d'accueil
home-figures = Chiffres clés
figure-recommendations = { $count ->
    [one] recommandation
   *[other] recommandations
}
figure-states-reviewed = { $count ->
    [one] État concerné
   *[other] États concernés
}
figure-updates = { $count ->
    [one] mise à jour sur la mise en œuvre
   *[other] mises à jour sur la mise en œuvre
}
figure-parties = { $count ->
    [one] ratification ou adhésion enregistrée
   *[other] ratifications et adhésions enregistrées
}
figure-reservations = { $count ->
    [one] réserve ou déclaration
   *[other] réserves et déclarations
}
home-by-position = Recommandations selon la réponse de l'État
home-by-status = Recommandations selon l'état actuel de la mise en œuvre
home-by-status-note = Dernière évaluation, quel qu'en soit l'auteur ; les recommandations qui n'en ont aucune sont comptées sous « Aucune information ».
home-by-mechanism = Recommandations par mécanisme
home-recent-updates = Dernières mises à jour sur la mise en œuvre
column-count = Nombre
ratifications-as-of = Données de ratification au { $date }
as-of = au { $date }

## Recommandations
recommendations-title = Recommandations
recommendations-title-page = Recommandations, page { $page } sur { $pages }
recommendations-range = Recommandations { $first } à { $last } sur { $total }
rec-title = { $document }, par. { $paragraph }
rec-details = Détails
rec-archived = Cette recommandation est archivée.
rec-unofficial = Ce texte est une traduction non officielle.
rec-current-status = État actuel de la mise en œuvre
rec-timeline = Mises à jour sur la mise en œuvre
rec-no-updates = Aucune mise à jour sur la mise en œuvre n'a été publiée pour cette recommandation.
rec-related = Recommandations connexes
update-example = Exemple à titre d'illustration, et non évaluation réelle
update-evidence = Éléments de preuve
position-source = réponse donnée dans le document { $document }
position-source-ref = réponse donnée dans le document { $document }, par. { $paragraph }

## Champs
field-state = État
field-mechanism = Mécanisme
field-document = Document
field-date = Date
field-upr-cycle = Cycle de l'EPU
field-upr-session = Session de l’EPU
field-recommending-states = { $count ->
    [one] État ayant formulé la recommandation
   *[other] États ayant formulé la recommandation
}
field-position = Réponse de l'État
field-themes = Thèmes
field-affected-persons = Personnes concernées
field-sdg-goals = Objectifs de développement durable
sdg-goal-number = Objectif { $number }
field-sdg-targets = Cibles des ODD
field-responsible = Institutions responsables
field-uhri-id = Identifiant dans l'Index universel des droits de l'homme
field-source = Source
field-status = État
field-assessor = Auteur de l'évaluation
field-formal-name = Nom officiel
field-iso-code = Code ISO
field-membership = Qualité au regard de l'ONU
field-regional-group = Groupe régional
field-instrument = Instrument
field-ratification-status = État
field-signature = Signature
field-consent = Ratification, adhésion ou succession
field-articles = Articles
field-parent-treaty = Protocole se rapportant à
field-adopted = Adoption
field-entry-into-force = Entrée en vigueur
field-monitoring-body = Organe de contrôle

## États
states-title = États
states-caption = { $count ->
    [0] Aucun État ayant des recommandations ou des données de ratification
    [one] Un État ayant des recommandations ou des données de ratification
   *[other] { $count } États ayant des recommandations ou des données de ratification
}
column-recommendations = Recommandations
column-instruments-ratified = Instruments ratifiés (sur { $total })
state-recommendations = { $count ->
    [0] Aucune recommandation
    [one] Une recommandation
   *[other] { $count } recommandations
}
state-no-recommendations = Ce site ne contient aucune recommandation adressée à cet État.
state-ratifications = Ratification des instruments internationaux relatifs aux droits de l'homme
state-reservations = Réserves et déclarations

## Traités
treaties-title = Instruments internationaux relatifs aux droits de l'homme
column-parties = États parties
column-signatories = Signataires
column-reservations = Réserves et déclarations
untc-link = Collection des traités des Nations Unies
treaty-parties = { $count ->
    [0] Aucun État partie
    [one] Un État partie
   *[other] { $count } États parties
}
treaty-signatories = { $count ->
    [0] Aucun signataire qui ne soit pas partie
    [one] Un signataire qui n'est pas partie
   *[other] { $count } signataires qui ne sont pas parties
}
treaty-reservations = { $count ->
    [0] Aucune réserve ni déclaration
    [one] Un texte de réserves ou de déclarations
   *[other] { $count } textes de réserves et de déclarations
}
reservation-withdrawn-on = retirée le { $date }

## Tableau des ratifications
matrix-title = État des ratifications par État et par instrument
matrix-caption = États (lignes) par instrument (colonnes)
matrix-legend = Une année signifie que l'État est partie depuis cette année-là ; « s » signifie signé mais non ratifié ; « – » signifie aucune mesure ; « ? » signifie aucune information.

## Feeds
feed-title = Suivi de la mise en œuvre : { $site }
feed-state-title = Suivi de la mise en œuvre : { $state }
feed-entry-title = { $status } : { $recommendation }
feed-link = Flux Atom du suivi de la mise en œuvre

## Page not found
not-found-title = Page introuvable
not-found-text = Il n’y a pas de page à cette adresse.
not-found-home = Aller à la page d’accueil

## Open data
open-data = Données ouvertes
download-csv = CSV
download-json = JSON
download-zip = toutes les données (zip)
download-recommendations = Recommandations :
download-ratifications = État des ratifications :
download-reservations = Réserves et déclarations :

## Recherche
nav-search = Recherche
search-title = Recherche
search-label = Rechercher des recommandations, États, traités et pages
search-button = Rechercher
search-hint = Les résultats s’affichent pendant la saisie : un mot, un nom ou un sigle comme { $example }.
search-needs-js = La recherche nécessite JavaScript, qui est désactivé ou n'a pas pu être chargé. Vous pouvez consulter les listes :
search-error = L'index de recherche n'a pas pu être chargé.
search-empty = Aucun résultat.
search-more = Afficher plus de résultats
search-results = { $count ->
    [one] { $count } résultat
   *[other] { $count } résultats
}
search-kind-recommendation = Recommandation
search-kind-state = État
search-kind-treaty = Traité
search-kind-page = Page
## Tableaux de bord, navigation, fiches et filtres du tableau
nav-browse = Parcourir
dashboard-title = Tableau de bord
browse-link = Parcourir les recommandations par thème, ODD, mécanisme, cycle, réponse et état d’avancement
column-share = Part
column-total = Total
column-term = Terme
chart-percent = { $percent } %
chart-summary-item = { $label } : { $count } ({ $percent })
chart-summary = { $total } au total. { $items }.
list-separator = {" ; "}
chart-status-title = État actuel de la mise en œuvre selon : { $assessor }
chart-cycle-title = Recommandations de l’EPU par cycle
upr-cycle-name = Cycle { $cycle } de l’EPU
upr-session-name = Session { $session } de l’EPU
sdg-goal-name = Objectif { $goal } : { $title }
state-all-recommendations = { $count ->
    [one] La recommandation, en entier
   *[other] Les { $count } recommandations, 50 par page
}
state-latest-recommendations = Dernières recommandations
treaty-no-action = { $count ->
    [0] Aucun État sans action
    [one] { $count } État n’ayant ni signé ni ratifié
   *[other] { $count } États n’ayant ni signé ni ratifié
}
browse-title = Parcourir les recommandations
browse-intro = Toutes les façons de parcourir les recommandations, avec une page par terme. Ces pages fonctionnent sans { $tech } et gardent leur adresse d’une publication à l’autre.
term-count = { $count ->
    [one] { $count } terme
   *[other] { $count } termes
}
term-count-recommendations = { $count ->
    [one] { $count } recommandation
   *[other] { $count } recommandations
}
term-title-page = { $term }, page { $page } sur { $pages }
term-status-note = Une recommandation figure sous un état d’avancement lorsque c’est son état actuel selon au moins un évaluateur.
term-state-profile = Profil de l’État : ratifications, réserves et tableau de bord
term-narrower = Cibles des ODD relevant de cet objectif
taxonomy-states = États
taxonomy-states-description = Les recommandations reçues par chaque État.
taxonomy-mechanisms = Mécanismes
taxonomy-mechanisms-description = L’Examen périodique universel, les organes conventionnels et les procédures spéciales.
taxonomy-cycles = Cycles de l’EPU
taxonomy-cycles-description = Les cycles de l’Examen périodique universel.
taxonomy-sessions = Sessions de l’EPU
taxonomy-sessions-description = Les sessions du Groupe de travail sur l’EPU.
taxonomy-positions = Réponses de l’État
taxonomy-positions-description = Si l’État a accepté chaque recommandation de l’EPU ou en a pris note.
taxonomy-statuses = État de la mise en œuvre
taxonomy-statuses-description = L’état actuel de la mise en œuvre de chaque recommandation.
taxonomy-themes = Thèmes
taxonomy-themes-description = Les thèmes relatifs aux droits de l’homme de l’Index universel des droits de l’homme.
taxonomy-persons = Personnes concernées
taxonomy-persons-description = Les groupes de personnes que concerne chaque recommandation.
taxonomy-sdgs = Objectifs de développement durable
taxonomy-sdgs-description = Les objectifs et cibles des ODD liés à chaque recommandation.
taxonomy-institutions = Institutions responsables
taxonomy-institutions-description = Les institutions chargées de mettre en œuvre chaque recommandation.
taxonomy-clusters = Groupes
taxonomy-clusters-description = Des groupes de recommandations liées, définis par le site.
factsheet-link = Fiche imprimable
factsheet-eyebrow = Fiche sur l’état des ratifications
factsheet-no-date = La date des données de ratification n’est pas connue.
factsheet-back-state = Page de l’État
factsheet-back-treaty = Page de l’instrument
factsheet-print-hint = Imprimez cette page ou enregistrez-la en PDF depuis votre navigateur.
factsheet-state-title = Fiche sur l’état des ratifications : { $state }
factsheet-treaty-title = Fiche sur l’état des ratifications : { $treaty }
factsheet-state-summary = Partie à { $parties } des { $total } instruments ; signataire, pas encore partie, de { $signatories }.
factsheet-treaty-summary = Sur { $states } États : { $parties } parties, { $signatories } signataires pas encore parties, { $none } sans action.
factsheet-instruments-caption = Situation au regard des instruments internationaux relatifs aux droits de l’homme
factsheet-states-caption = Situation de chaque État
field-procedures = Procédures de plaintes et d’enquête
procedure-article = art. { $article }
procedures-none = aucune acceptation enregistrée
factsheet-procedures-note = L’acceptation des procédures de plaintes individuelles et d’enquête est indiquée lorsque les données l’enregistrent.
factsheet-objections-made = { $count ->
    [one] { $count } objection formulée par cet État
   *[other] { $count } objections formulées par cet État
}
factsheet-objections-received = { $count ->
    [one] { $count } objection d’autres États
   *[other] { $count } objections d’autres États
}
factsheet-withdrawals = { $count ->
    [one] { $count } retrait
   *[other] { $count } retraits
}
matrix-title-group = État des ratifications : { $group }
matrix-all-states = Tous les États
matrix-filter-groups = Filtrer par groupe régional
matrix-filter-name = Nom de l’État ou code ISO
matrix-filter-instrument = Instrument
matrix-filter-status = Situation au regard de cet instrument
matrix-filter-any = Tout instrument
matrix-filter-not-party = Non partie
matrix-shown = États affichés : { $shown } sur { $total }
matrix-sort-hint = Trier selon cette colonne
chart-example-note = Ces chiffres comprennent des mises à jour données à titre d'exemple.

## Filtres
filter-title = Filtrer les recommandations
filter-intro-js = Choisissez des valeurs dans une ou plusieurs listes : les recommandations qui les remplissent toutes sont comptées et listées aussitôt.
filter-intro-nojs = Chaque lien ci-dessous liste les recommandations ayant une valeur. Filtrer par plusieurs valeurs à la fois nécessite JavaScript ; les recommandations d'un État par position figurent sur la page des recommandations de chaque État.
filter-all = Tous
filter-clear = Effacer les filtres
filter-apply = Afficher les recommandations correspondantes
filter-error = L'index des filtres n'a pas pu être chargé.
filter-count = { $count ->
    [one] { $count } recommandation correspond
   *[other] { $count } recommandations correspondent
}
filter-state-position = { $state } : { $position }
filter-by-position = Par position
filter-link = Filtrer les recommandations selon plusieurs critères
