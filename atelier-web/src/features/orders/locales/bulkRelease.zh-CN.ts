export default {
  title: '批量下达订单',
  button: '下达所选 ({count})',
  confirm: '将 {count} 个已确认订单下达到生产？每个订单将分解为工单；无法下达的订单保持原状并说明原因。',
  done: '已下达 {count} 个订单',
  resultTitle: '部分订单未能下达',
  result: '已下达 {released} 个，未下达 {refused} 个：',
  reason: '原因',
  tooMany: '一次最多 {max} 个订单',
  close: '关闭',
}
