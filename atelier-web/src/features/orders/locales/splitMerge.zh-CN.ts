import type en from './splitMerge.en'

/** 订单行与生产工单的拆分与合并（docs/orders.md，“Split and merge”）。 */
export default {
  split: '拆分',
  merge: '合并',
  quantity: '拆出数量',
  keeps: '{number} 保留 {quantity} {unit}',
  lineTitle: '拆分第 {lineNo} 行',
  lineHint: '新行使用相同的产品和配置，数量为拆出数量；订单中未保存的修改将被放弃。',
  lineDueDate: '新行交期',
  lineDueDateHint: '留空：与原行相同',
  lineSplit: '第 {lineNo} 行已拆分：新行为第 {newLineNo} 行',
  workOrderTitle: '拆分 {number}',
  workOrderHint: '新生产工单按拆出数量生产，工序相同，并按比例分得物料和尚未开工的子件工单。',
  workOrderInProgress: '已开工：拆出的数量从第一道工序重新开始。',
  workOrderSplit: '已拆出 {number}',
  mergeTitle: '将 {number} 合并为批次',
  mergeHint: '同一物料、同一配置且尚未开工的生产工单，可来自任意订单。批次一起生产，并记录它们来自哪些订单。',
  noCandidates: '目前没有可与此工单合并的生产工单',
  order: '订单',
  merged: '已生成批次 {number}',
  batch: '批次',
  share: '本订单：{quantity}',
  sources: '来源',
  mergedInto: '已合并到 {number}',
} satisfies typeof en
