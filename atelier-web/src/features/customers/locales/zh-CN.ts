import type en from './en'

export default {
  title: '客户',
  new: '新建客户',
  fields: {
    contactName: '联系人',
    phone: '电话',
    email: '邮箱',
    address: '地址',
    notes: '备注',
  },
} satisfies typeof en
