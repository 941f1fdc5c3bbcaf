import { request } from '@/shared/api/http'

export interface Overview {
  counts: {
    workshops: number
    workCenters: number
    machines: number
    calendars: number
    skills: number
    workers: number
    customers: number
    items: number
    productFamilies: number
    boms: number
    routings: number
    setupMatrices: number
  }
}

export type CountKey = keyof Overview['counts']

export const overviewApi = {
  get: () => request<Overview>('GET', '/api/overview'),
}
