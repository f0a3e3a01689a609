# suivi: строки пользовательского интерфейса (русский язык). Во всех языках одни и те же идентификаторы сообщений.
# suivi: user-interface strings (Russian). Every language has the same message ids.
# Аргументы: $count и другие числа выбирают форму множественного числа; $language — название языка.

## Рамка страницы
skip-to-content = Перейти к основному содержанию
language-switcher = Языки
main-navigation = Основная навигация
footer-generated = Опубликовано с помощью suivi. Тексты рекомендаций являются официальными текстами ООН там, где это указано; см. источник каждой записи.
choose-language = Выберите язык
nav-home = Главная
nav-recommendations = Рекомендации
nav-states = Государства
nav-treaties = Договоры
nav-ratifications = Статус ратификации
pagination = Страницы
pagination-page = Страница { $page }
# Between page links that are not shown (1 2 3 … 40).
pagination-gap = …

## Языки (используются в примечаниях о замене: «показано на языке: английский»)
language-ar = арабский
language-zh = китайский
language-en = английский
language-fr = французский
language-ru = русский
language-es = испанский
fallback-note = (нет на этом языке; показано на языке: { $language })
title-unverified = (название еще не сверено с Собранием договоров Организации Объединенных Наций)

## Главная страница
home-figures = Основные показатели
figure-recommendations = { $count ->
    [one] рекомендация
    [few] рекомендации
    [many] рекомендаций
   *[other] рекомендации
}
figure-states-reviewed = { $count ->
    [one] соответствующее государство
    [few] соответствующих государства
    [many] соответствующих государств
   *[other] соответствующего государства
}
figure-updates = { $count ->
    [one] сообщение о ходе выполнения
    [few] сообщения о ходе выполнения
    [many] сообщений о ходе выполнения
   *[other] сообщения о ходе выполнения
}
figure-parties = { $count ->
    [one] ратификация или присоединение к договорам
    [few] ратификации и присоединения к договорам
    [many] ратификаций и присоединений к договорам
   *[other] ратификации и присоединения к договорам
}
figure-reservations = { $count ->
    [one] оговорка или заявление
    [few] оговорки и заявления
    [many] оговорок и заявлений
   *[other] оговорки и заявления
}
home-by-position = Рекомендации в разбивке по ответу государства
home-by-status = Рекомендации в разбивке по текущему ходу выполнения
home-by-status-note = Учитывается последняя оценка, кем бы она ни была дана; рекомендации без оценки учитываются как «Нет информации».
home-by-mechanism = Рекомендации в разбивке по механизмам
home-recent-updates = Последние сообщения о ходе выполнения
column-count = Число
ratifications-as-of = Данные о ратификации по состоянию на { $date }
as-of = по состоянию на { $date }

## Рекомендации
recommendations-title = Рекомендации
recommendations-title-page = Рекомендации, страница { $page } из { $pages }
recommendations-range = Рекомендации с { $first } по { $last } из { $total }
rec-title = { $document }, п. { $paragraph }
rec-details = Подробности
rec-archived = Эта рекомендация перенесена в архив.
rec-unofficial = Этот текст является неофициальным переводом.
rec-current-status = Текущий ход выполнения
rec-timeline = Сообщения о ходе выполнения
rec-no-updates = По этой рекомендации не опубликовано ни одного сообщения о ходе выполнения.
rec-related = Связанные рекомендации
update-example = Условный пример, а не реальная оценка
update-evidence = Подтверждающие материалы
position-source = ответ дан в документе { $document }
position-source-ref = ответ дан в документе { $document }, п. { $paragraph }

## Поля
field-state = Государство
field-mechanism = Механизм
field-document = Документ
field-date = Дата
field-upr-cycle = Цикл УПО
field-upr-session = Сессия УПО
# Число здесь не выводится, поэтому единственное число только для 1 (а не для 21, 31...).
field-recommending-states = { $count ->
    [1] Государство, вынесшее рекомендацию
   *[other] Государства, вынесшие рекомендацию
}
field-position = Ответ государства
field-themes = Темы
field-affected-persons = Затрагиваемые лица
field-sdg-goals = Цели в области устойчивого развития
sdg-goal-number = Цель { $number }
field-sdg-targets = Задачи ЦУР
field-responsible = Ответственные учреждения
field-uhri-id = Идентификатор в Универсальном индексе прав человека
field-source = Источник
field-status = Статус
field-assessor = Автор оценки
field-formal-name = Официальное название
field-iso-code = Код ISO
field-membership = Членство в ООН
field-regional-group = Региональная группа
field-instrument = Договор
field-ratification-status = Статус
field-signature = Подписание
field-consent = Ратификация, присоединение или правопреемство
field-articles = Статьи
field-parent-treaty = Протокол к
field-adopted = Принятие
field-entry-into-force = Вступление в силу
field-monitoring-body = Контрольный орган

