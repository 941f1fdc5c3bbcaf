import type en from './workspace.en'

/** 订单工作台：页头、选项卡、时间线、评论、进度（docs/orders.md “Order workspace”）。 */
export default {
  tabs: {
    overview: '概览',
    workOrders: '工单',
    timeline: '时间线',
    comments: '评论',
    attachments: '附件',
    changes: '变更',
    history: '历史',
  },
  header: {
    customer: '客户',
    due: '交期',
    requested: '要求交期',
    promised: '承诺交期',
    progress: '进度',
    notReleased: '尚未下达',
    operations: '已完成 {done} / {total} 道工序',
    workOrders: '已完成 {done} / {total} 个工单',
  },
  progress: {
    title: '各工单进度',
    quantityGood: '已完成数量',
  },
  timeline: {
    empty: '暂无记录',
    more: '显示更早的记录',
    system: 'Atelier 系统',
    kinds: {
      order: {
        created: '录入了订单 {orderNumber}',
        status: '将状态从“{from}”改为“{to}”',
        changed: '修改了 {fields}',
        deleted: '删除了订单 {orderNumber}',
      },
      workOrder: {
        created: '生成了工单 {number}',
        status: '工单 {number}：{from} → {to}',
        changed: '修改了工单 {number}：{fields}',
      },
      operation: {
        status: '工序 {number}：{from} → {to}',
      },
      comment: {
        posted: '发表了评论',
      },
      attachment: {
        added: '上传了附件 {fileName}',
      },
    },
    reason: '原因：{reason}',
    unknown: '{kind}',
  },
  comments: {
    empty: '暂无评论',
    placeholder: '写评论；输入 {at} 和姓名可提及同事',
    post: '发表评论',
    posted: '评论已发表',
    edit: '编辑',
    save: '保存',
    cancel: '取消',
    remove: '删除',
    confirmRemove: '删除这条评论？',
    edited: '已编辑',
    mentioned: '已通知：{names}',
  },
  changes: {
    notReleased: '订单下达前可在“概览”中直接修改；下达后的任何修改都须提交变更申请。',
  },
} satisfies typeof en
