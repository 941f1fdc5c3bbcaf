import { describe, expect, it } from 'vitest'
import atelierWeb from '../../../../package.json'
import { ZXING_WASM_VERSION } from 'barcode-detector/ponyfill'
import {
  actionFor,
  errorOf,
  expectedKind,
  normaliseTyped,
  offlineTarget,
  parseScanCode,
  RepeatFilter,
  type Scanned,
} from './scanCode'

describe('reading a scanned code', () => {
  it('reads the printed form of every kind, tags in any case, blanks around ignored', () => {
    expect(parseScanCode('ATL:OP:1234')).toEqual({ kind: 'OPERATION', value: '1234', text: 'ATL:OP:1234' })
    expect(parseScanCode(' atl:wo:56 \n')).toEqual({ kind: 'WORK_ORDER', value: '56', text: 'ATL:WO:56' })
    expect(parseScanCode('ATL:WK:W-1001')).toEqual({ kind: 'WORKER', value: 'W-1001', text: 'ATL:WK:W-1001' })
    expect(parseScanCode('ATL:MC:M-NEST-01')?.kind).toBe('MACHINE')
  })

  it('reads the link form under any host and path, with its value percent-decoded', () => {
    expect(parseScanCode('https://mes.example.com/m/op/1234')?.text).toBe('ATL:OP:1234')
    expect(parseScanCode('http://10.0.0.5:8080/atelier/m/wo/56/?from=card#x')?.text).toBe('ATL:WO:56')
    expect(parseScanCode('https://mes.example.com/m/mc/M%20NEST%2001')?.value).toBe('M NEST 01')
    expect(parseScanCode('https://mes.example.com/m/wk/%E0%A4')).toBeUndefined()
  })

  it('says a foreign or malformed code is not ours', () => {
    for (const text of ['', 'hello', 'https://example.com/', 'ATL:XX:1', 'ATL:OP:0', 'ATL:OP:12a', 'ATL:OP:',
      'ATL:WK:' + 'W'.repeat(41), 'ATL:WK:W\u0007', 'OP:1234', null, undefined]) {
      expect(parseScanCode(text), String(text)).toBeUndefined()
    }
  })

  it('takes a typed code without its ATL: prefix', () => {
    expect(normaliseTyped('  ATL:OP:77 ')).toBe('ATL:OP:77')
    expect(normaliseTyped('op:77')).toBe('ATL:OP:77')
    expect(normaliseTyped('OP 77')).toBe('ATL:OP:77')
    expect(normaliseTyped('wo-12')).toBe('ATL:WO:12')
    expect(normaliseTyped('mc: M-NEST-01')).toBe('ATL:MC:M-NEST-01')
    expect(normaliseTyped('SO-2026-0042')).toBe('SO-2026-0042') // left for the server to refuse
  })
})

describe('what the scan page does with a resolved code', () => {
  const operation: Scanned = { kind: 'OPERATION', id: 7, code: 'ATL:OP:7', label: 'SO-1/WO-01/OP-10 Cut', target: '/m/operations/7' }
  const badge: Scanned = { kind: 'WORKER', id: 3, code: 'ATL:WK:W-1', label: 'W-1 Li Lei', target: null }

  it('opens an operation or a work order at the page the server names', () => {
    expect(actionFor(operation)).toEqual({ type: 'open', to: '/m/operations/7', label: 'SO-1/WO-01/OP-10 Cut' })
    expect(actionFor({ ...operation, kind: 'WORK_ORDER', target: '/orders/2?tab=workOrders' })).toMatchObject({
      type: 'open',
      to: '/orders/2?tab=workOrders',
    })
  })

  it('says what a badge or a machine is', () => {
    expect(actionFor(badge)).toEqual({ type: 'show', kind: 'WORKER', label: 'W-1 Li Lei' })
  })

  it('refuses a code of another kind than the one the page asks for', () => {
    expect(actionFor(badge, 'OPERATION')).toEqual({ type: 'wrongKind', kind: 'WORKER', expected: 'OPERATION', label: 'W-1 Li Lei' })
    expect(actionFor(operation, 'OPERATION').type).toBe('open')
    expect(expectedKind('work-order')).toBe('WORK_ORDER')
    expect(expectedKind('operation')).toBe('OPERATION')
    expect(expectedKind('nonsense')).toBeUndefined()
    expect(expectedKind(['operation'])).toBeUndefined()
  })

  it('opens an operation even offline, but needs the server for everything else', () => {
    expect(offlineTarget(parseScanCode('ATL:OP:42')!)).toBe('/m/operations/42')
    expect(offlineTarget(parseScanCode('ATL:WO:42')!)).toBeUndefined()
  })

  it('names the error of each answer', () => {
    expect(errorOf(404)).toBe('unknown')
    expect(errorOf(422)).toBe('notOurs')
    expect(errorOf(403)).toBe('forbidden')
    expect(errorOf(undefined)).toBe('offline')
    expect(errorOf(500)).toBe('failed')
  })

  it('handles a code the camera keeps seeing once, and again after it was out of sight', () => {
    const filter = new RepeatFilter(1000)
    expect(filter.accept('ATL:OP:1', 0)).toBe(true)
    expect(filter.accept('ATL:OP:1', 200)).toBe(false)
    expect(filter.accept('ATL:OP:1', 1100)).toBe(false) // still in sight: seen 900 ms before
    expect(filter.accept('ATL:OP:2', 1200)).toBe(true)
    expect(filter.accept('ATL:OP:1', 1300)).toBe(true)
    expect(filter.accept('ATL:OP:1', 2400)).toBe(true)
  })
})

describe('the polyfill', () => {
  it('is served the zxing-wasm binary of the version it was built for (the pinned dependency whose .wasm Vite copies)', () => {
    expect(atelierWeb.dependencies['zxing-wasm']).toBe(ZXING_WASM_VERSION)
  })
})
