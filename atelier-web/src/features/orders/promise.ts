import { request } from '@/shared/api/http'
import type { Order } from './api'

/** The bought item that holds a proposal back: it can be there on `arrival`, today plus its lead time. */
export interface LimitingMaterial {
  itemCode: string
  itemName: string
  workOrderNumber: string
  leadTimeDays: number
  arrival: string
}

/** The plan a proposal was computed against. */
export interface PlanBasis {
  madeAt: string
  method: string
  orders: number
  operations: number
  buildMillis: number
}

/** `POST /api/orders/{id}/promise-proposal` (docs/planning.md, "Promise"). */
export interface PromiseProposal {
  orderId: number
  orderNumber: string
  requestedDate: string
  proposedDate: string
  productionCompletion: string
  limitingMaterial: LimitingMaterial | null
  workOrders: number
  operations: number
  plan: PlanBasis
  computeMillis: number
}

export interface PromiseCommand {
  version: number
  promisedDate: string | null
  proposedDate: string | null
  reason: string | null
}

/** The orders a promise can be made for: not yet released. */
export const PROMISABLE: readonly Order['status'][] = ['DRAFT', 'CONFIRMED']

export function proposePromise(orderId: number): Promise<PromiseProposal> {
  return request<PromiseProposal>('POST', `/api/orders/${orderId}/promise-proposal`)
}

export function promiseOrder(orderId: number, command: PromiseCommand): Promise<Order> {
  return request<Order>('POST', `/api/orders/${orderId}/promise`, { body: command })
}