## Государства
states-title = Государства
states-caption = { $count ->
    [one] { $count } государство, по которому есть рекомендации или данные о ратификации
    [few] { $count } государства, по которым есть рекомендации или данные о ратификации
    [many] { $count } государств, по которым есть рекомендации или данные о ратификации
   *[other] { $count } государства, по которым есть рекомендации или данные о ратификации
}
column-recommendations = Рекомендации
column-instruments-ratified = Ратифицировано договоров (из { $total })
state-recommendations = { $count ->
    [0] Рекомендаций нет
    [one] { $count } рекомендация
    [few] { $count } рекомендации
    [many] { $count } рекомендаций
   *[other] { $count } рекомендации
}
state-no-recommendations = На этом сайте нет рекомендаций, адресованных этому государству.
state-ratifications = Ратификация международных договоров по правам человека
state-reservations = Оговорки и заявления

## Договоры
treaties-title = Международные договоры по правам человека
column-parties = Государства-участники
column-signatories = Подписавшие государства
column-reservations = Оговорки и заявления
untc-link = Собрание договоров Организации Объединенных Наций
treaty-parties = { $count ->
    [one] { $count } государство-участник
    [few] { $count } государства-участника
    [many] { $count } государств-участников
   *[other] { $count } государства-участника
}
treaty-signatories = { $count ->
    [0] Нет подписавших государств, не являющихся участниками
    [one] { $count } подписавшее государство, не являющееся участником
    [few] { $count } подписавших государства, не являющихся участниками
    [many] { $count } подписавших государств, не являющихся участниками
   *[other] { $count } подписавших государства, не являющихся участниками
}
treaty-reservations = { $count ->
    [0] Оговорок и заявлений нет
    [one] { $count } текст оговорок или заявлений
    [few] { $count } текста оговорок и заявлений
    [many] { $count } текстов оговорок и заявлений
   *[other] { $count } текста оговорок и заявлений
}
reservation-withdrawn-on = снята { $date }

## Таблица ратификации
matrix-title = Статус ратификации в разбивке по государствам и договорам
matrix-caption = Государства (строки) и договоры (столбцы)
matrix-legend = Год означает, что государство является участником с этого года; «s» — подписан, но не ратифицирован; «–» — никаких действий не предпринято; «?» — информации нет.

## Feeds
feed-title = Сведения о ходе выполнения: { $site }
feed-state-title = Сведения о ходе выполнения: { $state }
feed-entry-title = { $status }: { $recommendation }
feed-link = Лента Atom сведений о ходе выполнения

## Page not found
not-found-title = Страница не найдена
not-found-text = По этому адресу нет страницы.
not-found-home = Перейти на главную страницу

## Open data
open-data = Открытые данные
download-csv = CSV
download-json = JSON
download-zip = все данные (zip)
download-recommendations = Рекомендации:
download-ratifications = Статус ратификации:
download-reservations = Оговорки и заявления:

