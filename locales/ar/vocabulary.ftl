# تسميات المفردات المضبوطة في suivi (العربية).
# Labels of suivi's controlled vocabularies (Arabic).
# Message ids must be identical in every locales/<lang>/vocabulary.ftl.

## موقف الدولة موضوع الاستعراض من التوصية

position-supported = مؤيَّدة
position-partially_supported = مؤيَّدة جزئياً
position-noted = أُحيط علماً بها
position-pending = قيد النظر
position-not_applicable = لا ينطبق
position-unknown = غير معروف

## حالة التنفيذ

status-not_started = لم يبدأ التنفيذ
status-planned = مخطط لها
status-in_progress = قيد التنفيذ
status-partially_implemented = نُفذت جزئياً
status-implemented = نُفذت
status-not_implemented = لم تُنفذ
status-not_applicable = لا ينطبق
status-no_information = لا توجد معلومات

## الجهة القائمة بالتقييم

assessor-government = الحكومة
assessor-nhri = المؤسسة الوطنية لحقوق الإنسان
assessor-civil_society = المجتمع المدني
assessor-un_follow_up = متابعة الأمم المتحدة
assessor-other = جهة أخرى

## حالة التصديق على المعاهدة (unknown: لا توجد معلومات في البيانات)

ratification-party = دولة طرف
ratification-signatory = دولة موقِّعة
ratification-no_action = لم تتخذ أي إجراء
ratification-withdrawn = انسحبت
ratification-unknown = لا توجد معلومات

## طريقة التعبير عن الرضا بالالتزام بالمعاهدة

consent-ratification = تصديق
consent-accession = انضمام
consent-succession = خلافة
consent-acceptance = قبول
consent-approval = موافقة
consent-formal_confirmation = إقرار رسمي

## التحفظات والإعلانات والاعتراضات: النوع

reservation-kind-reservation = تحفظ
reservation-kind-declaration = إعلان
reservation-kind-interpretative_declaration = إعلان تفسيري
reservation-kind-objection = اعتراض
reservation-kind-withdrawal = سحب
reservation-kind-partial_withdrawal = سحب جزئي
reservation-kind-reservations_and_declarations = إعلانات وتحفظات

## التحفظات والإعلانات والاعتراضات: الحالة

reservation-status-in_force = نافذ
reservation-status-withdrawn = مسحوب
reservation-status-partially_withdrawn = مسحوب جزئياً

## التحفظات والإعلانات والاعتراضات: توقيت الإبداء

occasion-signature = لدى التوقيع
occasion-consent = لدى التصديق أو الانضمام
occasion-later = في وقت لاحق

## نوع آلية حقوق الإنسان

mechanism-type-upr = الاستعراض الدوري الشامل
mechanism-type-treaty_body = هيئة معاهدة
mechanism-type-special_procedure = إجراء خاص
mechanism-type-regional = آلية إقليمية

## المجموعات الإقليمية في الأمم المتحدة

regional-group-African = الدول الأفريقية
regional-group-Asia-Pacific = دول آسيا والمحيط الهادئ
regional-group-EEG = دول أوروبا الشرقية
regional-group-GRULAC = دول أمريكا اللاتينية ومنطقة البحر الكاريبي
regional-group-WEOG = دول أوروبا الغربية ودول أخرى

## العضوية في الأمم المتحدة

membership-member = دولة عضو
membership-observer = دولة مراقبة
membership-non_member = غير عضو

## نوع النص

rec-type-recommendation = توصية
rec-type-observation = ملاحظة

## نوع المعاهدة

treaty-kind-treaty = معاهدة
treaty-kind-optional_protocol = بروتوكول اختياري
