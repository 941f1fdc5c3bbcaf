import { request, type Query } from '@/shared/api/http'
import type { Page } from '@/shared/api/resource'
import type { Role } from '@/features/identity/roles'
import type { OrderLineDraft, OrderStatus, Priority } from './api'

/** What a change request changes of a released order (docs/orders.md, "Change requests"). */
export const CHANGE_KINDS = [
  'CHANGE_QUANTITY',
  'CHANGE_PARAMETERS',
  'ADD_LINE',
  'REMOVE_LINE',
  'CHANGE_DATES',
  'CHANGE_PRIORITY',
  'CANCEL',
] as const
export type ChangeKind = (typeof CHANGE_KINDS)[number]
export type ChangeRequestStatus = 'PENDING' | 'APPROVED' | 'REJECTED' | 'WITHDRAWN'
export type ChangeRequestAction = 'approve' | 'reject' | 'withdraw'

/** Who asks for changes; who decides is the server's setting, so the buttons follow each request's `actions`. */
export const CHANGE_REQUESTERS: readonly Role[] = ['ADMIN', 'PLANNER']
/** Statuses in which an order changes only through a change request. */
export const CHANGEABLE_STATUSES: readonly OrderStatus[] = ['RELEASED', 'IN_PRODUCTION', 'ON_HOLD']

export interface ChangeCommand {
  version: number
  kind: ChangeKind
  lineNo?: number | null
  quantity?: number | null
  parameters?: Record<string, string> | null
  templateVersion?: number | null
  line?: OrderLineDraft | null
  requestedDate?: string | null
  promisedDate?: string | null
  lineDueDate?: string | null
  priority?: Priority | null
  reason: string
}

/** One work order a change touches; `newQuantity` empty: no longer needed. */
export interface ImpactEntry {
  number: string | null
  lineNo: number
  itemCode: string
  quantity: number | null
  newQuantity: number | null
  reason: string | null
}

export interface ChangeImpact {
  reexploded: ImpactEntry[]
  added: ImpactEntry[]
  removed: ImpactEntry[]
  flagged: ImpactEntry[]
  orderCancelled: boolean
}

export interface ProposedLine {
  lineNo: number
  templateCode: string | null
  templateVersion: number | null
  parameters: Record<string, string>
  itemCode: string
  quantity: number
  dueDate: string | null
}

export interface ChangeProposal {
  kind: ChangeKind
  lineNo: number | null
  quantity: number | null
  line: ProposedLine | null
  requestedDate: string | null
  promisedDate: string | null
  lineDueDate: string | null
  priority: Priority | null
}

export interface ChangeRequest {
  id: number
  version: number
  orderId: number
  orderNumber: string
  orderVersion: number
  kind: ChangeKind
  proposal: ChangeProposal
  reason: string
  status: ChangeRequestStatus
  requestedBy: string
  requestedAt: string
  impact: ChangeImpact
  appliedImpact: ChangeImpact | null
  decidedBy: string | null
  decidedAt: string | null
  decisionNote: string | null
  actions: ChangeRequestAction[]
}

export const changeRequestApi = {
  ofOrder: (orderId: number) => request<ChangeRequest[]>('GET', `/api/orders/${orderId}/change-requests`),
  create: (orderId: number, command: ChangeCommand) =>
    request<ChangeRequest>('POST', `/api/orders/${orderId}/change-requests`, { body: command }),
  list: (query: Query) => request<Page<ChangeRequest>>('GET', '/api/change-requests', { query }),
  /** Approve, reject or withdraw, with the request's version and the order's version the person saw. */
  decide: (changeRequest: ChangeRequest, action: ChangeRequestAction, orderVersion: number, note?: string) =>
    request<ChangeRequest>('POST', `/api/change-requests/${changeRequest.id}/${action}`, {
      body: { version: changeRequest.version, orderVersion, note: note?.trim() || null },
    }),
}

/** A short text of what the request proposes, e.g. "line 1: quantity 3". */
export function describeProposal(proposal: ChangeProposal, t: (key: string, values?: Record<string, unknown>) => string): string {
  switch (proposal.kind) {
    case 'CHANGE_QUANTITY':
      return t('orders.changes.describe.quantity', { line: proposal.lineNo, quantity: proposal.quantity })
    case 'CHANGE_PARAMETERS':
      return t('orders.changes.describe.parameters', {
        line: proposal.lineNo,
        values: Object.entries(proposal.line?.parameters ?? {})
          .map(([code, value]) => `${code}=${value}`)
          .join(', '),
      })
    case 'ADD_LINE':
      return t('orders.changes.describe.addLine', {
        line: proposal.lineNo,
        item: proposal.line?.itemCode,
        quantity: proposal.line?.quantity,
      })
    case 'REMOVE_LINE':
      return t('orders.changes.describe.removeLine', { line: proposal.lineNo })
    case 'CHANGE_DATES':
      return [
        proposal.requestedDate ? t('orders.changes.describe.requestedDate', { date: proposal.requestedDate }) : null,
        proposal.promisedDate ? t('orders.changes.describe.promisedDate', { date: proposal.promisedDate }) : null,
        proposal.lineDueDate ? t('orders.changes.describe.lineDueDate', { line: proposal.lineNo, date: proposal.lineDueDate }) : null,
      ]
        .filter(Boolean)
        .join('; ')
    case 'CHANGE_PRIORITY':
      return t('orders.changes.describe.priority', { priority: t(`orders.priority.${proposal.priority}`) })
    case 'CANCEL':
      return t('orders.changes.describe.cancel')
  }
}
