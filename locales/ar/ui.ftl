# suivi: نصوص واجهة المستخدم (العربية). لجميع اللغات معرِّفات الرسائل نفسها.
# suivi: user-interface strings (Arabic). Every language has the same message ids.
# المتغيرات: $count وسائر الأعداد تحدد صيغة الإفراد والتثنية والجمع؛ $language اسم لغة.

## إطار الصفحة
skip-to-content = الانتقال إلى المحتوى الرئيسي
language-switcher = اللغات
main-navigation = التنقل الرئيسي
footer-generated = نُشر باستخدام suivi. نصوص التوصيات نصوص رسمية للأمم المتحدة حيثما أُشير إلى ذلك؛ انظر مصدر كل سجل.
choose-language = اختر لغة
nav-home = الصفحة الرئيسية
nav-recommendations = التوصيات
nav-states = الدول
nav-treaties = المعاهدات
nav-ratifications = حالة التصديق
pagination = الصفحات
pagination-page = الصفحة { $page }
# Between page links that are not shown (1 2 3 … 40).
pagination-gap = …

## اللغات (تُستخدم في ملاحظات اللغة البديلة: "معروض باللغة الإنكليزية")
language-ar = العربية
language-zh = الصينية
language-en = الإنكليزية
language-fr = الفرنسية
language-ru = الروسية
language-es = الإسبانية
fallback-note = (غير متاح بهذه اللغة؛ معروض باللغة { $language })
title-unverified = (لم يُتحقق بعد من العنوان بمطابقته مع مجموعة معاهدات الأمم المتحدة)

## الصفحة الرئيسية
home-figures = أرقام رئيسية
figure-recommendations = { PLURAL($count) ->
    [zero] توصية
    [one] توصية
    [two] توصيتان
    [few] توصيات
    [many] توصية
   *[other] توصية
}
figure-states-reviewed = { PLURAL($count) ->
    [zero] دولة معنية
    [one] دولة معنية
    [two] دولتان معنيتان
    [few] دول معنية
    [many] دولة معنية
   *[other] دولة معنية
}
figure-updates = { PLURAL($count) ->
    [zero] تحديث بشأن التنفيذ
    [one] تحديث بشأن التنفيذ
    [two] تحديثان بشأن التنفيذ
    [few] تحديثات بشأن التنفيذ
    [many] تحديثاً بشأن التنفيذ
   *[other] تحديث بشأن التنفيذ
}
figure-parties = { PLURAL($count) ->
    [zero] حالة تصديق أو انضمام مسجلة
    [one] حالة تصديق أو انضمام مسجلة
    [two] حالتا تصديق أو انضمام مسجلتان
    [few] حالات تصديق وانضمام مسجلة
    [many] حالةَ تصديق وانضمام مسجلة
   *[other] حالة تصديق وانضمام مسجلة
}
figure-reservations = { PLURAL($count) ->
    [zero] تحفظ أو إعلان
    [one] تحفظ أو إعلان
    [two] تحفظان أو إعلانان
    [few] تحفظات وإعلانات
    [many] تحفظاً وإعلاناً
   *[other] تحفظ وإعلان
}
home-by-position = التوصيات حسب رد الدولة
home-by-status = التوصيات حسب حالة التنفيذ الراهنة
home-by-status-note = آخر تقييم صادر عن أي جهة قائمة بالتقييم؛ وتُحسب التوصيات التي لم تُقيَّم ضمن فئة "لا توجد معلومات".
home-by-mechanism = التوصيات حسب الآلية
home-recent-updates = آخر التحديثات بشأن التنفيذ
column-count = العدد
ratifications-as-of = بيانات التصديق حتى { $date }
as-of = حتى { $date }

