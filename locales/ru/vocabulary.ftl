# Названия значений контролируемых словарей suivi (русский язык).
# Labels of suivi's controlled vocabularies (Russian).
# Message ids must be identical in every locales/<lang>/vocabulary.ftl.

## Позиция государства по рекомендации

position-supported = Поддержана
position-partially_supported = Частично поддержана
position-noted = Принята к сведению
position-pending = На рассмотрении
position-not_applicable = Неприменимо
position-unknown = Неизвестно

## Ход выполнения

status-not_started = Выполнение не начато
status-planned = Запланирована
status-in_progress = Выполняется
status-partially_implemented = Частично выполнена
status-implemented = Выполнена
status-not_implemented = Не выполнена
status-not_applicable = Неприменимо
status-no_information = Нет информации

## Кто дает оценку

assessor-government = Правительство
assessor-nhri = Национальное правозащитное учреждение
assessor-civil_society = Гражданское общество
assessor-un_follow_up = Последующие меры ООН
assessor-other = Другое

## Статус ратификации договора (unknown: в данных нет информации)

ratification-party = Участник
ratification-signatory = Подписало
ratification-no_action = Действий не предпринято
ratification-withdrawn = Вышло из договора
ratification-unknown = Нет информации

## Способ выражения согласия на обязательность договора

consent-ratification = Ратификация
consent-accession = Присоединение
consent-succession = Правопреемство
consent-acceptance = Принятие
consent-approval = Утверждение
consent-formal_confirmation = Официальное подтверждение

## Оговорки, заявления и возражения: вид

reservation-kind-reservation = Оговорка
reservation-kind-declaration = Заявление
reservation-kind-interpretative_declaration = Заявление о толковании
reservation-kind-objection = Возражение
reservation-kind-withdrawal = Снятие
reservation-kind-partial_withdrawal = Частичное снятие
reservation-kind-reservations_and_declarations = Заявления и оговорки

## Оговорки, заявления и возражения: статус

reservation-status-in_force = Действует
reservation-status-withdrawn = Снята
reservation-status-partially_withdrawn = Частично снята

## Оговорки, заявления и возражения: когда сделаны

occasion-signature = При подписании
occasion-consent = При вступлении в число участников
occasion-later = Впоследствии

## Тип правозащитного механизма

mechanism-type-upr = Универсальный периодический обзор
mechanism-type-treaty_body = Договорный орган
mechanism-type-special_procedure = Специальная процедура
mechanism-type-regional = Региональный механизм

## Региональные группы Организации Объединенных Наций

regional-group-African = Африканские государства
regional-group-Asia-Pacific = Азиатско-тихоокеанские государства
regional-group-EEG = Восточноевропейские государства
regional-group-GRULAC = Государства Латинской Америки и Карибского бассейна
regional-group-WEOG = Западноевропейские и другие государства

## Членство в Организации Объединенных Наций

membership-member = Государство-член
membership-observer = Государство-наблюдатель
membership-non_member = Не является членом

## Вид текста

rec-type-recommendation = Рекомендация
rec-type-observation = Замечание

## Вид договора

treaty-kind-treaty = Договор
treaty-kind-optional_protocol = Факультативный протокол
