import { request } from '@/shared/api/http'
import type { OrderStatus } from './api'

/** The most orders one bulk release takes (the server refuses more). */
export const MAX_BULK_RELEASE = 1000

/** A refused order's problem, as its single release would have answered it. */
export interface BulkReleaseProblem {
  title?: string
  detail?: string
  errors?: { field: string; message: string }[]
}

export interface BulkReleaseResult {
  id: number
  status: number
  orderNumber: string | null
  version: number | null
  orderStatus: OrderStatus | null
  problem: BulkReleaseProblem | null
}

export interface BulkReleaseAnswer {
  released: number
  refused: number
  results: BulkReleaseResult[]
}

/** Releases the orders at the versions seen (`POST /api/orders/release`), each alone: some may be refused. */
export function releaseOrders(orders: { id: number; version: number }[]): Promise<BulkReleaseAnswer> {
  return request<BulkReleaseAnswer>('POST', '/api/orders/release', {
    body: { orders: orders.map(({ id, version }) => ({ id, version })) },
  })
}

/** Why an order was refused, in one line: the first field error's message, else the problem's detail or title. */
export function refusalReason(problem: BulkReleaseProblem | null): string {
  if (!problem) return ''
  return problem.errors?.find((error) => error.message)?.message ?? problem.detail ?? problem.title ?? ''
}

/** The refused orders, each with its number as listed (a refused order's answer has none) and its reason. */
export function refusals(
  answer: BulkReleaseAnswer,
  numbers: Map<number, string>,
): { id: number; orderNumber: string; reason: string }[] {
  return answer.results
    .filter((result) => result.status !== 200)
    .map((result) => ({
      id: result.id,
      orderNumber: numbers.get(result.id) ?? `#${result.id}`,
      reason: refusalReason(result.problem),
    }))
}
