# suivi: cadenas de la interfaz de usuario (español). Todos los idiomas tienen los mismos identificadores de mensajes.
# suivi: user-interface strings (Spanish). Every language has the same message ids.
# Argumentos: $count y los demás números seleccionan la forma del plural; $language es el nombre de un idioma.

## Marco de las páginas
skip-to-content = Ir al contenido principal
language-switcher = Idiomas
main-navigation = Navegación principal
footer-generated = Publicado con suivi. Los textos de las recomendaciones son textos oficiales de las Naciones Unidas cuando así se indica; véase la fuente de cada registro.
choose-language = Elija un idioma
nav-home = Inicio
nav-recommendations = Recomendaciones
nav-states = Estados
nav-treaties = Tratados
nav-ratifications = Estado de las ratificaciones
pagination = Páginas
pagination-page = Página { $page }
# Between page links that are not shown (1 2 3 … 40).
pagination-gap = …

## Idiomas (se usan en las notas de sustitución: "se muestra en inglés", por eso en minúscula)
language-ar = árabe
language-zh = chino
language-en = inglés
language-fr = francés
language-ru = ruso
language-es = español
fallback-note = (no disponible en este idioma; se muestra en { $language })
title-unverified = (título aún no verificado en la Colección de Tratados de las Naciones Unidas)

## Página de inicio
home-figures = Cifras clave
figure-recommendations = { $count ->
    [one] recomendación
   *[other] recomendaciones
}
figure-states-reviewed = { $count ->
    [one] Estado interesado
   *[other] Estados interesados
}
figure-updates = { $count ->
    [one] actualización sobre la aplicación
   *[other] actualizaciones sobre la aplicación
}
figure-parties = { $count ->
    [one] ratificación o adhesión registrada
   *[other] ratificaciones y adhesiones registradas
}
figure-reservations = { $count ->
    [one] reserva o declaración
   *[other] reservas y declaraciones
}
home-by-position = Recomendaciones según la respuesta del Estado
home-by-status = Recomendaciones según la situación actual de la aplicación
home-by-status-note = La evaluación más reciente, sea cual sea su autor; las recomendaciones que no tienen ninguna se cuentan como "Sin información".
home-by-mechanism = Recomendaciones por mecanismo
home-recent-updates = Últimas actualizaciones sobre la aplicación
column-count = Número
ratifications-as-of = Datos de ratificación al { $date }
as-of = al { $date }

## Recomendaciones
recommendations-title = Recomendaciones
recommendations-title-page = Recomendaciones, página { $page } de { $pages }
recommendations-range = Recomendaciones { $first } a { $last } de { $total }
rec-title = { $document }, párr. { $paragraph }
rec-details = Detalles
rec-archived = Esta recomendación está archivada.
rec-unofficial = Este texto es una traducción no oficial.
rec-current-status = Situación actual de la aplicación
rec-timeline = Actualizaciones sobre la aplicación
rec-no-updates = No se ha publicado ninguna actualización sobre la aplicación de esta recomendación.
rec-related = Recomendaciones conexas
update-example = Ejemplo ilustrativo, no una evaluación real
update-evidence = Pruebas
position-source = respuesta dada en el documento { $document }
position-source-ref = respuesta dada en el documento { $document }, párr. { $paragraph }

## Campos
field-state = Estado
field-mechanism = Mecanismo
field-document = Documento
field-date = Fecha
field-upr-cycle = Ciclo del EPU
field-upr-session = Período de sesiones del EPU
field-recommending-states = { $count ->
    [one] Estado que formuló la recomendación
   *[other] Estados que formularon la recomendación
}
field-position = Respuesta del Estado
field-themes = Temas
field-affected-persons = Personas afectadas
field-sdg-goals = Objetivos de Desarrollo Sostenible
sdg-goal-number = Objetivo { $number }
field-sdg-targets = Metas de los ODS
field-responsible = Instituciones responsables
field-uhri-id = Identificador en el Índice Universal de los Derechos Humanos
field-source = Fuente
field-status = Situación
field-assessor = Autor de la evaluación
field-formal-name = Nombre oficial
field-iso-code = Código ISO
field-membership = Condición en las Naciones Unidas
field-regional-group = Grupo regional
field-instrument = Instrumento
field-ratification-status = Situación
field-signature = Firma
field-consent = Ratificación, adhesión o sucesión
field-articles = Artículos
field-parent-treaty = Protocolo de
field-adopted = Aprobación
field-entry-into-force = Entrada en vigor
field-monitoring-body = Órgano de supervisión

