export const ROLES = ['ADMIN', 'PLANNER', 'SUPERVISOR', 'OPERATOR', 'QUALITY', 'MANAGER', 'CUSTOMER'] as const
export type Role = (typeof ROLES)[number]

/** Everyone who works for the factory: all roles but CUSTOMER. */
export const STAFF: readonly Role[] = ['ADMIN', 'PLANNER', 'SUPERVISOR', 'OPERATOR', 'QUALITY', 'MANAGER']
/** Who may read master data (docs/master-data.md, "Roles"). */
export const MASTER_DATA_READERS = STAFF
/** Who may create, change, delete and import master data. */
export const MASTER_DATA_WRITERS: readonly Role[] = ['ADMIN', 'PLANNER']
export const ADMINS: readonly Role[] = ['ADMIN']
