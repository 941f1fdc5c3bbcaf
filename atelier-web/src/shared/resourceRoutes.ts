import type { Component } from 'vue'
import type { RouteRecordRaw } from 'vue-router'
import { MASTER_DATA_READERS, type Role } from '@/features/identity/roles'

type Page = () => Promise<Component>

export interface ResourceRoutes {
  /** URL segment, e.g. `work-centers`; also the list route's name. */
  path: string
  /** Name of the record route, e.g. `work-center`; its `id` is a number or `new`. */
  record: string
  titleKey: string
  listPage: Page
  recordPage: Page
  roles?: readonly Role[]
}

/** The two routes of a resource: its list and one record (new or existing). */
export function resourceRoutes(resource: ResourceRoutes): RouteRecordRaw[] {
  const roles = resource.roles ?? MASTER_DATA_READERS
  return [
    { path: resource.path, name: resource.path, component: resource.listPage, meta: { titleKey: resource.titleKey, roles } },
    {
      path: `${resource.path}/:id(\\d+|new)`,
      name: resource.record,
      component: resource.recordPage,
      meta: { titleKey: resource.titleKey, roles, navRoute: resource.path },
    },
  ]
}
