import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { auditRoutes } from '@/features/audit/routes'
import { catalogRoutes } from '@/features/catalog/routes'
import { configuratorRoutes } from '@/features/configurator/routes'
import { customerRoutes } from '@/features/customers/routes'
import { factoryRoutes } from '@/features/factory/routes'
import { homeRoutes } from '@/features/home/routes'
import { identityRoutes, loginRoute } from '@/features/identity/routes'
import { useSession } from '@/features/identity/session'
import { orderRoutes } from '@/features/orders/routes'
import { handoverRoutes } from '@/features/shopfloor/handover/routes'
import { mobileRoutes } from '@/features/shopfloor/mobile/routes'
import { rememberedUser } from '@/features/shopfloor/mobile/offlineSession'
import { traceRoutes } from '@/features/shopfloor/trace/routes'
import { supervisorRoutes } from '@/features/shopfloor/supervisor/routes'
import { STAFF } from '@/features/identity/roles'
import { workforceRoutes } from '@/features/workforce/routes'
import AppLayout from '@/shared/layout/AppLayout.vue'
import { notifyError, notifyWarning } from '@/shared/ui/notify'
import { i18n } from '@/i18n'
import './meta'

const ComingSoonPage = () => import('@/shared/layout/ComingSoonPage.vue')

/** Modules that are not built yet; each gets a page that says so. */
const comingSoon: RouteRecordRaw[] = [
  { path: 'planning', name: 'planning', component: ComingSoonPage, meta: { titleKey: 'common.modules.planning', roles: STAFF } },
  { path: 'quality', name: 'quality', component: ComingSoonPage, meta: { titleKey: 'common.modules.quality', roles: STAFF } },
  { path: 'inventory', name: 'inventory', component: ComingSoonPage, meta: { titleKey: 'common.modules.inventory', roles: STAFF } },
  { path: 'analytics', name: 'analytics', component: ComingSoonPage, meta: { titleKey: 'common.modules.analytics', roles: STAFF } },
]

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes: [
    loginRoute,
    mobileRoutes,
    {
      path: '/',
      component: AppLayout,
      children: [
        ...homeRoutes,
        ...comingSoon,
        ...orderRoutes,
        ...traceRoutes,
        ...supervisorRoutes,
        ...handoverRoutes,
        ...factoryRoutes,
        ...workforceRoutes,
        ...customerRoutes,
        ...catalogRoutes,
        ...configuratorRoutes,
        ...identityRoutes,
        ...auditRoutes,
        {
          path: ':pathMatch(.*)*',
          name: 'not-found',
          component: () => import('@/shared/layout/NotFoundPage.vue'),
          meta: { titleKey: 'common.notFound.title' },
        },
      ],
    },
  ],
})

router.beforeEach(async (to) => {
  const session = useSession()
  try {
    await session.restore()
  } catch (error) {
    // the phone screens open offline, as the user last signed in on this phone (docs/shopfloor.md, "Phone screens")
    if (to.meta.offline && !session.user) session.user = rememberedUser()
    if (!to.meta.offline || !session.user) notifyError(error)
  }
  if (to.meta.public) {
    return to.name === 'login' && session.user ? { path: '/' } : true
  }
  if (!session.user) {
    return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } }
  }
  if (!session.hasAnyRole(to.meta.roles)) {
    notifyWarning(i18n.global.t('common.errors.status403'))
    return { name: 'home' }
  }
  return true
})
