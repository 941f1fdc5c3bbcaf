import type en from './en'

export default {
  title: '首页',
  welcome: '欢迎，{name}。',
  masterData: '基础数据',
  customerTitle: '您的订单将显示在这里',
  customerText: '可查看订单与交期的客户门户将在后续版本中提供。',
} satisfies typeof en
