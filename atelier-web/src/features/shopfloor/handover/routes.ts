import type { RouteRecordRaw } from 'vue-router'
import type { Role } from '@/features/identity/roles'

/** Who hands over and receives on the phones, and who decides discrepancies (role-matrix.txt). */
const SHOP_FLOOR: readonly Role[] = ['ADMIN', 'SUPERVISOR', 'OPERATOR']
const SUPERVISORS: readonly Role[] = ['ADMIN', 'SUPERVISOR']

/** The phone screen of handovers, a child of the phone layout under /m (shopfloor/mobile/routes.ts). */
export const handoverPhoneRoutes: RouteRecordRaw[] = [
  {
    path: 'handovers',
    name: 'shopfloor-handovers',
    component: () => import('./HandoverPhonePage.vue'),
    meta: { titleKey: 'shopfloor.handover.phoneTitle', roles: SHOP_FLOOR, offline: false },
  },
]

/** The supervisors' desktop page, inside the application layout. */
export const handoverRoutes: RouteRecordRaw[] = [
  {
    path: 'shop-floor/discrepancies',
    name: 'shop-floor-discrepancies',
    component: () => import('./DiscrepanciesPage.vue'),
    meta: { titleKey: 'shopfloor.handover.discrepanciesTitle', roles: SUPERVISORS },
  },
]
