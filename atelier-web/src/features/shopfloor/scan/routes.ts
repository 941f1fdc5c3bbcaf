import type { RouteRecordRaw } from 'vue-router'
import { STAFF } from '@/features/identity/roles'

/**
 * The phone's scan page, among the children of the phone layout under `/m` (mobile/routes.ts); the paths are
 * absolute, so they read the same there as alone.
 */
export const scanRoutes: RouteRecordRaw[] = [
  {
    path: '/m/scan',
    name: 'shopfloor-scan',
    component: () => import('./ScanPage.vue'),
    meta: { titleKey: 'shopfloor.scan.title', roles: STAFF },
  },
  /**
   * The link form of a code (`https://<host>/m/op/1234`, docs/shopfloor.md "Scan codes"), opened by a phone's own
   * camera app: the scan page resolves it like a scanned code.
   */
  {
    path: '/m/:tag(op|wo|wk|mc)/:value',
    name: 'shopfloor-scan-link',
    redirect: (to) => ({
      name: 'shopfloor-scan',
      query: { code: `ATL:${String(to.params.tag).toUpperCase()}:${String(to.params.value)}` },
    }),
  },
]