## Estados
states-title = Estados
states-caption = { $count ->
    [one] Un Estado con recomendaciones o datos de ratificación
   *[other] { $count } Estados con recomendaciones o datos de ratificación
}
column-recommendations = Recomendaciones
column-instruments-ratified = Instrumentos ratificados (de { $total })
state-recommendations = { $count ->
    [0] Ninguna recomendación
    [one] Una recomendación
   *[other] { $count } recomendaciones
}
state-no-recommendations = Este sitio no contiene recomendaciones dirigidas a este Estado.
state-ratifications = Ratificación de los instrumentos internacionales de derechos humanos
state-reservations = Reservas y declaraciones

## Tratados
treaties-title = Instrumentos internacionales de derechos humanos
column-parties = Estados partes
column-signatories = Signatarios
column-reservations = Reservas y declaraciones
untc-link = Colección de Tratados de las Naciones Unidas
treaty-parties = { $count ->
    [one] Un Estado parte
   *[other] { $count } Estados partes
}
treaty-signatories = { $count ->
    [0] Ningún signatario que no sea parte
    [one] Un signatario que no es parte
   *[other] { $count } signatarios que no son partes
}
treaty-reservations = { $count ->
    [0] Ninguna reserva ni declaración
    [one] Un texto de reservas o declaraciones
   *[other] { $count } textos de reservas y declaraciones
}
reservation-withdrawn-on = retirada el { $date }

## Cuadro de ratificaciones
matrix-title = Estado de las ratificaciones, por Estado e instrumento
matrix-caption = Estados (filas) por instrumento (columnas)
matrix-legend = Un año indica que el Estado es parte desde ese año; "s" indica firma sin ratificación; "–" indica que no se ha adoptado ninguna medida; "?" indica que no hay información.

## Feeds
feed-title = Actualizaciones sobre la aplicación: { $site }
feed-state-title = Actualizaciones sobre la aplicación: { $state }
feed-entry-title = { $status }: { $recommendation }
feed-link = Canal Atom de actualizaciones sobre la aplicación

## Page not found
not-found-title = Página no encontrada
not-found-text = No hay ninguna página en esta dirección.
not-found-home = Ir a la página de inicio

## Open data
open-data = Datos abiertos
download-csv = CSV
download-json = JSON
download-zip = todos los datos (zip)
download-recommendations = Recomendaciones:
download-ratifications = Estado de las ratificaciones:
download-reservations = Reservas y declaraciones:

