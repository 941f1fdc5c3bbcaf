import audit from '@/features/audit/locales/en'
import auditZh from '@/features/audit/locales/zh-CN'
import catalog from '@/features/catalog/locales/en'
import catalogZh from '@/features/catalog/locales/zh-CN'
import configurator from '@/features/configurator/locales/en'
import configuratorZh from '@/features/configurator/locales/zh-CN'
import customers from '@/features/customers/locales/en'
import customersZh from '@/features/customers/locales/zh-CN'
import factory from '@/features/factory/locales/en'
import factoryZh from '@/features/factory/locales/zh-CN'
import home from '@/features/home/locales/en'
import homeZh from '@/features/home/locales/zh-CN'
import identity from '@/features/identity/locales/en'
import identityZh from '@/features/identity/locales/zh-CN'
import notifications from '@/features/notifications/locales/en'
import notificationsZh from '@/features/notifications/locales/zh-CN'
import orders from '@/features/orders/locales/en'
import ordersZh from '@/features/orders/locales/zh-CN'
import shopfloor from '@/features/shopfloor/locales/en'
import shopfloorZh from '@/features/shopfloor/locales/zh-CN'
import workforce from '@/features/workforce/locales/en'
import workforceZh from '@/features/workforce/locales/zh-CN'
import common from '@/shared/locales/en'
import commonZh from '@/shared/locales/zh-CN'

/** Every feature's messages under its own namespace, e.g. `factory.machines.title`. */
const en = { common, audit, catalog, configurator, customers, factory, home, identity, notifications, orders, shopfloor, workforce }

export type MessageSchema = typeof en

export const messages: Record<'en' | 'zh-CN', MessageSchema> = {
  en,
  'zh-CN': {
    common: commonZh,
    audit: auditZh,
    catalog: catalogZh,
    configurator: configuratorZh,
    customers: customersZh,
    factory: factoryZh,
    home: homeZh,
    identity: identityZh,
    notifications: notificationsZh,
    orders: ordersZh,
    shopfloor: shopfloorZh,
    workforce: workforceZh,
  },
}
