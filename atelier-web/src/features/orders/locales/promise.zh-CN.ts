import type en from './promise.en'

/** 承诺交期对话框 (docs/planning.md, "Promise"). */
export default {
  action: '承诺交期',
  title: '订单 {order} 的承诺交期',
  proposedDate: '建议交期',
  requestedDate: '客户要求日期',
  productionCompletion: '生产完工时间',
  material: '外购物料',
  materialLimits: '{item} 限制了交期：采购提前期 {days} 天，预计 {arrival} 到货',
  materialNotLimiting: '没有外购物料拖后交期',
  work: '工作量',
  workCount: '{workOrders} 个工单，{operations} 道工序',
  plan: '计算依据',
  planBasis: '{madeAt} 的计划：{orders} 个订单，{operations} 道未完成工序',
  accept: '承诺建议交期',
  other: '承诺其他日期',
  promisedDate: '承诺日期',
  reason: '选择其他日期的原因',
  reasonRequired: '承诺日期与建议日期不同时，请填写原因。',
  afterRequested: '该日期晚于客户要求日期：订单将有延期风险。',
  confirm: '承诺',
  promised: '订单 {order} 已承诺于 {date} 交货。',
} satisfies typeof en
