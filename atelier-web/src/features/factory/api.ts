import { resourceApi, type BaseRecord } from '@/shared/api/resource'

export interface WorkshopDraft {
  code: string
  name: string
  description: string | null
  active: boolean
}
export interface Workshop extends BaseRecord, WorkshopDraft {}
export const workshopApi = resourceApi<Workshop, WorkshopDraft>('/api/workshops')

export interface WorkCenterDraft {
  code: string
  name: string
  workshopId: number | null
  description: string | null
  active: boolean
}
export interface WorkCenter extends BaseRecord, WorkCenterDraft {
  workshopCode: string
  workshopName: string
}
export const workCenterApi = resourceApi<WorkCenter, WorkCenterDraft>('/api/work-centers')

export const WEEKDAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] as const
export type Weekday = (typeof WEEKDAYS)[number]

/** A shift on the given weekdays; an end before the start means it runs past midnight. */
export interface Shift {
  name: string
  startTime: string
  endTime: string
  days: Weekday[]
}
export interface Holiday {
  date: string
  name: string
}
/** A period without capacity; times are ISO-8601 with offset. */
export interface Downtime {
  startsAt: string
  endsAt: string
  reason: string | null
}

export interface CalendarDraft {
  code: string
  name: string
  timeZone: string
  shifts: Shift[]
  holidays: Holiday[]
  downtimes: Downtime[]
}
export interface Calendar extends BaseRecord, CalendarDraft {}
export const calendarApi = resourceApi<Calendar, CalendarDraft>('/api/calendars')

export const MACHINE_STATUSES = ['ACTIVE', 'INACTIVE'] as const
export type MachineStatus = (typeof MACHINE_STATUSES)[number]

export interface MachineDraft {
  code: string
  name: string
  workCenterId: number | null
  calendarId: number | null
  model: string | null
  status: MachineStatus
  description: string | null
  downtimes: Downtime[]
}
export interface Machine extends BaseRecord, MachineDraft {
  workCenterCode: string
  workCenterName: string
  workshopId: number
  workshopCode: string
  workshopName: string
  calendarCode: string | null
  calendarName: string | null
}
export const machineApi = resourceApi<Machine, MachineDraft>('/api/machines')
