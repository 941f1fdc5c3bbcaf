import common from '@/shared/locales/en'
import commonZh from '@/shared/locales/zh-CN'
import audit from '@/features/audit/locales/en'
import auditZh from '@/features/audit/locales/zh-CN'
import factory from '@/features/factory/locales/en'
import factoryZh from '@/features/factory/locales/zh-CN'
import home from '@/features/home/locales/en'
import homeZh from '@/features/home/locales/zh-CN'
import identity from '@/features/identity/locales/en'
import identityZh from '@/features/identity/locales/zh-CN'

/** Every feature's messages under its own namespace: `factory.machines.title`. */
const en = { common, audit, factory, home, identity }

export type MessageSchema = typeof en

export const messages: Record<'en' | 'zh-CN', MessageSchema> = {
  en,
  'zh-CN': { common: commonZh, audit: auditZh, factory: factoryZh, home: homeZh, identity: identityZh },
}
