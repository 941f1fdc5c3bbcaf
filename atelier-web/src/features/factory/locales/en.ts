export default {
  workshops: {
    title: 'Workshops',
    new: 'New workshop',
  },
  workCenters: {
    title: 'Work centres',
    new: 'New work centre',
  },
  calendars: {
    title: 'Working calendars',
    new: 'New working calendar',
  },
  machines: {
    title: 'Machines',
    new: 'New machine',
  },
  fields: {
    workshop: 'Workshop',
    workCenter: 'Work centre',
    calendar: 'Working calendar',
    model: 'Model',
    timeZone: 'Time zone',
  },
  machineStatus: {
    ACTIVE: 'In service',
    INACTIVE: 'Out of service',
  },
  shifts: {
    title: 'Shifts',
    name: 'Shift',
    startTime: 'Starts',
    endTime: 'Ends',
    days: 'Days',
    overnight: 'An end before the start runs past midnight.',
  },
  holidays: {
    title: 'Holidays',
    date: 'Date',
    name: 'Name',
  },
  downtimes: {
    title: 'Downtimes',
    startsAt: 'From',
    endsAt: 'Until',
    reason: 'Reason',
  },
  weekdays: {
    MON: 'Mon',
    TUE: 'Tue',
    WED: 'Wed',
    THU: 'Thu',
    FRI: 'Fri',
    SAT: 'Sat',
    SUN: 'Sun',
  },
}
