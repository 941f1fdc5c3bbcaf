import type { Component } from 'vue'
import {
  Box,
  Checked,
  DataAnalysis,
  Files,
  HomeFilled,
  Iphone,
  Setting,
  Stamp,
  Tickets,
  Tools,
  TrendCharts,
} from '@element-plus/icons-vue'

/** A link to a named route; its label is the route's title. */
export interface NavLink {
  route: string
  icon?: Component
  /** A module that is not built yet; its page says so. */
  comingSoon?: boolean
}

export interface NavGroup {
  key: string
  labelKey: string
  icon: Component
  links: NavLink[]
}

export type NavEntry = NavLink | NavGroup

export function isGroup(entry: NavEntry): entry is NavGroup {
  return 'links' in entry
}

/** The side navigation; links the user's roles cannot open are left out where it is rendered. */
export const navigation: NavEntry[] = [
  { route: 'home', icon: HomeFilled },
  { route: 'orders', icon: Tickets },
  { route: 'change-requests', icon: Stamp },
  { route: 'planning', icon: TrendCharts, comingSoon: true },
  { route: 'shop-floor', icon: Tools, comingSoon: true },
  { route: 'shopfloor-my-tasks', icon: Iphone },
  { route: 'quality', icon: Checked, comingSoon: true },
  { route: 'inventory', icon: Box, comingSoon: true },
  { route: 'analytics', icon: DataAnalysis, comingSoon: true },
  {
    key: 'master-data',
    labelKey: 'common.nav.masterData',
    icon: Files,
    links: [
      { route: 'workshops' },
      { route: 'work-centers' },
      { route: 'machines' },
      { route: 'calendars' },
      { route: 'skills' },
      { route: 'workers' },
      { route: 'customers' },
      { route: 'items' },
      { route: 'product-families' },
      { route: 'boms' },
      { route: 'routings' },
      { route: 'product-templates' },
      { route: 'setup-matrices' },
    ],
  },
  {
    key: 'administration',
    labelKey: 'common.nav.administration',
    icon: Setting,
    links: [{ route: 'users' }, { route: 'api-tokens' }, { route: 'audit' }],
  },
]
