import { request, type Query } from '@/shared/api/http'
import type { Page } from '@/shared/api/resource'

export type AuditAction = 'CREATE' | 'UPDATE' | 'DELETE'

export interface AuditChange {
  field: string
  oldValue: string | null
  newValue: string | null
}

export interface AuditEntry {
  id: number
  occurredAt: string
  actor: string
  action: AuditAction
  entityType: string
  entityId: string
  entityLabel: string | null
  reason: string | null
  changes: AuditChange[]
}

/** The entity types the audit trail records, as the server names them (the code names in GLOSSARY.md). */
export const ENTITY_TYPES = [
  'Workshop',
  'WorkCenter',
  'Calendar',
  'Machine',
  'Skill',
  'Worker',
  'Customer',
  'Item',
  'ProductFamily',
  'BillOfMaterials',
  'Routing',
  'SetupMatrix',
  'ProductTemplate',
  'CustomerOrder',
  'User',
] as const
export type EntityType = (typeof ENTITY_TYPES)[number]

export const auditApi = {
  list: (params: Query) => request<Page<AuditEntry>>('GET', '/api/audit-entries', { query: params }),
}
