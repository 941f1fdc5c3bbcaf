import { describe, expect, it } from 'vitest'
import { fieldErrorMap, lineIndex, normalizeFieldPath } from './formErrors'

describe('server field errors', () => {
  it('land on the form paths of nested lines', () => {
    expect(normalizeFieldPath('steps[0].machines[1].setupMinutes')).toBe('steps.0.machines.1.setupMinutes')
    expect(normalizeFieldPath('lines.2.quantity')).toBe('lines.2.quantity')
    expect(normalizeFieldPath('code')).toBe('code')
  })

  it('join several messages for the same field', () => {
    expect(
      fieldErrorMap([
        { field: 'code', message: 'must not be blank' },
        { field: 'lines[0].quantity', message: 'must be greater than 0' },
        { field: 'code', message: 'is already used' },
      ]),
    ).toEqual({ code: 'must not be blank; is already used', 'lines.0.quantity': 'must be greater than 0' })
  })
})

describe('the line of a validated field', () => {
  it('is read from its path', () => {
    expect(lineIndex('downtimes.3.endsAt')).toBe(3)
    expect(lineIndex('code')).toBe(-1)
    expect(lineIndex(undefined)).toBe(-1)
  })
})
