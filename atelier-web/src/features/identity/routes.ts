import type { RouteRecordRaw } from 'vue-router'
import { resourceRoutes } from '@/shared/resourceRoutes'
import { ADMINS } from './roles'

/** The login page, outside the app shell. */
export const loginRoute: RouteRecordRaw = {
  path: '/login',
  name: 'login',
  component: () => import('./LoginPage.vue'),
  meta: { titleKey: 'identity.login.title', public: true },
}

export const identityRoutes: RouteRecordRaw[] = [
  ...resourceRoutes({
    path: 'users',
    record: 'user',
    titleKey: 'identity.users.title',
    listPage: () => import('./UsersPage.vue'),
    recordPage: () => import('./UserPage.vue'),
    roles: ADMINS,
  }),
  {
    path: 'api-tokens',
    name: 'api-tokens',
    component: () => import('./ApiTokensPage.vue'),
    meta: { titleKey: 'identity.tokens.title' },
  },
]
