import { request } from '@/shared/api/http'

/** A notification of the signed-in user; the UI writes the sentence from `kind`. */
export interface AppNotification {
  id: number
  kind: string
  /** What it is about: `ORDER` (then `subjectId` is the order's id and `subjectLabel` its number). */
  subjectType: string
  subjectId: number
  subjectLabel: string
  actor: string
  excerpt: string | null
  createdAt: string
  read: boolean
}

export interface Inbox {
  items: AppNotification[]
  unread: number
}

export const notificationApi = {
  mine: (limit = 20) => request<Inbox>('GET', '/api/notifications', { query: { limit } }),
  read: (id: number) => request<Inbox>('POST', `/api/notifications/${id}/read`),
  readAll: () => request<{ marked: number }>('POST', '/api/notifications/read-all'),
}
