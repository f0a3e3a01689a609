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
search-hint = Les résultats s'affichent pendant la saisie.
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
