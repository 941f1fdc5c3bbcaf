import type { RouteRecordRaw } from 'vue-router'
import { ROLES } from '@/features/identity/roles'
import { resourceRoutes } from '@/shared/resourceRoutes'

/** Everyone may open orders; a customer sees only their own customer's (the API filters). */
export const orderRoutes: RouteRecordRaw[] = resourceRoutes({
  path: 'orders',
  record: 'order',
  titleKey: 'orders.title',
  listPage: () => import('./OrdersPage.vue'),
  recordPage: () => import('./OrderPage.vue'),
  roles: ROLES,
})
