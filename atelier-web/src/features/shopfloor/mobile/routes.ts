import type { RouteRecordRaw } from 'vue-router'
import type { Role } from '@/features/identity/roles'
import { scanRoutes } from '../scan/routes'
import { handoverPhoneRoutes } from '../handover/routes'

/** Who may open the phone screens: those who report (docs/shopfloor.md, "Reports: exactly once"). */
export const SHOP_FLOOR: readonly Role[] = ['ADMIN', 'SUPERVISOR', 'OPERATOR']

/**
 * The phone screens under /m, in their own layout (no side menu). They open offline: the router lets them through
 * with the user remembered on this phone when the server cannot be reached (`offline`).
 */
export const mobileRoutes: RouteRecordRaw = {
  path: '/m',
  component: () => import('./MobileLayout.vue'),
  meta: { roles: SHOP_FLOOR, offline: true },
  children: [
    {
      path: '',
      name: 'shopfloor-my-tasks',
      component: () => import('./MyTasksPage.vue'),
      meta: { titleKey: 'shopfloor.mobile.title', roles: SHOP_FLOOR, offline: true },
    },
    {
      path: 'operations/:id(\\d+)',
      name: 'shopfloor-operation',
      component: () => import('./OperationPage.vue'),
      props: (route) => ({ id: Number(route.params.id) }),
      meta: { titleKey: 'shopfloor.mobile.operationTitle', roles: SHOP_FLOOR, offline: true },
    },
    // the scan page and the link form of a scanned code (docs/shopfloor.md, "Scanning")
    ...scanRoutes,
    ...handoverPhoneRoutes,
  ],
}
