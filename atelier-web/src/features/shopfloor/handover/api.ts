import { request, type Query } from '@/shared/api/http'
import type { Page } from '@/shared/api/resource'

/** Handovers between workshops (docs/shopfloor.md, "Handovers"). */
export type HandoverStatus = 'IN_TRANSIT' | 'RECEIVED' | 'CANCELLED'
export type Direction = 'INCOMING' | 'OUTGOING'
export type DiscrepancyStatus = 'OPEN' | 'RESOLVED'
export const RESOLUTIONS = ['ACCEPT_COUNTED', 'ACCEPT_SENT', 'RECOUNT'] as const
export type Resolution = (typeof RESOLUTIONS)[number]

export interface Handover {
  id: number
  version: number
  status: HandoverStatus
  orderNumber: string
  workOrderId: number
  workOrderNumber: string
  itemCode: string
  itemName: string
  unit: string | null
  fromOperationId: number
  fromOperationNumber: string
  fromOperationName: string
  fromWorkshopId: number
  fromWorkshopName: string
  toOperationId: number
  toOperationNumber: string
  toOperationName: string
  toWorkshopId: number
  toWorkshopName: string
  quantity: number
  sentBy: string
  sentAt: string
  countedQuantity: number | null
  receivedBy: string | null
  receivedAt: string | null
  acceptedQuantity: number | null
  cancelledBy: string | null
  cancelledAt: string | null
  discrepancyId: number | null
  discrepancyStatus: DiscrepancyStatus | null
}

export interface Discrepancy {
  id: number
  version: number
  status: DiscrepancyStatus
  handoverId: number
  orderNumber: string
  workOrderNumber: string
  itemCode: string
  itemName: string
  unit: string | null
  fromOperationNumber: string
  fromWorkshopId: number
  fromWorkshopName: string
  toOperationNumber: string
  toWorkshopId: number
  toWorkshopName: string
  sentQuantity: number
  countedQuantity: number
  difference: number
  sentBy: string
  sentAt: string
  receivedBy: string
  receivedAt: string
  resolution: Resolution | null
  recountedQuantity: number | null
  reason: string | null
  resolvedBy: string | null
  resolvedAt: string | null
}

export interface HandOverCommand {
  operationId?: number
  workOrderId?: number
  quantity: number
}

const BASE = '/api/shopfloor'

export const handoverApi = {
  list: (query: { workshopId?: number; direction?: Direction; status?: HandoverStatus; page?: number; size?: number }) =>
    request<Page<Handover>>('GET', `${BASE}/handovers`, { query: query as Query }),
  /** The workshop of the worker linked to the signed-in account; null when none is linked. */
  myWorkshop: () => request<{ workshopId: number | null }>('GET', `${BASE}/handovers/my-workshop`),
  handOver: (command: HandOverCommand, idempotencyKey: string) =>
    request<Handover>('POST', `${BASE}/handovers`, { body: command, headers: { 'Idempotency-Key': idempotencyKey } }),
  receive: (id: number, countedQuantity: number, password: string, version: number, idempotencyKey: string) =>
    request<Handover>('POST', `${BASE}/handovers/${id}/receive`, {
      body: { countedQuantity, password, version },
      headers: { 'Idempotency-Key': idempotencyKey },
    }),
  cancel: (id: number) => request<Handover>('POST', `${BASE}/handovers/${id}/cancel`),
  discrepancies: (query: { status?: DiscrepancyStatus; workshopId?: number; page?: number; size?: number }) =>
    request<Page<Discrepancy>>('GET', `${BASE}/discrepancies`, { query: query as Query }),
  resolve: (id: number, resolution: Resolution, reason: string, recountedQuantity?: number | null) =>
    request<Discrepancy>('POST', `${BASE}/discrepancies/${id}/resolve`, {
      body: { resolution, reason, recountedQuantity: recountedQuantity ?? null },
    }),
}
