import type { Role } from '@/features/identity/roles'
import { request } from '@/shared/api/http'
import type { Page } from '@/shared/api/resource'

/** The supervisor's board and exception queue (docs/shopfloor.md, "Supervisor board"). */
export const COLUMNS = ['READY', 'IN_PROGRESS', 'PAUSED', 'DONE_TODAY', 'BLOCKED'] as const
export type Column = (typeof COLUMNS)[number]
export type Blocker = 'ON_HOLD' | 'EXCEPTION' | 'PREDECESSORS'

export interface BoardCard {
  operationId: number
  number: string
  name: string
  workCenterId: number
  status: string
  workOrderId: number
  workOrderNumber: string
  orderId: number
  orderNumber: string
  itemCode: string
  itemName: string
  quantity: number
  unit: string
  good: number
  scrap: number
  operators: string[]
  dueDate: string | null
  late: boolean
  overran: boolean
  blockedBy: Blocker | null
}

export interface WorkCenterLoad {
  id: number
  code: string
  name: string
  inProgress: number
  quantity: number
}

export interface Board {
  workshopId: number
  workCenterId: number | null
  today: string
  workCenters: WorkCenterLoad[]
  columns: Record<Column, BoardCard[]>
}

export function fetchBoard(workshopId: number, workCenterId: number | null): Promise<Board> {
  return request<Board>('GET', '/api/shopfloor/board', { query: { workshopId, workCenterId } })
}

export type ExceptionStatus = 'OPEN' | 'RESOLVED'
export type Decision = 'DISMISS' | 'REAPPLY'

export interface ReportException {
  id: number
  eventId: string
  operationId: number
  kind: string
  deviceId: string
  deviceSeq: number
  operator: string
  good: number
  scrap: number
  rework: number
  occurredAt: string
  reason: string
  status: ExceptionStatus
  decision: Decision | null
  resolutionReason: string | null
  resolvedBy: string | null
  resolvedAt: string | null
  createdAt: string
}

export const exceptionApi = {
  list: (status: ExceptionStatus | null, page: number, size: number) =>
    request<Page<ReportException>>('GET', '/api/shopfloor/exceptions', { query: { status, page, size } }),
  resolve: (id: number, decision: Decision, reason: string) =>
    request<ReportException>('POST', `/api/shopfloor/exceptions/${id}/resolve`, { body: { decision, reason } }),
}

/** The supervisors: who work the exception queue. */
export const SUPERVISORS: readonly Role[] = ['ADMIN', 'SUPERVISOR']
