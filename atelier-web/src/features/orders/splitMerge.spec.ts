import { describe, expect, it } from 'vitest'
import { canMerge, canSplit, largestSplit, mergeRequest, type BatchedWorkOrder } from './splitMerge'

const workOrder = (overrides: Partial<BatchedWorkOrder>) =>
  ({ id: 1, version: 0, status: 'READY', batch: false, quantity: 10, unit: 'PCS', ...overrides }) as BatchedWorkOrder

describe('split and merge', () => {
  it('splits off at most one piece less than the whole, or a ten-thousandth less of a measured unit', () => {
    expect(largestSplit(10, 'PCS')).toBe(9)
    expect(largestSplit(2.5, 'M')).toBe(2.4999)
    expect(largestSplit(1, 'SET')).toBe(0)
  })

  it('splits work orders not done and merges only those not started, never a batch', () => {
    expect(canSplit(workOrder({ status: 'IN_PROGRESS' }))).toBe(true)
    expect(canSplit(workOrder({ status: 'DONE' }))).toBe(false)
    expect(canSplit(workOrder({ status: 'MERGED' }))).toBe(false)
    expect(canSplit(workOrder({ batch: true }))).toBe(false)
    expect(canMerge(workOrder({ status: 'READY' }))).toBe(true)
    expect(canMerge(workOrder({ status: 'IN_PROGRESS' }))).toBe(false)
    expect(canMerge(workOrder({ batch: true }))).toBe(false)
  })

  it('sends the work order the dialog was opened for first, each with the version read, once', () => {
    expect(mergeRequest({ id: 1, version: 3 }, [{ id: 2, version: 5 }, { id: 1, version: 3 }])).toEqual({
      workOrders: [
        { id: 1, version: 3 },
        { id: 2, version: 5 },
      ],
    })
  })
})
