import { describe, expect, it } from 'vitest'
import { refusalReason, refusals, type BulkReleaseAnswer } from './bulkRelease'

describe('bulk release', () => {
  const answer: BulkReleaseAnswer = {
    released: 1,
    refused: 2,
    results: [
      { id: 1, status: 200, orderNumber: 'SO-1', version: 3, orderStatus: 'RELEASED', problem: null },
      {
        id: 2,
        status: 409,
        orderNumber: null,
        version: null,
        orderStatus: null,
        problem: { title: 'Conflict', detail: 'Cannot release', errors: [{ field: 'status', message: 'SO-2 is a draft' }] },
      },
      { id: 3, status: 404, orderNumber: null, version: null, orderStatus: null, problem: { title: 'Not found' } },
    ],
  }

  it('lists only the refused orders, named as the list showed them, with the reason the server gave', () => {
    expect(refusals(answer, new Map([[2, 'SO-2']]))).toEqual([
      { id: 2, orderNumber: 'SO-2', reason: 'SO-2 is a draft' },
      { id: 3, orderNumber: '#3', reason: 'Not found' },
    ])
  })

  it('takes the field message first, then the detail, then the title', () => {
    expect(refusalReason({ title: 'T', detail: 'D', errors: [] })).toBe('D')
    expect(refusalReason({ title: 'T' })).toBe('T')
    expect(refusalReason(null)).toBe('')
  })
})
