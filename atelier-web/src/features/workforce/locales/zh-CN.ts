import type en from './en'

export default {
  skills: {
    title: '技能',
    new: '新建技能',
  },
  workers: {
    title: '人员',
    new: '新建人员',
    skills: '技能',
  },
  fields: {
    badge: '工号',
    workshop: '车间',
    calendar: '工作日历',
    phone: '电话',
    skill: '技能',
    level: '技能等级（1–5）',
  },
} satisfies typeof en
