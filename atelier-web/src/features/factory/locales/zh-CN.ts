import type en from './en'

export default {
  workshops: {
    title: '车间',
    new: '新建车间',
  },
  workCenters: {
    title: '工作中心',
    new: '新建工作中心',
  },
  calendars: {
    title: '工作日历',
    new: '新建工作日历',
  },
  machines: {
    title: '设备',
    new: '新建设备',
  },
  fields: {
    workshop: '车间',
    workCenter: '工作中心',
    calendar: '工作日历',
    model: '型号',
    timeZone: '时区',
  },
  machineStatus: {
    ACTIVE: '在用',
    INACTIVE: '停用',
  },
  shifts: {
    title: '班次',
    name: '班次',
    startTime: '开始',
    endTime: '结束',
    days: '工作日',
    overnight: '结束时间早于开始时间表示跨午夜。',
  },
  holidays: {
    title: '节假日',
    date: '日期',
    name: '名称',
  },
  downtimes: {
    title: '停机',
    startsAt: '开始',
    endsAt: '结束',
    reason: '原因',
  },
  weekdays: {
    MON: '周一',
    TUE: '周二',
    WED: '周三',
    THU: '周四',
    FRI: '周五',
    SAT: '周六',
    SUN: '周日',
  },
} satisfies typeof en
