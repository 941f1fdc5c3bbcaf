/**
 * Traceability (docs/shopfloor.md, "Traceability"): a routing step's process parameters and drawings, what an
 * operation copied of them at release, its photos, material lots, history, and the genealogy of orders and lots.
 */
import { request } from '@/shared/api/http'

export interface ParameterDefinition {
  code: string
  name: string
  nameEn: string | null
  unit: string | null
  min: number | string | null
  max: number | string | null
  required: boolean
}

export interface DrawingRef {
  id: number
  fileName: string
  contentType: string
  sizeBytes: number
}

/** The operation's work instructions, parameters and drawings, as its routing step had them at release. */
export interface OperationSpec {
  instructions: string | null
  parameters: ParameterDefinition[]
  drawings: DrawingRef[]
}

export interface PhotoView {
  id: number
  operationId: number
  eventId: string | null
  fileName: string
  contentType: string
  sizeBytes: number
  uploadedBy: string
  uploadedAt: string
}

export interface LotView {
  id: number
  operationId: number
  operationNumber: string
  workOrderId: number
  workOrderNumber: string
  orderId: number
  orderNumber: string
  itemCode: string
  lotNumber: string
  supplierLot: string | null
  quantity: number
  recordedBy: string
  recordedAt: string
}

export interface LotCommand {
  itemCode: string
  lotNumber: string
  quantity: number | null
  supplierLot?: string | null
}

export interface ParameterValue {
  code: string
  name: string | null
  value: number
  unit: string | null
  min: number | null
  max: number | null
  outOfLimits: boolean
}

export interface HistoryReport {
  eventId: string
  kind: 'START' | 'PAUSE' | 'RESUME' | 'FINISH' | 'QUANTITY'
  operator: string
  operatorName: string
  reportedBy: string
  occurredAt: string
  good: number
  scrap: number
  rework: number
  scrapReason: string | null
  pauseReason: string | null
  overrideReason: string | null
  machineId: number | null
  status: 'APPLIED' | 'REJECTED_TO_EXCEPTION'
  parameters: ParameterValue[]
}

export interface HistorySession {
  operator: string
  operatorName: string
  machineId: number | null
  start: string | null
  end: string | null
  pauses: { from: string; to: string | null; reason: string | null }[]
  good: number
  scrap: number
  rework: number
}

export interface OperationHistory {
  operation: {
    id: number
    number: string
    name: string
    status: string
    good: number
    scrap: number
    rework: number
    workOrderId: number
    workOrderNumber: string
    itemCode: string
    itemName: string
    unit: string
    quantity: number
    orderId: number
    orderNumber: string
  }
  producedLot: string
  machines: { id: number; code: string | null; name: string | null }[]
  spec: OperationSpec
  sessions: HistorySession[]
  reports: HistoryReport[]
  photos: PhotoView[]
  lots: LotView[]
  exceptions: { id: number; eventId: string; reason: string; status: string; decision: string | null; createdAt: string }[]
}

export interface GenealogyOperation {
  id: number
  number: string
  name: string
  status: string
  lots: LotView[]
}

export interface GenealogyWorkOrder {
  id: number
  number: string
  itemCode: string
  itemName: string
  quantity: number
  unit: string
  status: string
  producedLot: string
  operations: GenealogyOperation[]
  children: GenealogyWorkOrder[]
}

export interface OrderGenealogy {
  orderId: number
  orderNumber: string | null
  workOrders: GenealogyWorkOrder[]
}

export interface WorkOrderLink {
  workOrderId: number
  number: string
  itemCode: string
  itemName: string
  quantity: number
  status: string
  orderId: number
  orderNumber: string
}

export interface LotGenealogy {
  lot: string
  producedBy: WorkOrderLink | null
  consumedBy: LotView[]
  goesInto: WorkOrderLink[]
  orders: { id: number; orderNumber: string }[]
}

const step = (routingId: number, stepNo: number) => `/api/routings/${routingId}/steps/${stepNo}`
const operation = (id: number) => `/api/shopfloor/operations/${id}`

function fileForm(file: Blob, fileName: string): FormData {
  const form = new FormData()
  form.append('file', file, fileName)
  return form
}

export const traceApi = {
  stepParameters: (routingId: number, stepNo: number) =>
    request<{ parameters: ParameterDefinition[] }>('GET', `${step(routingId, stepNo)}/parameters`),
  saveStepParameters: (routingId: number, stepNo: number, parameters: ParameterDefinition[]) =>
    request<{ parameters: ParameterDefinition[] }>('PUT', `${step(routingId, stepNo)}/parameters`, { body: { parameters } }),
  stepDrawings: (routingId: number, stepNo: number) => request<DrawingRef[]>('GET', `${step(routingId, stepNo)}/drawings`),
  addStepDrawing: (routingId: number, stepNo: number, file: File) =>
    request<DrawingRef>('POST', `${step(routingId, stepNo)}/drawings`, { body: fileForm(file, file.name) }),
  removeStepDrawing: (routingId: number, stepNo: number, drawingId: number) =>
    request<void>('DELETE', `${step(routingId, stepNo)}/drawings/${drawingId}`),
  stepDrawingUrl: (routingId: number, stepNo: number, drawingId: number) => `${step(routingId, stepNo)}/drawings/${drawingId}`,

  spec: (operationId: number) => request<OperationSpec>('GET', `${operation(operationId)}/spec`),
  drawingUrl: (operationId: number, drawingId: number) => `${operation(operationId)}/drawings/${drawingId}`,
  photos: (operationId: number) => request<PhotoView[]>('GET', `${operation(operationId)}/photos`),
  addPhoto: (operationId: number, file: Blob, fileName: string, eventId?: string | null) =>
    request<PhotoView>('POST', `${operation(operationId)}/photos`, {
      body: fileForm(file, fileName),
      query: { eventId: eventId ?? undefined },
    }),
  photoUrl: (operationId: number, photoId: number) => `${operation(operationId)}/photos/${photoId}`,
  lots: (operationId: number) => request<LotView[]>('GET', `${operation(operationId)}/lots`),
  recordLot: (operationId: number, lot: LotCommand) => request<LotView>('POST', `${operation(operationId)}/lots`, { body: lot }),
  history: (operationId: number) => request<OperationHistory>('GET', `${operation(operationId)}/history`),
  genealogyOfOrder: (orderId: number) => request<OrderGenealogy>('GET', '/api/shopfloor/genealogy', { query: { orderId } }),
  genealogyOfLot: (lot: string) => request<LotGenealogy>('GET', '/api/shopfloor/genealogy', { query: { lot } }),
}
