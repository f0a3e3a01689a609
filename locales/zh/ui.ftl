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
search-hint = 输入时即显示结果。
search-needs-js = 搜索需要 JavaScript，但它已被关闭或未能加载。您可以改为浏览：
search-error = 无法加载搜索索引。
search-empty = 没有结果。
search-more = 显示更多结果
search-results = { $count } 个结果
search-kind-recommendation = 建议
search-kind-state = 国家
search-kind-treaty = 条约
search-kind-page = 页面
