import type { RouteRecordRaw } from 'vue-router'
import { STAFF } from '@/features/identity/roles'
import { SUPERVISORS } from './api'

/** The shop floor's supervisor views (docs/shopfloor.md, "Supervisor board"); the menu's "Shop floor" opens the board. */
export const supervisorRoutes: RouteRecordRaw[] = [
  { path: 'shop-floor', name: 'shop-floor', redirect: { name: 'shop-floor-board' }, meta: { titleKey: 'common.modules.shopFloor', roles: STAFF } },
  {
    path: 'shop-floor/board',
    name: 'shop-floor-board',
    component: () => import('./BoardPage.vue'),
    meta: { titleKey: 'shopfloor.board.title', roles: STAFF, navRoute: 'shop-floor' },
  },
  {
    path: 'shop-floor/exceptions',
    name: 'shop-floor-exceptions',
    component: () => import('./ExceptionsPage.vue'),
    meta: { titleKey: 'shopfloor.exceptions.title', roles: SUPERVISORS, navRoute: 'shop-floor' },
  },
]
