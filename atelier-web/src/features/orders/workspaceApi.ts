import { request } from '@/shared/api/http'
import type { WorkStatus } from './api'

/** A comment on an order; `mentions` are the staff users its `@username`s named when it was written. */
export interface OrderComment {
  id: number
  version: number
  orderId: number
  author: string
  authorName: string
  body: string
  mentions: { userId: number; username: string; displayName: string }[]
  createdAt: string
  updatedAt: string
  edited: boolean
}

/** One thing that happened to an order: the UI writes the sentence from `kind` and `params`. */
export interface TimelineEntry {
  at: string
  actor: string
  kind: string
  params: Record<string, string>
}

export interface TimelinePage {
  items: TimelineEntry[]
  /** Pass as `before` for the next page; null on the last page. */
  nextBefore: string | null
}

export interface WorkOrderProgress {
  id: number
  number: string
  level: number
  lineNo: number
  itemCode: string
  itemName: string
  unit: string
  quantity: number
  quantityGood: number
  status: WorkStatus
  operationsDone: number
  operationsTotal: number
  percent: number | null
}

export interface OrderProgress {
  orderId: number
  workOrdersDone: number
  workOrdersTotal: number
  operationsDone: number
  operationsTotal: number
  /** Null before release (nothing to do yet). */
  percent: number | null
  workOrders: WorkOrderProgress[]
}

export interface MentionableUser {
  id: number
  username: string
  displayName: string
}

export const commentApi = {
  list: (orderId: number) => request<OrderComment[]>('GET', `/api/orders/${orderId}/comments`),
  post: (orderId: number, body: string) =>
    request<OrderComment>('POST', `/api/orders/${orderId}/comments`, { body: { body } }),
  edit: (comment: OrderComment, body: string) =>
    request<OrderComment>('PUT', `/api/orders/${comment.orderId}/comments/${comment.id}`, {
      body: { body, version: comment.version },
    }),
  remove: (comment: OrderComment) =>
    request<void>('DELETE', `/api/orders/${comment.orderId}/comments/${comment.id}`, {
      query: { version: comment.version },
    }),
}

export const fetchTimeline = (orderId: number, before?: string | null, limit = 50) =>
  request<TimelinePage>('GET', `/api/orders/${orderId}/timeline`, { query: { before, limit } })

export const fetchProgress = (orderId: number) => request<OrderProgress>('GET', `/api/orders/${orderId}/progress`)

export const findMentionable = (q: string) =>
  request<MentionableUser[]>('GET', '/api/users/mentionable', { query: { q, limit: 10 } })
