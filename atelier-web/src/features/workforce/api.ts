import { resourceApi, type BaseRecord } from '@/shared/api/resource'

export interface SkillDraft {
  code: string
  name: string
  description: string | null
}
export interface Skill extends BaseRecord, SkillDraft {}
export const skillApi = resourceApi<Skill, SkillDraft>('/api/skills')

export const SKILL_LEVELS = { min: 1, max: 5 } as const

export interface WorkerSkill {
  skillId: number | null
  level: number
}

export interface WorkerDraft {
  /** The badge number. */
  code: string
  name: string
  workshopId: number | null
  calendarId: number | null
  phone: string | null
  active: boolean
  skills: WorkerSkill[]
  /** The user account the worker signs in with on the phone (docs/shopfloor.md, "Phone screens"). */
  username: string | null
}
export interface Worker extends BaseRecord, WorkerDraft {
  workshopCode: string
  workshopName: string
  calendarCode: string | null
  calendarName: string | null
}
export const workerApi = resourceApi<Worker, WorkerDraft>('/api/workers')
