import { describe, expect, it } from 'vitest'
import { toProblem } from './problem'

describe('reading a problem', () => {
  it('keeps only well-formed field and row errors', () => {
    const problem = toProblem(
      {
        title: 'Invalid',
        detail: 'Check the fields',
        errors: [{ field: 'code', message: 'required' }, { field: 'name' }, 'oops', { message: 'whole object is wrong' }],
        rows: [{ row: 2, field: 'unit', message: 'unknown' }, { row: 'x', field: 'unit', message: 'bad row' }],
      },
      400,
    )

    expect(problem).toEqual({
      status: 400,
      type: undefined,
      title: 'Invalid',
      detail: 'Check the fields',
      errors: [
        { field: 'code', message: 'required' },
        { field: '', message: 'whole object is wrong' },
      ],
      rows: [{ row: 2, field: 'unit', message: 'unknown' }],
    })
  })

  it('falls back to the HTTP status when the body is not a problem', () => {
    expect(toProblem(['not', 'an', 'object'], 503)).toEqual({ status: 503, errors: [], rows: [] })
  })
})
