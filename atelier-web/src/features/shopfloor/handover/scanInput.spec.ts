import { describe, expect, it } from 'vitest'
import { parseSender } from './scanInput'

describe('the scan-out code', () => {
  it('reads printed operation and work order codes in any case', () => {
    expect(parseSender('ATL:OP:1234')).toEqual({ operationId: 1234 })
    expect(parseSender(' atl:wo:56 ')).toEqual({ workOrderId: 56 })
  })

  it('reads the link form and a bare operation id', () => {
    expect(parseSender('https://mes.example/m/op/77?x=1')).toEqual({ operationId: 77 })
    expect(parseSender('http://10.0.0.2/atelier/m/wo/8')).toEqual({ workOrderId: 8 })
    expect(parseSender('42')).toEqual({ operationId: 42 })
  })

  it('refuses foreign codes, workers, machines and zero', () => {
    expect(parseSender('ATL:WK:W-1001')).toBeUndefined()
    expect(parseSender('hello')).toBeUndefined()
    expect(parseSender('0')).toBeUndefined()
  })
})
