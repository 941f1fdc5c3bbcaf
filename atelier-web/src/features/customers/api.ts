import { resourceApi, type BaseRecord } from '@/shared/api/resource'

export interface CustomerDraft {
  code: string
  name: string
  contactName: string | null
  phone: string | null
  email: string | null
  address: string | null
  notes: string | null
  active: boolean
}
export interface Customer extends BaseRecord, CustomerDraft {}
export const customerApi = resourceApi<Customer, CustomerDraft>('/api/customers')
