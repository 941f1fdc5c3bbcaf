import { request } from '@/shared/api/http'

export type OperationStatus = 'PENDING' | 'READY' | 'IN_PROGRESS' | 'PAUSED' | 'DONE' | 'CANCELLED' | 'MERGED'
export type SessionStatus = 'RUNNING' | 'PAUSED' | 'DONE'

/** An operation as "my tasks" lists it (GET /api/shopfloor/my-tasks). Quantities are decimals as numbers. */
export interface Task {
  id: number
  /** The full operation number, e.g. SO-2026-0042/WO-03/OP-20. */
  number: string
  stepNo: number
  name: string
  status: OperationStatus
  workCenterId: number
  skillId: number | null
  workOrderId: number
  workOrderNumber: string
  orderId: number
  orderNumber: string
  itemCode: string
  itemName: string
  unit: string
  quantity: number
  received: number
  good: number
  scrap: number
  rework: number
  dueDate: string
  priority: string
  mySession: SessionStatus | null
}

export interface MyTasks {
  worker: { id: number; code: string; name: string } | null
  scope: 'SKILLS' | 'ALL' | 'UNLINKED'
  order: string
  items: Task[]
}

export interface OperationScreen {
  operation: Task
  workCenter: string
  machines: string
  parameters: { name: string; value: string }[]
  predecessors: { id: number; number: string; name: string; status: OperationStatus }[]
  sessions: { operator: string; name: string; status: SessionStatus; mine: boolean }[]
  reports: {
    eventId: string
    kind: string
    good: number
    scrap: number
    scrapReason: string | null
    rework: number
    pauseReason: string | null
    occurredAt: string
    operator: string
    status: string
  }[]
}

export const phoneApi = {
  myTasks: () => request<MyTasks>('GET', '/api/shopfloor/my-tasks'),
  operation: (id: number) => request<OperationScreen>('GET', `/api/shopfloor/operations/${id}`),
}