## Búsqueda
nav-search = Buscar
search-title = Búsqueda
search-label = Buscar recomendaciones, Estados, tratados y páginas
search-button = Buscar
search-hint = Los resultados aparecen mientras escribe: una palabra, un nombre o una sigla como { $example }.
search-needs-js = La búsqueda necesita JavaScript, que está desactivado o no se ha podido cargar. Puede consultar las listas:
search-error = No se ha podido cargar el índice de búsqueda.
search-empty = No hay resultados.
search-more = Mostrar más resultados
search-results = { $count ->
    [one] { $count } resultado
   *[other] { $count } resultados
}
search-kind-recommendation = Recomendación
search-kind-state = Estado
search-kind-treaty = Tratado
search-kind-page = Página
## Paneles, navegación, fichas y filtros del cuadro
nav-browse = Explorar
dashboard-title = Panel de control
browse-link = Explorar las recomendaciones por tema, ODS, mecanismo, ciclo, respuesta y estado
column-share = Proporción
column-total = Total
column-term = Término
chart-percent = { $percent } %
chart-summary-item = { $label }: { $count } ({ $percent })
chart-summary = { $total } en total. { $items }.
list-separator = {"; "}
chart-status-title = Estado actual de la aplicación según: { $assessor }
chart-cycle-title = Recomendaciones del EPU por ciclo
upr-cycle-name = Ciclo { $cycle } del EPU
upr-session-name = Período de sesiones { $session } del EPU
sdg-goal-name = Objetivo { $goal }: { $title }
state-all-recommendations = { $count ->
    [one] La recomendación, completa
   *[other] Las { $count } recomendaciones, 50 por página
}
state-latest-recommendations = Recomendaciones más recientes
treaty-no-action = { $count ->
    [0] Ningún Estado sin actuación
    [one] { $count } Estado que no ha firmado ni ratificado
   *[other] { $count } Estados que no han firmado ni ratificado
}
browse-title = Explorar las recomendaciones
browse-intro = Todas las formas de explorar las recomendaciones, con una página por término. Estas páginas funcionan sin { $tech } y conservan su dirección de una publicación a otra.
term-count = { $count ->
    [one] { $count } término
   *[other] { $count } términos
}
term-count-recommendations = { $count ->
    [one] { $count } recomendación
   *[other] { $count } recomendaciones
}
term-title-page = { $term }, página { $page } de { $pages }
term-status-note = Una recomendación figura bajo un estado cuando ese es su estado actual según al menos un evaluador.
term-state-profile = Perfil del Estado: ratificaciones, reservas y panel
term-narrower = Metas de los ODS de este objetivo
taxonomy-states = Estados
taxonomy-states-description = Las recomendaciones recibidas por cada Estado.
taxonomy-mechanisms = Mecanismos
taxonomy-mechanisms-description = El Examen Periódico Universal, los órganos de tratados y los procedimientos especiales.
taxonomy-cycles = Ciclos del EPU
taxonomy-cycles-description = Los ciclos del Examen Periódico Universal.
taxonomy-sessions = Períodos de sesiones del EPU
taxonomy-sessions-description = Los períodos de sesiones del Grupo de Trabajo sobre el EPU.
taxonomy-positions = Respuestas del Estado
taxonomy-positions-description = Si el Estado apoyó cada recomendación del EPU o tomó nota de ella.
taxonomy-statuses = Estado de la aplicación
taxonomy-statuses-description = El estado actual de la aplicación de cada recomendación.
taxonomy-themes = Temas
taxonomy-themes-description = Los temas de derechos humanos del Índice Universal de los Derechos Humanos.
taxonomy-persons = Personas afectadas
taxonomy-persons-description = Los grupos de personas a los que se refiere cada recomendación.
taxonomy-sdgs = Objetivos de Desarrollo Sostenible
taxonomy-sdgs-description = Los objetivos y metas de los ODS vinculados a cada recomendación.
taxonomy-institutions = Instituciones responsables
taxonomy-institutions-description = Las instituciones encargadas de aplicar cada recomendación.
taxonomy-clusters = Grupos
taxonomy-clusters-description = Grupos de recomendaciones relacionadas, definidos por el sitio.
factsheet-link = Ficha imprimible
factsheet-eyebrow = Ficha sobre el estado de las ratificaciones
factsheet-no-date = No se conoce la fecha de los datos de ratificación.
factsheet-back-state = Página del Estado
factsheet-back-treaty = Página del instrumento
factsheet-print-hint = Imprima esta página o guárdela en PDF desde su navegador.
factsheet-state-title = Ficha sobre el estado de las ratificaciones: { $state }
factsheet-treaty-title = Ficha sobre el estado de las ratificaciones: { $treaty }
factsheet-state-summary = Parte en { $parties } de los { $total } instrumentos; signatario, aún no parte, de { $signatories }.
factsheet-treaty-summary = De { $states } Estados: { $parties } partes, { $signatories } signatarios aún no partes, { $none } sin actuación.
factsheet-instruments-caption = Situación respecto de los instrumentos internacionales de derechos humanos
factsheet-states-caption = Situación de cada Estado
field-procedures = Procedimientos de denuncia e investigación
procedure-article = art. { $article }
procedures-none = ninguna aceptación registrada
factsheet-procedures-note = La aceptación de los procedimientos de denuncias individuales y de investigación se indica cuando los datos la registran.
factsheet-objections-made = { $count ->
    [one] { $count } objeción formulada por este Estado
   *[other] { $count } objeciones formuladas por este Estado
}
factsheet-objections-received = { $count ->
    [one] { $count } objeción de otros Estados
   *[other] { $count } objeciones de otros Estados
}
factsheet-withdrawals = { $count ->
    [one] { $count } retirada
   *[other] { $count } retiradas
}
matrix-title-group = Estado de las ratificaciones: { $group }
matrix-all-states = Todos los Estados
matrix-filter-groups = Filtrar por grupo regional
matrix-filter-name = Nombre del Estado o código ISO
matrix-filter-instrument = Instrumento
matrix-filter-status = Situación respecto de ese instrumento
matrix-filter-any = Cualquier instrumento
matrix-filter-not-party = No es parte
matrix-shown = Estados mostrados: { $shown } de { $total }
matrix-sort-hint = Ordenar por esta columna
chart-example-note = Estas cifras incluyen actualizaciones que son ejemplos ilustrativos.

## Filtros
filter-title = Filtrar recomendaciones
filter-intro-js = Elija valores en una o varias listas: las recomendaciones que cumplen todos se cuentan y se enumeran al instante.
filter-intro-nojs = Cada enlace siguiente enumera las recomendaciones con un valor. Para filtrar por varios valores a la vez se necesita JavaScript; las recomendaciones de un Estado por posición figuran en la página de recomendaciones de cada Estado.
filter-all = Todos
filter-clear = Borrar filtros
filter-apply = Mostrar las recomendaciones que coinciden
filter-error = No se ha podido cargar el índice de filtros.
filter-count = { $count ->
    [one] { $count } recomendación coincide
   *[other] { $count } recomendaciones coinciden
}
filter-state-position = { $state }: { $position }
filter-by-position = Por posición
filter-link = Filtrar las recomendaciones por varios criterios
