import { request } from '@/shared/api/http'
import type { Order, WorkOrderView, WorkStatus } from './api'

/** A work order a batch was merged from, with its order and the quantity it brought (docs/orders.md, "Split and merge"). */
export interface WorkOrderSource {
  workOrderId: number
  workOrderNumber: string
  orderId: number
  orderNumber: string
  lineNo: number
  quantity: number
}

/** A work order as the split and merge features read it: with its version, its batch sources, or the batch that makes it. */
export type BatchedWorkOrder = WorkOrderView & {
  version: number
  orderId: number
  orderNumber: string
  batch: boolean
  /** The viewed order's share of a batch. */
  share: number | null
  sources: WorkOrderSource[]
  mergedIntoId: number | null
  mergedIntoNumber: string | null
}

export interface WorkOrderSplit {
  original: BatchedWorkOrder
  split: BatchedWorkOrder
  subAssemblies: BatchedWorkOrder[]
}

export interface MergeCandidate {
  id: number
  version: number
  number: string
  orderId: number
  orderNumber: string
  lineNo: number
  itemCode: string
  itemName: string
  quantity: number
  unit: string
  dueDate: string
  status: WorkStatus
}

/** Statuses from which a work order may be split: anything not done (in progress: the pieces not yet started). */
export const SPLITTABLE: readonly WorkStatus[] = ['PENDING', 'READY', 'IN_PROGRESS', 'PAUSED']

/** Whether a work order may be split now: not done, not merged and not a batch. */
export function canSplit(workOrder: BatchedWorkOrder): boolean {
  return SPLITTABLE.includes(workOrder.status) && !workOrder.batch
}

/** Whether a work order may join a batch now: not started, not merged and not a batch already. */
export function canMerge(workOrder: BatchedWorkOrder): boolean {
  return (workOrder.status === 'PENDING' || workOrder.status === 'READY') && !workOrder.batch
}

/** Decimals a quantity of this unit may have: whole pieces and sets, else four. */
export function decimalsOf(unit: string): number {
  return unit === 'PCS' || unit === 'SET' ? 0 : 4
}

/** The largest quantity that may be split off: one step less than the whole, so that something stays. */
export function largestSplit(quantity: number, unit: string): number {
  const step = 10 ** -decimalsOf(unit)
  return Math.max(0, Number((quantity - step).toFixed(decimalsOf(unit))))
}

/** The merge request: the work order the dialog was opened for first, then the chosen candidates. */
export function mergeRequest(first: { id: number; version: number }, chosen: readonly { id: number; version: number }[]) {
  return {
    workOrders: [first, ...chosen.filter((c) => c.id !== first.id)].map(({ id, version }) => ({ id, version })),
  }
}

export const splitLine = (order: Pick<Order, 'id' | 'version'>, lineNo: number, quantity: number, dueDate: string | null) =>
  request<Order>('POST', `/api/orders/${order.id}/lines/${lineNo}/split`, {
    body: { version: order.version, quantity, dueDate },
  })

export const splitWorkOrder = (workOrder: { id: number; version: number }, quantity: number) =>
  request<WorkOrderSplit>('POST', `/api/work-orders/${workOrder.id}/split`, {
    body: { version: workOrder.version, quantity },
  })

export const mergeCandidates = (workOrderId: number) =>
  request<MergeCandidate[]>('GET', '/api/work-orders/merge-candidates', { query: { workOrderId } })

export const mergeWorkOrders = (first: { id: number; version: number }, chosen: readonly { id: number; version: number }[]) =>
  request<BatchedWorkOrder>('POST', '/api/work-orders/merge', { body: mergeRequest(first, chosen) })
