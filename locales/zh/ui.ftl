# suivi：用户界面字符串（中文）。所有语文的消息标识符均相同。
# suivi: user-interface strings (Chinese, Simplified). Every language has the same message ids.
# 参数：$count 等数字用于选择复数形式（中文只有 other 一种形式）；$language 为语文名称。

## 页面框架
skip-to-content = 跳至主要内容
language-switcher = 语文
main-navigation = 主导航
footer-generated = 由 suivi 发布。凡有标明之处，建议案文均为联合国正式案文；请参见每条记录的来源。
choose-language = 选择语文
nav-home = 首页
nav-recommendations = 建议
nav-states = 国家
nav-treaties = 条约
nav-ratifications = 批准状况
pagination = 分页
pagination-page = 第{ $page }页
# Between page links that are not shown (1 2 3 … 40).
pagination-gap = ……

## 语文（用于替代语文说明：“以英文显示”）
language-ar = 阿拉伯文
language-zh = 中文
language-en = 英文
language-fr = 法文
language-ru = 俄文
language-es = 西班牙文
fallback-note = （无此语文版本；以{ $language }显示）
title-unverified = （标题尚未与联合国条约汇编核对）

## 首页
home-figures = 主要数字
figure-recommendations = { $count ->
   *[other] 项建议
}
figure-states-reviewed = { $count ->
   *[other] 个相关国家
}
figure-updates = { $count ->
   *[other] 条落实情况更新
}
figure-parties = { $count ->
   *[other] 项已记录的条约批准和加入
}
figure-reservations = { $count ->
   *[other] 项保留和声明
}
home-by-position = 按国家答复分列的建议
home-by-status = 按当前落实情况分列的建议
home-by-status-note = 采用任一评估方的最新评估；没有评估的建议计为“无资料”。
home-by-mechanism = 按机制分列的建议
home-recent-updates = 最新落实情况更新
column-count = 数量
ratifications-as-of = 批准数据截至{ $date }
as-of = 截至{ $date }

## 建议
recommendations-title = 建议
recommendations-title-page = 建议，第{ $page }页，共{ $pages }页
recommendations-range = 建议第{ $first }至{ $last }条，共{ $total }条
rec-title = { $document }，第{ $paragraph }段
rec-details = 详细信息
rec-archived = 此建议已存档。
rec-unofficial = 此案文为非正式译文。
rec-current-status = 当前落实情况
rec-timeline = 落实情况更新
rec-no-updates = 尚未发布关于此建议的落实情况更新。
rec-related = 相关建议
update-example = 示例，并非真实评估
update-evidence = 证据
position-source = 答复见{ $document }
position-source-ref = 答复见{ $document }，第{ $paragraph }段

## 字段
field-state = 国家
field-mechanism = 机制
field-document = 文件
field-date = 日期
field-upr-cycle = 普遍定期审议轮次
field-upr-session = 普遍定期审议届会
field-recommending-states = { $count ->
   *[other] 提出建议的国家
}
field-position = 国家的答复
field-themes = 主题
field-affected-persons = 受影响者
field-sdg-goals = 可持续发展目标
sdg-goal-number = 目标{ $number }
field-sdg-targets = 可持续发展目标具体目标
field-responsible = 负责机构
field-uhri-id = 世界人权索引编号
field-source = 来源
field-status = 状况
field-assessor = 评估方
field-formal-name = 正式名称
field-iso-code = ISO 代码
field-membership = 联合国会籍
field-regional-group = 区域组
field-instrument = 文书
field-ratification-status = 状况
field-signature = 签署
field-consent = 批准、加入或继承
field-articles = 条款
field-parent-treaty = 所属条约
field-adopted = 通过日期
field-entry-into-force = 生效
field-monitoring-body = 监督机构

