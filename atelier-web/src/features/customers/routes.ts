import type { RouteRecordRaw } from 'vue-router'
import { resourceRoutes } from '@/shared/resourceRoutes'

export const customerRoutes: RouteRecordRaw[] = resourceRoutes({
  path: 'customers',
  record: 'customer',
  titleKey: 'customers.title',
  listPage: () => import('./CustomersPage.vue'),
  recordPage: () => import('./CustomerPage.vue'),
})
