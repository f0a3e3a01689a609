# Etiquetas de los vocabularios controlados de suivi (español).
# Labels of suivi's controlled vocabularies (Spanish).
# Message ids must be identical in every locales/<lang>/vocabulary.ftl.

## Posición del Estado examinado sobre una recomendación

position-supported = Apoyada
position-partially_supported = Apoyada parcialmente
position-noted = Anotada
position-pending = Pendiente
position-not_applicable = No procede
position-unknown = Desconocida

## Estado de la aplicación

status-not_started = No iniciada
status-planned = Prevista
status-in_progress = En curso
status-partially_implemented = Aplicada parcialmente
status-implemented = Aplicada
status-not_implemented = No aplicada
status-not_applicable = No procede
status-no_information = Sin información

## Autor de la evaluación

assessor-government = Gobierno
assessor-nhri = Institución nacional de derechos humanos
assessor-civil_society = Sociedad civil
assessor-un_follow_up = Seguimiento de las Naciones Unidas
assessor-other = Otro

## Estado de la ratificación de un tratado (unknown: sin información en los datos)

ratification-party = Parte
ratification-signatory = Signatario
ratification-no_action = Ninguna medida
ratification-withdrawn = Retiro
ratification-unknown = Sin información

## Forma de manifestación del consentimiento en obligarse

consent-ratification = Ratificación
consent-accession = Adhesión
consent-succession = Sucesión
consent-acceptance = Aceptación
consent-approval = Aprobación
consent-formal_confirmation = Confirmación formal

## Reservas, declaraciones y objeciones: tipo

reservation-kind-reservation = Reserva
reservation-kind-declaration = Declaración
reservation-kind-interpretative_declaration = Declaración interpretativa
reservation-kind-objection = Objeción
reservation-kind-withdrawal = Retiro
reservation-kind-partial_withdrawal = Retiro parcial
reservation-kind-reservations_and_declarations = Declaraciones y reservas

## Reservas, declaraciones y objeciones: estado

reservation-status-in_force = En vigor
reservation-status-withdrawn = Retirada
reservation-status-partially_withdrawn = Retirada parcialmente

## Reservas, declaraciones y objeciones: momento

occasion-signature = En la firma
occasion-consent = Al pasar a ser parte
occasion-later = Posteriormente

## Tipo de mecanismo de derechos humanos

mechanism-type-upr = Examen periódico universal
mechanism-type-treaty_body = Órgano de tratado
mechanism-type-special_procedure = Procedimiento especial
mechanism-type-regional = Mecanismo regional

## Grupos regionales de las Naciones Unidas

regional-group-African = Estados de África
regional-group-Asia-Pacific = Estados de Asia y el Pacífico
regional-group-EEG = Estados de Europa Oriental
regional-group-GRULAC = Estados de América Latina y el Caribe
regional-group-WEOG = Estados de Europa Occidental y otros Estados

## Condición respecto de las Naciones Unidas

membership-member = Estado Miembro
membership-observer = Estado observador
membership-non_member = No miembro

## Tipo de texto

rec-type-recommendation = Recomendación
rec-type-observation = Observación

## Tipo de instrumento

treaty-kind-treaty = Tratado
treaty-kind-optional_protocol = Protocolo facultativo