## 国家
states-title = 国家
states-caption = { $count ->
   *[other] { $count } 个有建议或批准数据的国家
}
column-recommendations = 建议
column-instruments-ratified = 已批准的文书（共 { $total } 项）
state-recommendations = { $count ->
    [0] 无建议
   *[other] { $count } 项建议
}
state-no-recommendations = 本网站没有向该国提出的建议。
state-ratifications = 国际人权文书批准情况
state-reservations = 保留和声明

## 条约
treaties-title = 国际人权文书
column-parties = 缔约国
column-signatories = 签署国
column-reservations = 保留和声明
untc-link = 联合国条约汇编
treaty-parties = { $count ->
   *[other] { $count } 个缔约国
}
treaty-signatories = { $count ->
    [0] 没有尚未成为缔约国的签署国
   *[other] { $count } 个尚未成为缔约国的签署国
}
treaty-reservations = { $count ->
    [0] 无保留或声明
   *[other] { $count } 份保留和声明案文
}
reservation-withdrawn-on = 于{ $date }撤回

## 批准状况表
matrix-title = 按国家和文书分列的批准状况
matrix-caption = 国家（行）与文书（列）
matrix-legend = 年份表示该国自该年起成为缔约国；“s”表示已签署但未批准；“–”表示未采取行动；“?”表示无资料。

## Feeds
feed-title = 落实情况更新：{ $site }
feed-state-title = 落实情况更新：{ $state }
feed-entry-title = { $status }：{ $recommendation }
feed-link = 落实情况更新的 Atom 订阅源

## Page not found
not-found-title = 未找到网页
not-found-text = 此地址没有网页。
not-found-home = 前往首页

## Open data
open-data = 开放数据
download-csv = CSV
download-json = JSON
download-zip = 全部数据（zip）
download-recommendations = 建议：
download-ratifications = 批准状况：
download-reservations = 保留和声明：

