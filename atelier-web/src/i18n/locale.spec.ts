import { describe, expect, it } from 'vitest'
import { resolveLocale } from './locale'

describe('the UI language', () => {
  it('is the one the user chose in this browser, whatever their account or browser says', () => {
    expect(resolveLocale({ chosen: 'en', account: 'zh-CN', browser: 'zh-CN' })).toBe('en')
    expect(resolveLocale({ chosen: 'zh-CN', account: 'en', browser: 'en-US' })).toBe('zh-CN')
  })

  it('is the signed-in user’s stored language when nothing was chosen in this browser', () => {
    expect(resolveLocale({ chosen: null, account: 'zh-CN', browser: 'en-US' })).toBe('zh-CN')
    expect(resolveLocale({ chosen: null, account: 'en', browser: 'zh-CN' })).toBe('en')
  })

  it('ignores a stored choice it does not know and falls back to the account', () => {
    expect(resolveLocale({ chosen: 'fr', account: 'zh-CN', browser: 'en-GB' })).toBe('zh-CN')
  })

  it('follows the browser when neither a choice nor an account language is set', () => {
    expect(resolveLocale({ chosen: null, account: null, browser: 'zh-TW' })).toBe('zh-CN')
    expect(resolveLocale({ chosen: null, browser: 'de-DE' })).toBe('en')
    expect(resolveLocale({ chosen: 'fr', account: 'de', browser: 'en-GB' })).toBe('en')
  })

  it('is Chinese for any Chinese browser language and English for every other', () => {
    expect(resolveLocale({ chosen: null, browser: 'zh-CN' })).toBe('zh-CN')
    expect(resolveLocale({ chosen: null, browser: 'zh' })).toBe('zh-CN')
    expect(resolveLocale({ chosen: null, browser: 'ZH-hk' })).toBe('zh-CN')
    expect(resolveLocale({ chosen: null, browser: undefined })).toBe('en')
  })
})
