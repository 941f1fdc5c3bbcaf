import { describe, expect, it } from 'vitest'
import { leafKeys, missingKeys } from './keyParity'
import { messages } from './messages'

describe('the key comparison', () => {
  it('finds a nested key that exists in only one language, whichever it is', () => {
    const en = { factory: { machines: { title: 'Machines', new: 'New machine' } } }
    const zh = { factory: { machines: { title: '设备' } } }

    expect(missingKeys(en, zh)).toEqual(['factory.machines.new'])
    expect(missingKeys(zh, en)).toEqual([])
  })

  it('treats a text in one language and a group of texts in the other as different keys', () => {
    const en = { status: { active: 'Active' } }
    const zh = { status: '状态' }

    expect(missingKeys(en, zh)).toEqual(['status.active'])
    expect(missingKeys(zh, en)).toEqual(['status'])
  })
})

describe('the locale files', () => {
  it('have exactly the same keys in English and Chinese', () => {
    expect(missingKeys(messages.en, messages['zh-CN'])).toEqual([])
    expect(missingKeys(messages['zh-CN'], messages.en)).toEqual([])
  })

  it('have no empty texts', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const empty = leafKeys(messages[locale]).filter((key) => {
        const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages[locale])
        return typeof text !== 'string' || text.trim() === ''
      })
      expect(empty, locale).toEqual([])
    }
  })
})
