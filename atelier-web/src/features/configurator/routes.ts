import type { RouteRecordRaw } from 'vue-router'
import { resourceRoutes } from '@/shared/resourceRoutes'

export const configuratorRoutes: RouteRecordRaw[] = resourceRoutes({
  path: 'product-templates',
  record: 'product-template',
  titleKey: 'configurator.templates.title',
  listPage: () => import('./ProductTemplatesPage.vue'),
  recordPage: () => import('./ProductTemplatePage.vue'),
})
