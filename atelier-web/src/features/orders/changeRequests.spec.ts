import { describe, expect, it } from 'vitest'
import { describeProposal, type ChangeProposal } from './changeRequests'

const t = (key: string, values?: Record<string, unknown>) => `${key}${values ? JSON.stringify(values) : ''}`
const empty: ChangeProposal = {
  kind: 'CANCEL',
  lineNo: null,
  quantity: null,
  line: null,
  requestedDate: null,
  promisedDate: null,
  lineDueDate: null,
  priority: null,
}

describe('describeProposal', () => {
  it('names the line and the new quantity', () => {
    expect(describeProposal({ ...empty, kind: 'CHANGE_QUANTITY', lineNo: 2, quantity: 5 }, t)).toBe(
      'orders.changes.describe.quantity{"line":2,"quantity":5}',
    )
  })

  it('lists only the dates that change', () => {
    expect(describeProposal({ ...empty, kind: 'CHANGE_DATES', promisedDate: '2026-12-24' }, t)).toBe(
      'orders.changes.describe.promisedDate{"date":"2026-12-24"}',
    )
  })

  it('writes parameter values as code=value', () => {
    const line = { lineNo: 1, templateCode: 'TPL', templateVersion: 1, parameters: { width: '1800', depth: '900' }, itemCode: 'X', quantity: 1, dueDate: null }
    expect(describeProposal({ ...empty, kind: 'CHANGE_PARAMETERS', lineNo: 1, line }, t)).toContain('width=1800, depth=900')
  })
})
