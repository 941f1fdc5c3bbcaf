import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import { messages } from '@/i18n/messages'
import { timelineText } from './timelineText'

const i18n = createI18n({ legacy: false, locale: 'en', messages })

describe('timelineText', () => {
  const { t, te } = i18n.global
  const translate = (key: string, params?: Record<string, unknown>) => t(key, params ?? {})

  it('writes a status change with the statuses in the UI language', () => {
    i18n.global.locale.value = 'zh-CN'
    const text = timelineText({ at: '', actor: 'admin', kind: 'order.status', params: { from: 'DRAFT', to: 'CONFIRMED' } }, translate, te)
    expect(text).toBe('将状态从“草稿”改为“已确认”')
    i18n.global.locale.value = 'en'
    expect(
      timelineText({ at: '', actor: 'op', kind: 'operation.status', params: { number: 'SO-1/WO-01/OP-10', from: 'READY', to: 'IN_PROGRESS' } }, translate, te),
    ).toBe('operation SO-1/WO-01/OP-10: Ready → In progress')
  })

  it('shows the kind of an entry it has no sentence for', () => {
    i18n.global.locale.value = 'en'
    expect(timelineText({ at: '', actor: 'x', kind: 'promise.given', params: {} }, translate, te)).toBe('promise.given')
  })
})