## Поиск
nav-search = Поиск
search-title = Поиск
search-label = Поиск по рекомендациям, государствам, договорам и страницам
search-button = Найти
search-hint = Результаты появляются по мере ввода: слово, название или сокращение, например { $example }.
search-needs-js = Для поиска нужен JavaScript, который отключён или не загрузился. Вы можете воспользоваться списками:
search-error = Не удалось загрузить поисковый индекс.
search-empty = Ничего не найдено.
search-more = Показать ещё
search-results = { $count ->
    [one] { $count } результат
    [few] { $count } результата
    [many] { $count } результатов
   *[other] { $count } результата
}
search-kind-recommendation = Рекомендация
search-kind-state = Государство
search-kind-treaty = Договор
search-kind-page = Страница
## Панели, навигация, информационные листки и фильтры таблицы
nav-browse = Обзор
dashboard-title = Сводная панель
browse-link = Обзор рекомендаций по темам, ЦУР, механизмам, циклам, ответам и статусу
column-share = Доля
column-total = Всего
column-term = Термин
chart-percent = { $percent } %
chart-summary-item = { $label }: { $count } ({ $percent })
chart-summary = Всего: { $total }. { $items }.
list-separator = {"; "}
chart-status-title = Текущий статус осуществления по оценке: { $assessor }
chart-cycle-title = Рекомендации УПО по циклам
upr-cycle-name = Цикл УПО { $cycle }
upr-session-name = Сессия УПО { $session }
sdg-goal-name = Цель { $goal }: { $title }
state-all-recommendations = { $count ->
    [one] Рекомендация полностью
   *[other] Все рекомендации ({ $count }), по 50 на странице
}
state-latest-recommendations = Последние рекомендации
treaty-no-action = { $count ->
    [0] Нет государств, не предпринявших действий
    [one] { $count } государство, не подписавшее и не ратифицировавшее
    [few] { $count } государства, не подписавших и не ратифицировавших
    [many] { $count } государств, не подписавших и не ратифицировавших
   *[other] { $count } государства, не подписавших и не ратифицировавших
}
browse-title = Обзор рекомендаций
browse-intro = Все способы просмотра рекомендаций, с отдельной страницей для каждого термина. Эти страницы работают без { $tech }, и их адреса не меняются от публикации к публикации.
term-count = { $count ->
    [one] { $count } термин
    [few] { $count } термина
    [many] { $count } терминов
   *[other] { $count } термина
}
term-count-recommendations = { $count ->
    [one] { $count } рекомендация
    [few] { $count } рекомендации
    [many] { $count } рекомендаций
   *[other] { $count } рекомендации
}
term-title-page = { $term }, страница { $page } из { $pages }
term-status-note = Рекомендация указана под статусом, если это её текущий статус по оценке хотя бы одного оценивающего.
term-state-profile = Профиль государства: ратификации, оговорки и сводная панель
term-narrower = Задачи ЦУР в рамках этой цели
taxonomy-states = Государства
taxonomy-states-description = Рекомендации, полученные каждым государством.
taxonomy-mechanisms = Механизмы
taxonomy-mechanisms-description = Универсальный периодический обзор, договорные органы и специальные процедуры.
taxonomy-cycles = Циклы УПО
taxonomy-cycles-description = Циклы универсального периодического обзора.
taxonomy-sessions = Сессии УПО
taxonomy-sessions-description = Сессии Рабочей группы по УПО.
taxonomy-positions = Ответы государства
taxonomy-positions-description = Поддержало ли государство каждую рекомендацию УПО или приняло её к сведению.
taxonomy-statuses = Статус осуществления
taxonomy-statuses-description = Текущий статус осуществления каждой рекомендации.
taxonomy-themes = Темы
taxonomy-themes-description = Правозащитные темы Универсального индекса по правам человека.
taxonomy-persons = Затрагиваемые лица
taxonomy-persons-description = Группы лиц, которых касается каждая рекомендация.
taxonomy-sdgs = Цели в области устойчивого развития
taxonomy-sdgs-description = Цели и задачи ЦУР, с которыми связана каждая рекомендация.
taxonomy-institutions = Ответственные учреждения
taxonomy-institutions-description = Учреждения, отвечающие за выполнение каждой рекомендации.
taxonomy-clusters = Группы
taxonomy-clusters-description = Группы связанных рекомендаций, определённые сайтом.
factsheet-link = Информационный листок для печати
factsheet-eyebrow = Информационный листок о статусе ратификации
factsheet-no-date = Дата данных о ратификации неизвестна.
factsheet-back-state = Страница государства
factsheet-back-treaty = Страница документа
factsheet-print-hint = Распечатайте эту страницу или сохраните её в PDF из браузера.
factsheet-state-title = Информационный листок о ратификации: { $state }
factsheet-treaty-title = Информационный листок о ратификации: { $treaty }
factsheet-state-summary = Участник документов: { $parties } из { $total }; подписал, но ещё не является участником: { $signatories }.
factsheet-treaty-summary = Из государств ({ $states }): участники — { $parties }, подписавшие, но ещё не участники — { $signatories }, без действий — { $none }.
factsheet-instruments-caption = Статус в отношении международных документов по правам человека
factsheet-states-caption = Статус каждого государства
field-procedures = Процедуры рассмотрения жалоб и расследования
procedure-article = ст. { $article }
procedures-none = признание не зарегистрировано
factsheet-procedures-note = Признание процедур рассмотрения индивидуальных жалоб и расследования указано там, где оно отражено в данных.
factsheet-objections-made = { $count ->
    [one] { $count } возражение этого государства
    [few] { $count } возражения этого государства
    [many] { $count } возражений этого государства
   *[other] { $count } возражения этого государства
}
factsheet-objections-received = { $count ->
    [one] { $count } возражение других государств
    [few] { $count } возражения других государств
    [many] { $count } возражений других государств
   *[other] { $count } возражения других государств
}
factsheet-withdrawals = { $count ->
    [one] { $count } снятие
    [few] { $count } снятия
    [many] { $count } снятий
   *[other] { $count } снятия
}
matrix-title-group = Статус ратификации: { $group }
matrix-all-states = Все государства
matrix-filter-groups = Фильтр по региональной группе
matrix-filter-name = Название государства или код ISO
matrix-filter-instrument = Документ
matrix-filter-status = Статус в отношении этого документа
matrix-filter-any = Любой документ
matrix-filter-not-party = Не является участником
matrix-shown = Показано государств: { $shown } из { $total }
matrix-sort-hint = Сортировать по этому столбцу
chart-example-note = Эти цифры включают условные примеры обновлений.

## Фильтр
filter-title = Фильтр рекомендаций
filter-intro-js = Выберите значения в одном или нескольких списках: рекомендации, отвечающие всем условиям, сразу подсчитываются и выводятся.
filter-intro-nojs = Каждая ссылка ниже ведёт к рекомендациям с одним значением. Для фильтрации сразу по нескольким значениям нужен JavaScript; рекомендации государства по позиции приведены на странице рекомендаций каждого государства.
filter-all = Все
filter-clear = Сбросить фильтры
filter-apply = Показать подходящие рекомендации
filter-error = Не удалось загрузить индекс фильтров.
filter-count = { $count ->
    [one] Найдена { $count } рекомендация
    [few] Найдено { $count } рекомендации
    [many] Найдено { $count } рекомендаций
   *[other] Найдено { $count } рекомендации
}
filter-state-position = { $state }: { $position }
filter-by-position = По позиции
filter-link = Фильтр рекомендаций по нескольким признакам