## التوصيات
recommendations-title = التوصيات
recommendations-title-page = التوصيات، الصفحة { $page } من { $pages }
recommendations-range = التوصيات من { $first } إلى { $last } من أصل { $total }
rec-title = { $document }، الفقرة { $paragraph }
rec-details = التفاصيل
rec-archived = هذه التوصية مؤرشفة.
rec-unofficial = هذا النص ترجمة غير رسمية.
rec-current-status = حالة التنفيذ الراهنة
rec-timeline = التحديثات بشأن التنفيذ
rec-no-updates = لم يُنشر أي تحديث بشأن تنفيذ هذه التوصية.
rec-related = توصيات ذات صلة
update-example = مثال توضيحي، وليس تقييماً فعلياً
update-evidence = الأدلة
position-source = الرد وارد في الوثيقة { $document }
position-source-ref = الرد وارد في الوثيقة { $document }، الفقرة { $paragraph }

## الحقول
field-state = الدولة
field-mechanism = الآلية
field-document = الوثيقة
field-date = التاريخ
field-upr-cycle = جولة الاستعراض الدوري الشامل
field-upr-session = دورة الاستعراض الدوري الشامل
field-recommending-states = { PLURAL($count) ->
    [zero] الدول المقدِّمة للتوصية
    [one] الدولة المقدِّمة للتوصية
    [two] الدولتان المقدِّمتان للتوصية
    [few] الدول المقدِّمة للتوصية
    [many] الدول المقدِّمة للتوصية
   *[other] الدول المقدِّمة للتوصية
}
field-position = رد الدولة
field-themes = المواضيع
field-affected-persons = الأشخاص المتأثرون
field-sdg-goals = أهداف التنمية المستدامة
sdg-goal-number = الهدف { $number }
field-sdg-targets = غايات أهداف التنمية المستدامة
field-responsible = المؤسسات المسؤولة
field-uhri-id = المعرِّف في الفهرس العالمي لحقوق الإنسان
field-source = المصدر
field-status = الحالة
field-assessor = الجهة القائمة بالتقييم
field-formal-name = الاسم الرسمي
field-iso-code = رمز ISO
field-membership = العضوية في الأمم المتحدة
field-regional-group = المجموعة الإقليمية
field-instrument = الصك
field-ratification-status = الحالة
field-signature = التوقيع
field-consent = التصديق أو الانضمام أو الخلافة
field-articles = المواد
field-parent-treaty = بروتوكول ملحق بـ
field-adopted = تاريخ الاعتماد
field-entry-into-force = بدء النفاذ
field-monitoring-body = هيئة الرصد

## الدول
states-title = الدول
states-caption = { PLURAL($count) ->
    [zero] لا توجد دول لديها توصيات أو بيانات تصديق
    [one] دولة واحدة لديها توصيات أو بيانات تصديق
    [two] دولتان لديهما توصيات أو بيانات تصديق
    [few] { $count } دول لديها توصيات أو بيانات تصديق
    [many] { $count } دولة لديها توصيات أو بيانات تصديق
   *[other] { $count } دولة لديها توصيات أو بيانات تصديق
}
column-recommendations = التوصيات
column-instruments-ratified = الصكوك المصدَّق عليها (من أصل { $total })
state-recommendations = { PLURAL($count) ->
    [zero] لا توجد توصيات
    [one] توصية واحدة
    [two] توصيتان
    [few] { $count } توصيات
    [many] { $count } توصية
   *[other] { $count } توصية
}
state-no-recommendations = لا يتضمن هذا الموقع أي توصيات موجهة إلى هذه الدولة.
state-ratifications = التصديق على الصكوك الدولية لحقوق الإنسان
state-reservations = التحفظات والإعلانات

