import type { RouteRecordRaw } from 'vue-router'
import { STAFF } from '@/features/identity/roles'

/** Traceability pages (docs/shopfloor.md, "Traceability"): an operation's history and the genealogy of orders and lots. */
export const traceRoutes: RouteRecordRaw[] = [
  {
    path: 'shop-floor/operations/:id(\\d+)/history',
    name: 'shop-floor-operation-history',
    component: () => import('./OperationHistoryPage.vue'),
    meta: { titleKey: 'shopfloor.trace.history.pageTitle', roles: STAFF },
  },
  {
    path: 'shop-floor/genealogy',
    name: 'shop-floor-genealogy',
    component: () => import('./GenealogyPage.vue'),
    meta: { titleKey: 'shopfloor.trace.genealogy.title', roles: STAFF },
  },
]
