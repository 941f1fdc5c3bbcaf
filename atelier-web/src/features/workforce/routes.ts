import type { RouteRecordRaw } from 'vue-router'
import { resourceRoutes } from '@/shared/resourceRoutes'

export const workforceRoutes: RouteRecordRaw[] = [
  ...resourceRoutes({
    path: 'skills',
    record: 'skill',
    titleKey: 'workforce.skills.title',
    listPage: () => import('./SkillsPage.vue'),
    recordPage: () => import('./SkillPage.vue'),
  }),
  ...resourceRoutes({
    path: 'workers',
    record: 'worker',
    titleKey: 'workforce.workers.title',
    listPage: () => import('./WorkersPage.vue'),
    recordPage: () => import('./WorkerPage.vue'),
  }),
]
