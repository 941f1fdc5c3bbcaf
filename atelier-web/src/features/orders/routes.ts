import type { RouteRecordRaw } from 'vue-router'
import { ROLES, STAFF } from '@/features/identity/roles'
import { resourceRoutes } from '@/shared/resourceRoutes'

/** Everyone may open orders; a customer sees only their own customer's (the API filters). */
export const orderRoutes: RouteRecordRaw[] = [
  ...resourceRoutes({
    path: 'orders',
    record: 'order',
    titleKey: 'orders.title',
    listPage: () => import('./OrdersPage.vue'),
    recordPage: () => import('./OrderPage.vue'),
    roles: ROLES,
  }),
  /** The approvers' inbox of change requests; staff read it, the buttons follow each request's actions. */
  {
    path: 'change-requests',
    name: 'change-requests',
    component: () => import('./ChangeRequestsInboxPage.vue'),
    meta: { titleKey: 'orders.changes.inboxTitle', roles: STAFF },
  },
]
