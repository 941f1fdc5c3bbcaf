import type { RouteRecordRaw } from 'vue-router'
import { resourceRoutes } from '@/shared/resourceRoutes'

export const catalogRoutes: RouteRecordRaw[] = [
  ...resourceRoutes({
    path: 'items',
    record: 'item',
    titleKey: 'catalog.items.title',
    listPage: () => import('./ItemsPage.vue'),
    recordPage: () => import('./ItemPage.vue'),
  }),
  ...resourceRoutes({
    path: 'product-families',
    record: 'product-family',
    titleKey: 'catalog.productFamilies.title',
    listPage: () => import('./ProductFamiliesPage.vue'),
    recordPage: () => import('./ProductFamilyPage.vue'),
  }),
  ...resourceRoutes({
    path: 'boms',
    record: 'bom',
    titleKey: 'catalog.boms.title',
    listPage: () => import('./BomsPage.vue'),
    recordPage: () => import('./BomPage.vue'),
  }),
  ...resourceRoutes({
    path: 'routings',
    record: 'routing',
    titleKey: 'catalog.routings.title',
    listPage: () => import('./RoutingsPage.vue'),
    recordPage: () => import('./RoutingPage.vue'),
  }),
  ...resourceRoutes({
    path: 'setup-matrices',
    record: 'setup-matrix',
    titleKey: 'catalog.setupMatrices.title',
    listPage: () => import('./SetupMatricesPage.vue'),
    recordPage: () => import('./SetupMatrixPage.vue'),
  }),
]
