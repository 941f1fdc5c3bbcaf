import { resourceApi, type BaseRecord } from '@/shared/api/resource'

export interface ProductFamilyDraft {
  code: string
  name: string
  description: string | null
}
export interface ProductFamily extends BaseRecord, ProductFamilyDraft {}
export const productFamilyApi = resourceApi<ProductFamily, ProductFamilyDraft>('/api/product-families')

export const ITEM_TYPES = ['MATERIAL', 'PART', 'PRODUCT'] as const
export type ItemType = (typeof ITEM_TYPES)[number]
export const UNITS = ['PCS', 'SET', 'M', 'M2', 'M3', 'KG', 'L'] as const
export type Unit = (typeof UNITS)[number]
export const PROCUREMENTS = ['MAKE', 'BUY'] as const
export type Procurement = (typeof PROCUREMENTS)[number]

export interface ItemDraft {
  code: string
  name: string
  type: ItemType
  unit: Unit
  procurement: Procurement
  /** Required (≥ 0) when bought. */
  leadTimeDays: number | null
  productFamilyId: number | null
  description: string | null
}
export interface Item extends BaseRecord, ItemDraft {
  productFamilyCode: string | null
  productFamilyName: string | null
}
export const itemApi = resourceApi<Item, ItemDraft>('/api/items')

/** Quantity of the component per one parent; scrapFactor 0 ≤ f < 1. */
export interface BomLine {
  componentItemId: number | null
  quantity: number
  scrapFactor: number
}
export interface BomDraft {
  itemId: number | null
  lines: BomLine[]
}
export interface Bom extends BaseRecord, BomDraft {
  itemCode: string
  itemName: string
}
export const bomApi = resourceApi<Bom, BomDraft>('/api/boms')

export interface StepMachine {
  machineId: number | null
  runMinutesPerUnit: number
  setupMinutes: number
}
export interface RoutingStep {
  stepNo: number
  name: string
  workCenterId: number | null
  skillId: number | null
  workers: number
  /** Waiting or transfer time after the step. */
  minLagMinutes: number
  /** Step numbers that must finish first; empty = none. */
  predecessors: number[]
  instructions: string | null
  machines: StepMachine[]
}
export interface RoutingDraft {
  itemId: number | null
  steps: RoutingStep[]
}
export interface Routing extends BaseRecord, RoutingDraft {
  itemCode: string
  itemName: string
}
export const routingApi = resourceApi<Routing, RoutingDraft>('/api/routings')

export interface SetupEntry {
  fromFamilyId: number | null
  toFamilyId: number | null
  setupMinutes: number
}
export interface SetupMatrixDraft {
  machineId: number | null
  defaultSetupMinutes: number
  entries: SetupEntry[]
}
export interface SetupMatrix extends BaseRecord, SetupMatrixDraft {
  machineCode: string
  machineName: string
}
export const setupMatrixApi = resourceApi<SetupMatrix, SetupMatrixDraft>('/api/setup-matrices')
