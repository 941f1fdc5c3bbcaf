import { describe, expect, it } from 'vitest'
import type { Task } from './api'
import { withWaiting } from './optimistic'

const task = { id: 7, status: 'READY', mySession: null, good: 0, scrap: 0, rework: 0 } as unknown as Task

describe('the change shown before the server confirms it', () => {
  it('starts, counts and finishes the operation of the reports still waiting, and ignores other operations', () => {
    const shown = withWaiting(task, [
      { operationId: 7, kind: 'START' },
      { operationId: 7, kind: 'QUANTITY', good: '8', scrap: '2', scrapReason: 'SCRATCH' },
      { operationId: 8, kind: 'QUANTITY', good: '5' },
      { operationId: 7, kind: 'FINISH', rework: '1' },
    ])

    expect(shown).toMatchObject({ status: 'DONE', mySession: 'DONE', good: 8, scrap: 2, rework: 1 })
    expect(task.good).toBe(0)
  })

  it('pauses and resumes the operator session', () => {
    expect(withWaiting(task, [{ operationId: 7, kind: 'START' }, { operationId: 7, kind: 'PAUSE', pauseReason: 'BREAK' }]))
      .toMatchObject({ status: 'PAUSED', mySession: 'PAUSED' })
  })
})
