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
search-hint = Результаты появляются по мере ввода.
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
