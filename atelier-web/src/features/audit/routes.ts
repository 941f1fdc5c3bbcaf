import type { RouteRecordRaw } from 'vue-router'
import { ADMINS } from '@/features/identity/roles'

export const auditRoutes: RouteRecordRaw[] = [
  {
    path: 'audit',
    name: 'audit',
    component: () => import('./AuditTrailPage.vue'),
    meta: { titleKey: 'audit.title', roles: ADMINS },
  },
]
