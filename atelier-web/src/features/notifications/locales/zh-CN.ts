import type en from './en'

export default {
  title: '通知',
  open: '通知（{count} 条未读）',
  empty: '暂无通知',
  readAll: '全部标为已读',
  kinds: {
    mention: '{actor} 在订单 {subject} 中提及了您',
  },
  unknown: '{subject} 有新动态',
} satisfies typeof en
