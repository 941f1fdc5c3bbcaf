import { describe, expect, it } from 'vitest'
import type { ParameterDefinition } from './api'
import { checkParameter, parameterName, parametersOf, sendable } from './parameterCheck'

const temp: ParameterDefinition = { code: 'temp', name: '温度', nameEn: 'Temperature', unit: '°C', min: '180', max: 220, required: true }
const pressure: ParameterDefinition = { code: 'pressure', name: '压力', nameEn: null, unit: 'bar', min: 2, max: null, required: false }

describe('a process parameter value', () => {
  it('inside the limits is fine', () => {
    expect(checkParameter(temp, '200', false)).toEqual({ kind: 'ok', value: 200 })
  })

  it('outside the limits is warned about but still sent', () => {
    expect(checkParameter(temp, 250, false)).toEqual({ kind: 'above', limit: 220 })
    expect(checkParameter(pressure, '1.5', false)).toEqual({ kind: 'below', limit: 2 })
    expect(parametersOf([temp, pressure], { temp: '250', pressure: '' })).toEqual({ temp: 250 })
  })

  it('that is not a number cannot be sent', () => {
    expect(checkParameter(temp, 'hot', false)).toEqual({ kind: 'notANumber' })
    expect(sendable([temp], { temp: 'hot' }, false)).toBe(false)
  })

  it('that is required is missing only when the operation finishes', () => {
    expect(checkParameter(temp, '', false)).toEqual({ kind: 'empty' })
    expect(checkParameter(temp, ' ', true)).toEqual({ kind: 'missing' })
    expect(sendable([temp, pressure], {}, false)).toBe(true)
    expect(sendable([temp, pressure], {}, true)).toBe(false)
  })

  it('is named in the UI language', () => {
    expect(parameterName(temp, 'en')).toBe('Temperature')
    expect(parameterName(temp, 'zh-CN')).toBe('温度')
    expect(parameterName(pressure, 'en')).toBe('压力')
  })
})
