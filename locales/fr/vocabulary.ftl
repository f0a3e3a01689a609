# Libellés des vocabulaires contrôlés de suivi (français).
# Labels of suivi's controlled vocabularies (French).
# Message ids must be identical in every locales/<lang>/vocabulary.ftl.

## Position de l'État examiné sur une recommandation

position-supported = Appuyée
position-partially_supported = Appuyée en partie
position-noted = Prise en note
position-pending = En attente
position-not_applicable = Sans objet
position-unknown = Inconnue

## État de la mise en œuvre

status-not_started = Non entamée
status-planned = Prévue
status-in_progress = En cours
status-partially_implemented = Partiellement mise en œuvre
status-implemented = Mise en œuvre
status-not_implemented = Non mise en œuvre
status-not_applicable = Sans objet
status-no_information = Aucune information

## Auteur de l'évaluation

assessor-government = Gouvernement
assessor-nhri = Institution nationale des droits de l'homme
assessor-civil_society = Société civile
assessor-un_follow_up = Suivi de l'ONU
assessor-other = Autre

## État de la ratification d'un traité (unknown : aucune information dans les données)

ratification-party = Partie
ratification-signatory = Signataire
ratification-no_action = Aucune mesure
ratification-withdrawn = Retrait
ratification-unknown = Aucune information

## Mode d'expression du consentement à être lié

consent-ratification = Ratification
consent-accession = Adhésion
consent-succession = Succession
consent-acceptance = Acceptation
consent-approval = Approbation
consent-formal_confirmation = Confirmation formelle

## Réserves, déclarations et objections : nature

reservation-kind-reservation = Réserve
reservation-kind-declaration = Déclaration
reservation-kind-interpretative_declaration = Déclaration interprétative
reservation-kind-objection = Objection
reservation-kind-withdrawal = Retrait
reservation-kind-partial_withdrawal = Retrait partiel
reservation-kind-reservations_and_declarations = Déclarations et réserves

## Réserves, déclarations et objections : statut

reservation-status-in_force = En vigueur
reservation-status-withdrawn = Retirée
reservation-status-partially_withdrawn = Partiellement retirée

## Réserves, déclarations et objections : moment

occasion-signature = Lors de la signature
occasion-consent = En devenant partie
occasion-later = Ultérieurement

## Type de mécanisme des droits de l'homme

mechanism-type-upr = Examen périodique universel
mechanism-type-treaty_body = Organe conventionnel
mechanism-type-special_procedure = Procédure spéciale
mechanism-type-regional = Mécanisme régional

## Groupes régionaux de l'Organisation des Nations Unies

regional-group-African = États d'Afrique
regional-group-Asia-Pacific = États d'Asie et du Pacifique
regional-group-EEG = États d'Europe orientale
regional-group-GRULAC = États d'Amérique latine et des Caraïbes
regional-group-WEOG = États d'Europe occidentale et autres États

## Qualité au regard de l'Organisation des Nations Unies

membership-member = État Membre
membership-observer = État observateur
membership-non_member = Non membre

## Nature du texte

rec-type-recommendation = Recommandation
rec-type-observation = Observation

## Nature de l'instrument

treaty-kind-treaty = Traité
treaty-kind-optional_protocol = Protocole facultatif
