# suivi 受控词表的标签（中文）。
# Labels of suivi's controlled vocabularies (Chinese, Simplified).
# Message ids must be identical in every locales/<lang>/vocabulary.ftl.

## 受审议国对建议的立场

position-supported = 支持
position-partially_supported = 部分支持
position-noted = 注意到
position-pending = 待定
position-not_applicable = 不适用
position-unknown = 不详

## 落实情况

status-not_started = 未开始
status-planned = 已计划
status-in_progress = 进行中
status-partially_implemented = 部分落实
status-implemented = 已落实
status-not_implemented = 未落实
status-not_applicable = 不适用
status-no_information = 无资料

## 评估方

assessor-government = 政府
assessor-nhri = 国家人权机构
assessor-civil_society = 民间社会
assessor-un_follow_up = 联合国后续行动
assessor-other = 其他

## 条约批准状况（unknown：数据中无资料）

ratification-party = 缔约国
ratification-signatory = 签署国
ratification-no_action = 未采取行动
ratification-withdrawn = 已退出
ratification-unknown = 无资料

## 同意受条约约束的方式

consent-ratification = 批准
consent-accession = 加入
consent-succession = 继承
consent-acceptance = 接受
consent-approval = 核准
consent-formal_confirmation = 正式确认

## 保留、声明和反对：类别

reservation-kind-reservation = 保留
reservation-kind-declaration = 声明
reservation-kind-interpretative_declaration = 解释性声明
reservation-kind-objection = 反对
reservation-kind-withdrawal = 撤回
reservation-kind-partial_withdrawal = 部分撤回
reservation-kind-reservations_and_declarations = 声明和保留

## 保留、声明和反对：状况

reservation-status-in_force = 有效
reservation-status-withdrawn = 已撤回
reservation-status-partially_withdrawn = 已部分撤回

## 保留、声明和反对：提出时间

occasion-signature = 签署时
occasion-consent = 成为缔约国时
occasion-later = 其后

## 人权机制类型

mechanism-type-upr = 普遍定期审议
mechanism-type-treaty_body = 条约机构
mechanism-type-special_procedure = 特别程序
mechanism-type-regional = 区域机制

## 联合国区域组

regional-group-African = 非洲国家
regional-group-Asia-Pacific = 亚洲-太平洋国家
regional-group-EEG = 东欧国家
regional-group-GRULAC = 拉丁美洲和加勒比国家
regional-group-WEOG = 西欧和其他国家

## 联合国会籍

membership-member = 会员国
membership-observer = 观察员国
membership-non_member = 非会员

## 文本类型

rec-type-recommendation = 建议
rec-type-observation = 意见

## 条约类型

treaty-kind-treaty = 条约
treaty-kind-optional_protocol = 任择议定书