## المعاهدات
treaties-title = الصكوك الدولية لحقوق الإنسان
column-parties = الدول الأطراف
column-signatories = الدول الموقِّعة
column-reservations = التحفظات والإعلانات
untc-link = مجموعة معاهدات الأمم المتحدة
treaty-parties = { PLURAL($count) ->
    [zero] لا توجد دول أطراف
    [one] دولة طرف واحدة
    [two] دولتان طرفان
    [few] { $count } دول أطراف
    [many] { $count } دولة طرفاً
   *[other] { $count } دولة طرف
}
treaty-signatories = { PLURAL($count) ->
    [zero] لا توجد دول موقِّعة غير أطراف
    [one] دولة موقِّعة واحدة غير طرف
    [two] دولتان موقِّعتان غير طرفين
    [few] { $count } دول موقِّعة غير أطراف
    [many] { $count } دولة موقِّعة غير طرف
   *[other] { $count } دولة موقِّعة غير طرف
}
treaty-reservations = { PLURAL($count) ->
    [zero] لا توجد تحفظات أو إعلانات
    [one] نص واحد للتحفظات أو الإعلانات
    [two] نصان للتحفظات والإعلانات
    [few] { $count } نصوص للتحفظات والإعلانات
    [many] { $count } نصاً للتحفظات والإعلانات
   *[other] { $count } نص للتحفظات والإعلانات
}
reservation-withdrawn-on = سُحب في { $date }

## جدول حالة التصديق
matrix-title = حالة التصديق حسب الدولة والصك
matrix-caption = الدول (الصفوف) حسب الصك (الأعمدة)
matrix-legend = تعني السنة أن الدولة طرف منذ تلك السنة؛ وتعني "s" أن الدولة وقّعت ولم تصدّق؛ وتعني "–" عدم اتخاذ أي إجراء؛ وتعني "?" عدم توافر معلومات.

## Feeds
feed-title = مستجدات التنفيذ: { $site }
feed-state-title = مستجدات التنفيذ: { $state }
feed-entry-title = { $status }: { $recommendation }
feed-link = موجز Atom لمستجدات التنفيذ

## Page not found
not-found-title = الصفحة غير موجودة
not-found-text = لا توجد صفحة في هذا العنوان.
not-found-home = الانتقال إلى الصفحة الرئيسية

## Open data
open-data = البيانات المفتوحة
download-csv = CSV
download-json = JSON
download-zip = جميع البيانات (zip)
download-recommendations = التوصيات:
download-ratifications = حالة التصديق:
download-reservations = التحفظات والإعلانات:

