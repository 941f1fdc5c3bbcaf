import { describe, expect, it } from 'vitest'
import { printLanguage, printUrls } from './printing'

describe('the print links', () => {
  it('name the paper size and the UI language', () => {
    expect(printUrls.traveller(42, 'LABEL', 'zh-CN')).toBe('/api/work-orders/42/traveller.pdf?size=LABEL&lang=zh-CN')
    expect(printUrls.orderTravellers(7, 'en')).toBe('/api/orders/7/travellers.pdf?lang=en')
    expect(printUrls.badge(3, 'en')).toBe('/api/workers/3/badge.pdf?lang=en')
    expect(printUrls.machineLabel(5, 'zh-CN')).toBe('/api/machines/5/label.pdf?lang=zh-CN')
    expect(printUrls.workCenterLabels(9, 'en')).toBe('/api/work-centers/9/qr-labels.pdf?lang=en')
  })

  it('print in Chinese for every Chinese UI locale and in English otherwise', () => {
    expect(printLanguage('zh-CN')).toBe('zh-CN')
    expect(printLanguage('zh')).toBe('zh-CN')
    expect(printLanguage('en')).toBe('en')
  })
})
