import type { Role } from '@/features/identity/roles'

/** Who enters orders and moves them through their life cycle (docs/orders.md, "Roles"). */
export const ORDER_WRITERS: readonly Role[] = ['ADMIN', 'PLANNER']
/** Who reports production progress: started, completed, shipped. */
export const ORDER_PROGRESS: readonly Role[] = ['ADMIN', 'PLANNER', 'SUPERVISOR']
/** Who attaches and removes files. */
export const ORDER_FILE_WRITERS: readonly Role[] = ['ADMIN', 'PLANNER', 'SUPERVISOR', 'QUALITY']

/** Who may take each status action. */
export const ACTION_ROLES: Record<string, readonly Role[]> = {
  confirm: ORDER_WRITERS,
  release: ORDER_WRITERS,
  hold: ORDER_WRITERS,
  resume: ORDER_WRITERS,
  cancel: ORDER_WRITERS,
  'start-production': ORDER_PROGRESS,
  complete: ORDER_PROGRESS,
  ship: ORDER_PROGRESS,
}