## البحث
nav-search = بحث
search-title = البحث
search-label = البحث في التوصيات والدول والمعاهدات والصفحات
search-button = بحث
search-hint = تظهر النتائج أثناء الكتابة: كلمة أو اسم أو اختصار مثل { $example }.
search-needs-js = يتطلب البحث لغة JavaScript، وهي معطلة أو لم يتسن تحميلها. يمكنك التصفح بدلاً من ذلك:
search-error = تعذر تحميل فهرس البحث.
search-empty = لا توجد نتائج.
search-more = عرض مزيد من النتائج
search-results = { PLURAL($count) ->
    [zero] لا توجد نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجة
   *[other] { $count } نتيجة
}
search-kind-recommendation = توصية
search-kind-state = دولة
search-kind-treaty = معاهدة
search-kind-page = صفحة
## لوحات المعلومات والتصفح وصحائف الوقائع ومرشحات الجدول
nav-browse = تصفح
dashboard-title = لوحة المعلومات
browse-link = تصفح التوصيات حسب الموضوع وأهداف التنمية المستدامة والآلية والجولة والرد والحالة
column-share = النسبة
column-total = المجموع
column-term = البند
chart-percent = { $percent }٪
chart-summary-item = { $label }: { $count } ({ $percent })
chart-summary = المجموع { $total }. { $items }.
list-separator = {"؛ "}
chart-status-title = الحالة الراهنة للتنفيذ وفقاً لتقييم: { $assessor }
chart-cycle-title = توصيات الاستعراض الدوري الشامل حسب الجولة
upr-cycle-name = الجولة { $cycle } من الاستعراض الدوري الشامل
upr-session-name = الدورة { $session } للاستعراض الدوري الشامل
sdg-goal-name = الهدف { $goal }: { $title }
state-all-recommendations = { PLURAL($count) ->
    [one] التوصية كاملة
    [two] التوصيتان كاملتين
   *[other] جميع التوصيات ({ $count })، 50 توصية في كل صفحة
}
state-latest-recommendations = أحدث التوصيات
treaty-no-action = { PLURAL($count) ->
    [zero] لا توجد دول لم تتخذ أي إجراء
    [one] دولة واحدة لم توقّع ولم تصدّق
    [two] دولتان لم توقّعا ولم تصدّقا
    [few] { $count } دول لم توقّع ولم تصدّق
    [many] { $count } دولة لم توقّع ولم تصدّق
   *[other] { $count } دولة لم توقّع ولم تصدّق
}
browse-title = تصفح التوصيات
browse-intro = جميع طرق تصفح التوصيات، مع صفحة لكل بند. تعمل هذه الصفحات دون { $tech } وتحتفظ بعناوينها من إصدار إلى آخر.
term-count = { PLURAL($count) ->
    [zero] لا توجد بنود
    [one] بند واحد
    [two] بندان
    [few] { $count } بنود
    [many] { $count } بنداً
   *[other] { $count } بند
}
term-count-recommendations = { PLURAL($count) ->
    [zero] لا توجد توصيات
    [one] توصية واحدة
    [two] توصيتان
    [few] { $count } توصيات
    [many] { $count } توصية
   *[other] { $count } توصية
}
term-title-page = { $term }، الصفحة { $page } من { $pages }
term-status-note = تُدرج التوصية تحت حالة ما إذا كانت تلك هي حالتها الراهنة وفقاً لجهة تقييم واحدة على الأقل.
term-state-profile = موجز الدولة: التصديقات والتحفظات ولوحة المعلومات
term-narrower = غايات أهداف التنمية المستدامة المندرجة تحت هذا الهدف
taxonomy-states = الدول
taxonomy-states-description = التوصيات التي تلقتها كل دولة.
taxonomy-mechanisms = الآليات
taxonomy-mechanisms-description = الاستعراض الدوري الشامل وهيئات المعاهدات والإجراءات الخاصة.
taxonomy-cycles = جولات الاستعراض الدوري الشامل
taxonomy-cycles-description = جولات الاستعراض الدوري الشامل.
taxonomy-sessions = دورات الاستعراض الدوري الشامل
taxonomy-sessions-description = دورات الفريق العامل المعني بالاستعراض الدوري الشامل.
taxonomy-positions = ردود الدولة
taxonomy-positions-description = ما إذا كانت الدولة قد أيدت كل توصية من توصيات الاستعراض الدوري الشامل أو أحاطت بها علماً.
taxonomy-statuses = حالة التنفيذ
taxonomy-statuses-description = الحالة الراهنة لتنفيذ كل توصية.
taxonomy-themes = المواضيع
taxonomy-themes-description = مواضيع حقوق الإنسان في الفهرس العالمي لحقوق الإنسان.
taxonomy-persons = الأشخاص المتأثرون
taxonomy-persons-description = فئات الأشخاص الذين تتعلق بهم كل توصية.
taxonomy-sdgs = أهداف التنمية المستدامة
taxonomy-sdgs-description = أهداف التنمية المستدامة وغاياتها المرتبطة بكل توصية.
taxonomy-institutions = المؤسسات المسؤولة
taxonomy-institutions-description = المؤسسات المسؤولة عن تنفيذ كل توصية.
taxonomy-clusters = المجموعات
taxonomy-clusters-description = مجموعات من التوصيات المترابطة كما يحددها الموقع.
factsheet-link = صحيفة وقائع قابلة للطباعة
factsheet-eyebrow = صحيفة وقائع عن حالة التصديق
factsheet-no-date = تاريخ بيانات التصديق غير معروف.
factsheet-back-state = صفحة الدولة
factsheet-back-treaty = صفحة الصك
factsheet-print-hint = اطبع هذه الصفحة أو احفظها بصيغة PDF من متصفحك.
factsheet-state-title = صحيفة وقائع عن التصديق: { $state }
factsheet-treaty-title = صحيفة وقائع عن التصديق: { $treaty }
factsheet-state-summary = طرف في { $parties } من أصل { $total } صكاً؛ موقّعة وليست طرفاً بعد في: { $signatories }.
factsheet-treaty-summary = من أصل { $states } دولة: الدول الأطراف { $parties }، والدول الموقّعة غير الأطراف { $signatories }، والدول التي لم تتخذ أي إجراء { $none }.
factsheet-instruments-caption = الحالة إزاء الصكوك الدولية لحقوق الإنسان
factsheet-states-caption = حالة كل دولة
field-procedures = إجراءات الشكاوى والتحقيق
procedure-article = المادة { $article }
procedures-none = لا يوجد قبول مسجَّل
factsheet-procedures-note = يُبيَّن قبول إجراءات الشكاوى الفردية والتحقيق حيثما تسجله البيانات.
factsheet-objections-made = { PLURAL($count) ->
    [zero] لا توجد اعتراضات من هذه الدولة
    [one] اعتراض واحد من هذه الدولة
    [two] اعتراضان من هذه الدولة
    [few] { $count } اعتراضات من هذه الدولة
    [many] { $count } اعتراضاً من هذه الدولة
   *[other] { $count } اعتراض من هذه الدولة
}
factsheet-objections-received = { PLURAL($count) ->
    [zero] لا توجد اعتراضات من دول أخرى
    [one] اعتراض واحد من دول أخرى
    [two] اعتراضان من دول أخرى
    [few] { $count } اعتراضات من دول أخرى
    [many] { $count } اعتراضاً من دول أخرى
   *[other] { $count } اعتراض من دول أخرى
}
factsheet-withdrawals = { PLURAL($count) ->
    [zero] لا توجد حالات سحب
    [one] سحب واحد
    [two] حالتا سحب
    [few] { $count } حالات سحب
    [many] { $count } حالة سحب
   *[other] { $count } حالة سحب
}
matrix-title-group = حالة التصديق: { $group }
matrix-all-states = جميع الدول
matrix-filter-groups = التصفية حسب المجموعة الإقليمية
matrix-filter-name = اسم الدولة أو رمز ISO
matrix-filter-instrument = الصك
matrix-filter-status = الحالة إزاء هذا الصك
matrix-filter-any = أي صك
matrix-filter-not-party = ليست طرفاً
matrix-shown = الدول المعروضة: { $shown } من أصل { $total }
matrix-sort-hint = الفرز حسب هذا العمود
chart-example-note = تشمل هذه الأرقام تحديثات هي أمثلة توضيحية.

## التصفية
filter-title = تصفية التوصيات
filter-intro-js = اختر قيمًا في قائمة واحدة أو أكثر: تُحصى التوصيات المطابقة لها جميعًا وتُعرض فورًا.
filter-intro-nojs = يعرض كل رابط أدناه التوصيات ذات قيمة واحدة. تتطلب التصفية بعدة قيم في آن واحد لغة JavaScript؛ وترد توصيات كل دولة بحسب الموقف في صفحة توصيات تلك الدولة.
filter-all = الكل
filter-clear = مسح عوامل التصفية
filter-apply = عرض التوصيات المطابقة
filter-error = تعذر تحميل فهرس التصفية.
filter-count = { PLURAL($count) ->
    [zero] لا توجد توصيات مطابقة
    [one] توصية واحدة مطابقة
    [two] توصيتان مطابقتان
    [few] { $count } توصيات مطابقة
    [many] { $count } توصية مطابقة
   *[other] { $count } توصية مطابقة
}
filter-state-position = { $state }: { $position }
filter-by-position = بحسب الموقف
filter-link = تصفية التوصيات بحسب عدة معايير
