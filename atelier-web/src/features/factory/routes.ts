import type { RouteRecordRaw } from 'vue-router'
import { resourceRoutes } from '@/shared/resourceRoutes'

export const factoryRoutes: RouteRecordRaw[] = [
  ...resourceRoutes({
    path: 'workshops',
    record: 'workshop',
    titleKey: 'factory.workshops.title',
    listPage: () => import('./WorkshopsPage.vue'),
    recordPage: () => import('./WorkshopPage.vue'),
  }),
  ...resourceRoutes({
    path: 'work-centers',
    record: 'work-center',
    titleKey: 'factory.workCenters.title',
    listPage: () => import('./WorkCentersPage.vue'),
    recordPage: () => import('./WorkCenterPage.vue'),
  }),
  ...resourceRoutes({
    path: 'machines',
    record: 'machine',
    titleKey: 'factory.machines.title',
    listPage: () => import('./MachinesPage.vue'),
    recordPage: () => import('./MachinePage.vue'),
  }),
  ...resourceRoutes({
    path: 'calendars',
    record: 'calendar',
    titleKey: 'factory.calendars.title',
    listPage: () => import('./CalendarsPage.vue'),
    recordPage: () => import('./CalendarPage.vue'),
  }),
]
