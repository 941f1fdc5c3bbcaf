import { describe, expect, it } from 'vitest'
import type { WorkOrderView } from '../api'
import { workOrderTree } from './workOrderTree'

function workOrder(number: string, parentNumber: string | null): WorkOrderView {
  return {
    id: 1,
    number,
    parentNumber,
    level: 1,
    lineNo: 1,
    itemCode: number,
    itemName: number,
    unit: 'PCS',
    quantity: 1,
    dueDate: '2026-12-01',
    status: 'READY',
    operations: [],
    materials: [],
    needsDecision: false,
    decisionReason: null,
    decisionChangeRequestId: null,
    decisionQuantity: null,
  }
}

describe('workOrderTree', () => {
  it('puts each work order under the one it is made for, keeping the depth-first order', () => {
    const tree = workOrderTree([
      workOrder('SO-1/WO-01', null),
      workOrder('SO-1/WO-02', 'SO-1/WO-01'),
      workOrder('SO-1/WO-03', 'SO-1/WO-01'),
      workOrder('SO-1/WO-04', 'SO-1/WO-03'),
      workOrder('SO-1/WO-05', null),
    ])
    expect(tree.map((node) => node.number)).toEqual(['SO-1/WO-01', 'SO-1/WO-05'])
    expect(tree[0].children.map((node) => node.number)).toEqual(['SO-1/WO-02', 'SO-1/WO-03'])
    expect(tree[0].children[1].children.map((node) => node.number)).toEqual(['SO-1/WO-04'])
  })
})