## 搜索
nav-search = 搜索
search-title = 搜索
search-label = 搜索建议、国家、条约和页面
search-button = 搜索
search-hint = 输入时即显示结果：可输入词语、名称或缩写，例如 { $example }。
search-needs-js = 搜索需要 JavaScript，但它已被关闭或未能加载。您可以改为浏览：
search-error = 无法加载搜索索引。
search-empty = 没有结果。
search-more = 显示更多结果
search-results = { $count } 个结果
search-kind-recommendation = 建议
search-kind-state = 国家
search-kind-treaty = 条约
search-kind-page = 页面
## 仪表板、浏览、情况简介和表格筛选
nav-browse = 浏览
dashboard-title = 仪表板
browse-link = 按主题、可持续发展目标、机制、周期、答复和状况浏览建议
column-share = 比例
column-total = 合计
column-term = 类别
chart-percent = { $percent }%
chart-summary-item = { $label }：{ $count }（{ $percent }）
chart-summary = 共 { $total } 项。{ $items }。
list-separator = ；
chart-status-title = 当前落实状况，评估方：{ $assessor }
chart-cycle-title = 按周期分列的普遍定期审议建议
upr-cycle-name = 普遍定期审议第 { $cycle } 轮
upr-session-name = 普遍定期审议第 { $session } 届会议
sdg-goal-name = 目标 { $goal }：{ $title }
state-all-recommendations = { $count ->
   *[other] 全部 { $count } 项建议，每页 50 项
}
state-latest-recommendations = 最新建议
treaty-no-action = { $count ->
    [0] 没有未采取行动的国家
   *[other] { $count } 个既未签署也未批准的国家
}
browse-title = 浏览建议
browse-intro = 浏览建议的所有方式，每个类别都有一个页面。这些页面无需 { $tech } 即可使用，且地址在每次发布之间保持不变。
term-count = { $count ->
   *[other] { $count } 个类别
}
term-count-recommendations = { $count ->
   *[other] { $count } 项建议
}
term-title-page = { $term }，第 { $page } 页，共 { $pages } 页
term-status-note = 如果至少一个评估方认为某项建议的当前状况为某一状况，该建议即列于该状况之下。
term-state-profile = 国家概况：批准情况、保留和仪表板
term-narrower = 该目标下的可持续发展具体目标
taxonomy-states = 国家
taxonomy-states-description = 每个国家收到的建议。
taxonomy-mechanisms = 机制
taxonomy-mechanisms-description = 普遍定期审议、条约机构和特别程序。
taxonomy-cycles = 普遍定期审议周期
taxonomy-cycles-description = 普遍定期审议的各轮周期。
taxonomy-sessions = 普遍定期审议会议
taxonomy-sessions-description = 普遍定期审议工作组的各届会议。
taxonomy-positions = 国家的答复
taxonomy-positions-description = 国家对每项普遍定期审议建议是表示支持还是表示注意到。
taxonomy-statuses = 落实状况
taxonomy-statuses-description = 每项建议的当前落实状况。
taxonomy-themes = 主题
taxonomy-themes-description = 世界人权索引中的人权主题。
taxonomy-persons = 受影响者
taxonomy-persons-description = 每项建议所涉的人群。
taxonomy-sdgs = 可持续发展目标
taxonomy-sdgs-description = 与每项建议相关的可持续发展目标和具体目标。
taxonomy-institutions = 负责机构
taxonomy-institutions-description = 负责落实每项建议的机构。
taxonomy-clusters = 组别
taxonomy-clusters-description = 本网站界定的相关建议组别。
factsheet-link = 可打印的情况简介
factsheet-eyebrow = 批准情况简介
factsheet-no-date = 批准数据的日期不详。
factsheet-back-state = 国家页面
factsheet-back-treaty = 文书页面
factsheet-print-hint = 可在浏览器中打印本页或另存为 PDF。
factsheet-state-title = 批准情况简介：{ $state }
factsheet-treaty-title = 批准情况简介：{ $treaty }
factsheet-state-summary = 已是 { $total } 项文书中 { $parties } 项的缔约国；已签署但尚未成为缔约国的文书：{ $signatories } 项。
factsheet-treaty-summary = 在 { $states } 个国家中：缔约国 { $parties } 个，尚未成为缔约国的签署国 { $signatories } 个，未采取行动的国家 { $none } 个。
factsheet-instruments-caption = 国际人权文书的批准情况
factsheet-states-caption = 各国的情况
field-procedures = 申诉和调查程序
procedure-article = 第 { $article } 条
procedures-none = 无接受记录
factsheet-procedures-note = 凡数据有记录的，均列出对个人申诉程序和调查程序的接受情况。
factsheet-objections-made = { $count ->
   *[other] 该国提出的 { $count } 项反对
}
factsheet-objections-received = { $count ->
   *[other] 其他国家提出的 { $count } 项反对
}
factsheet-withdrawals = { $count ->
   *[other] { $count } 项撤回
}
matrix-title-group = 批准情况：{ $group }
matrix-all-states = 所有国家
matrix-filter-groups = 按区域组筛选
matrix-filter-name = 国家名称或 ISO 代码
matrix-filter-instrument = 文书
matrix-filter-status = 对该文书的状况
matrix-filter-any = 任何文书
matrix-filter-not-party = 非缔约国
matrix-shown = 显示的国家：{ $shown } 个，共 { $total } 个
matrix-sort-hint = 按此列排序
chart-example-note = 这些数字包括示例性的更新。

## 筛选
filter-title = 筛选建议
filter-intro-js = 在一个或多个列表中选择值：符合全部条件的建议会立即计数并列出。
filter-intro-nojs = 下列每个链接列出具有某一个值的建议。同时按多个值筛选需要 JavaScript；各国按立场分列的建议见该国的建议页面。
filter-all = 全部
filter-clear = 清除筛选
filter-apply = 显示符合条件的建议
filter-error = 无法加载筛选索引。
filter-count = 符合条件的建议：{ $count } 项
filter-state-position = { $state }：{ $position }
filter-by-position = 按立场
filter-link = 按多个条件筛选建议
