import { describe, expect, it } from 'vitest'
import { detectLocale } from './locale'

describe('the initial language', () => {
  it('is the one the user chose before', () => {
    expect(detectLocale('en', 'zh-CN')).toBe('en')
    expect(detectLocale('zh-CN', 'en-US')).toBe('zh-CN')
  })

  it('is Chinese for any Chinese browser language', () => {
    expect(detectLocale(null, 'zh-CN')).toBe('zh-CN')
    expect(detectLocale(null, 'zh-TW')).toBe('zh-CN')
    expect(detectLocale(null, 'zh')).toBe('zh-CN')
  })

  it('is English for every other browser language and for a stored value it does not know', () => {
    expect(detectLocale(null, 'de-DE')).toBe('en')
    expect(detectLocale(null, undefined)).toBe('en')
    expect(detectLocale('fr', 'en-GB')).toBe('en')
  })
})
