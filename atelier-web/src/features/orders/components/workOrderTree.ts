import type { WorkOrderView } from '../api'

export type WorkOrderNode = WorkOrderView & { children: WorkOrderNode[] }

/** The flat, depth-first list of work orders as a tree: each under the work order it is made for. */
export function workOrderTree(workOrders: WorkOrderView[]): WorkOrderNode[] {
  const byNumber = new Map<string, WorkOrderNode>()
  const roots: WorkOrderNode[] = []
  for (const workOrder of workOrders) {
    const node: WorkOrderNode = { ...workOrder, children: [] }
    byNumber.set(node.number, node)
    const parent = node.parentNumber ? byNumber.get(node.parentNumber) : undefined
    ;(parent ? parent.children : roots).push(node)
  }
  return roots
}

/** The run minutes of the whole quantity on the operation's first (preferred) machine, if shown. */
export function runMinutes(operation: WorkOrderView['operations'][number]): number | null {
  return operation.machines.length ? operation.machines[0].runMinutes : null
}
