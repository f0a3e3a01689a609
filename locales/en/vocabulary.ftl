# Labels of suivi's controlled vocabularies (English).
# Message ids must be identical in every locales/<lang>/vocabulary.ftl.

## Position of the State under review on a recommendation

position-supported = Supported
position-partially_supported = Partially supported
position-noted = Noted
position-pending = Pending
position-not_applicable = Not applicable
position-unknown = Unknown

## Implementation status

status-not_started = Not started
status-planned = Planned
status-in_progress = In progress
status-partially_implemented = Partially implemented
status-implemented = Implemented
status-not_implemented = Not implemented
status-not_applicable = Not applicable
status-no_information = No information

## Assessor of an implementation update

assessor-government = Government
assessor-nhri = National human rights institution
assessor-civil_society = Civil society
assessor-un_follow_up = UN follow-up
assessor-other = Other

## Ratification status of a treaty (unknown: no information in the data)

ratification-party = Party
ratification-signatory = Signatory
ratification-no_action = No action
ratification-withdrawn = Withdrawn
ratification-unknown = No information

## Type of consent to be bound

consent-ratification = Ratification
consent-accession = Accession
consent-succession = Succession
consent-acceptance = Acceptance
consent-approval = Approval
consent-formal_confirmation = Formal confirmation

## Reservations, declarations and objections: kind

reservation-kind-reservation = Reservation
reservation-kind-declaration = Declaration
reservation-kind-interpretative_declaration = Interpretative declaration
reservation-kind-objection = Objection
reservation-kind-withdrawal = Withdrawal
reservation-kind-partial_withdrawal = Partial withdrawal
reservation-kind-reservations_and_declarations = Declarations and reservations

## Reservations, declarations and objections: status

reservation-status-in_force = In force
reservation-status-withdrawn = Withdrawn
reservation-status-partially_withdrawn = Partially withdrawn

## Reservations, declarations and objections: when made

occasion-signature = Upon signature
occasion-consent = Upon becoming a party
occasion-later = Later

## Type of human rights mechanism

mechanism-type-upr = Universal periodic review
mechanism-type-treaty_body = Treaty body
mechanism-type-special_procedure = Special procedure
mechanism-type-regional = Regional mechanism

## United Nations regional groups

regional-group-African = African States
regional-group-Asia-Pacific = Asia-Pacific States
regional-group-EEG = Eastern European States
regional-group-GRULAC = Latin American and Caribbean States
regional-group-WEOG = Western European and other States

## United Nations membership

membership-member = Member State
membership-observer = Observer State
membership-non_member = Non-member

## Type of recommendation text

rec-type-recommendation = Recommendation
rec-type-observation = Observation

## Type of treaty

treaty-kind-treaty = Treaty
treaty-kind-optional_protocol = Optional protocol
