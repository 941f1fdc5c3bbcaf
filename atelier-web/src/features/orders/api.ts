import { download, request, type DownloadedFile, type Query } from '@/shared/api/http'
import { resourceApi, type BaseRecord, type Page } from '@/shared/api/resource'

export const ORDER_STATUSES = [
  'DRAFT',
  'CONFIRMED',
  'RELEASED',
  'IN_PRODUCTION',
  'COMPLETED',
  'SHIPPED',
  'ON_HOLD',
  'CANCELLED',
] as const
export type OrderStatus = (typeof ORDER_STATUSES)[number]
export const PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'RUSH'] as const
export type Priority = (typeof PRIORITIES)[number]
/** The status actions, named as their endpoints (`POST /api/orders/{id}/<action>`). */
export type OrderAction =
  | 'confirm'
  | 'release'
  | 'start-production'
  | 'complete'
  | 'ship'
  | 'hold'
  | 'resume'
  | 'cancel'
  /** Not a status button: opens a change request (`POST /api/orders/{id}/change-requests`). */
  | 'request-change'
/** Actions that need a reason. */
export const REASON_ACTIONS: readonly OrderAction[] = ['hold', 'cancel']

/** A line as entered: a configured product (template and values) or a catalog product (item code). */
export interface OrderLineDraft {
  lineNo: number | null
  templateCode: string | null
  templateVersion: number | null
  parameters: Record<string, string>
  itemCode: string | null
  quantity: number | null
  dueDate: string | null
}

export interface OrderDraft {
  orderNumber: string | null
  customerId: number | null
  requestedDate: string | null
  priority: Priority
  notes: string | null
  lines: OrderLineDraft[]
}

export interface OrderLine {
  lineNo: number
  templateCode: string | null
  templateVersion: number | null
  parameters: Record<string, string>
  itemCode: string
  quantity: number
  dueDate: string | null
}

export interface Order extends BaseRecord {
  orderNumber: string
  customerId: number
  customerCode: string
  customerName: string
  requestedDate: string
  promisedDate: string | null
  promiseNote: string | null
  dueDate: string
  priority: Priority
  rush: boolean
  notes: string | null
  status: OrderStatus
  heldFrom: OrderStatus | null
  statusReason: string | null
  late: boolean
  atRisk: boolean
  lines: OrderLine[]
  /** The status actions the order allows now. */
  actions: OrderAction[]
}

/** A row of the order list. */
export interface OrderSummary extends BaseRecord {
  orderNumber: string
  customerId: number
  customerCode: string
  customerName: string
  requestedDate: string
  promisedDate: string | null
  dueDate: string
  priority: Priority
  rush: boolean
  status: OrderStatus
  lineCount: number
  late: boolean
  atRisk: boolean
}

export interface Attachment {
  id: number
  orderId: number
  fileName: string
  contentType: string
  sizeBytes: number
  sha256: string
  uploadedBy: string
  uploadedAt: string
}

export const orderApi = resourceApi<Order, OrderDraft>('/api/orders')

/** The order list: its rows are summaries, not whole orders. */
export const listOrders = (params: Query) => request<Page<OrderSummary>>('GET', '/api/orders', { query: params })

export function changeStatus(order: Order, action: OrderAction, reason?: string): Promise<Order> {
  return request<Order>('POST', `/api/orders/${order.id}/${action}`, {
    body: { version: order.version, reason: reason?.trim() || null },
  })
}

export const attachmentApi = {
  list: (orderId: number) => request<Attachment[]>('GET', `/api/orders/${orderId}/attachments`),
  upload: (orderId: number, file: File) => {
    const form = new FormData()
    form.append('file', file)
    return request<Attachment>('POST', `/api/orders/${orderId}/attachments`, { body: form })
  },
  download: (attachment: Attachment): Promise<DownloadedFile> =>
    download(`/api/orders/${attachment.orderId}/attachments/${attachment.id}`, {}, attachment.fileName),
  remove: (attachment: Attachment) =>
    request<void>('DELETE', `/api/orders/${attachment.orderId}/attachments/${attachment.id}`),
}

export type WorkStatus = 'PENDING' | 'READY' | 'IN_PROGRESS' | 'PAUSED' | 'DONE' | 'CANCELLED' | 'MERGED'

/** A machine that can do an operation: run minutes per unit and for the work order's quantity. */
export interface OperationMachineView {
  machineId: number
  runMinutesPerUnit: number
  setupMinutes: number
  runMinutes: number
}

/** An operation, numbered `<work order>/OP-<step>`; customers get no work centre, machines or times. */
export interface WorkOrderOperationView {
  id: number
  number: string
  stepNo: number
  name: string
  workCenterId: number | null
  workers: number | null
  predecessors: string[]
  machines: OperationMachineView[]
  status: WorkStatus
}

export interface MaterialRequirementView {
  itemCode: string
  itemName: string
  unit: string
  quantity: number
  needDate: string
  leadTimeDays: number | null
}

/** A work order of a released order, numbered `<order number>/WO-NN`, in depth-first order. */
export interface WorkOrderView {
  id: number
  number: string
  parentNumber: string | null
  level: number
  lineNo: number
  itemCode: string
  itemName: string
  unit: string
  quantity: number
  dueDate: string
  status: WorkStatus
  operations: WorkOrderOperationView[]
  materials: MaterialRequirementView[]
  /** Started work an approved change request touched: kept until a person decides. */
  needsDecision: boolean
  decisionReason: 'QUANTITY_CHANGED' | 'NO_LONGER_NEEDED' | 'ORDER_CANCELLED' | null
  decisionChangeRequestId: number | null
  decisionQuantity: number | null
}

export const listWorkOrders = (orderId: number) =>
  request<WorkOrderView[]>('GET', `/api/orders/${orderId}/work-orders`)
