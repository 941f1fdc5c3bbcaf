/** One invalid field of a request, as reported in a problem's `errors`. */
export interface FieldError {
  field: string
  message: string
}

/** One invalid cell of an imported file; `row` counts the header as row 1. */
export interface RowError {
  row: number
  field: string
  message: string
}

/** An RFC 9457 problem, already translated by the server into the request's language. */
export interface Problem {
  status: number
  type?: string
  title?: string
  detail?: string
  errors: FieldError[]
  rows: RowError[]
}

export class ApiError extends Error {
  readonly problem: Problem

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`)
    this.name = 'ApiError'
    this.problem = problem
  }

  get status(): number {
    return this.problem.status
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status)
}

/** Reads a failed response into a Problem, whatever the server sent (problem+json, other JSON, HTML or nothing). */
export async function readProblem(response: Response): Promise<Problem> {
  const fallback: Problem = { status: response.status, errors: [], rows: [] }
  const contentType = response.headers.get('Content-Type') ?? ''
  if (!contentType.includes('json')) {
    return fallback
  }
  let body: unknown
  try {
    body = await response.json()
  } catch {
    return fallback
  }
  return toProblem(body, response.status)
}

export function toProblem(body: unknown, status: number): Problem {
  if (!isObject(body)) {
    return { status, errors: [], rows: [] }
  }
  return {
    status: typeof body.status === 'number' ? body.status : status,
    type: stringOrUndefined(body.type),
    title: stringOrUndefined(body.title),
    detail: stringOrUndefined(body.detail),
    errors: arrayOf(body.errors, toFieldError),
    rows: arrayOf(body.rows, toRowError),
  }
}

function toFieldError(value: unknown): FieldError | undefined {
  if (!isObject(value) || typeof value.message !== 'string') {
    return undefined
  }
  return { field: typeof value.field === 'string' ? value.field : '', message: value.message }
}

function toRowError(value: unknown): RowError | undefined {
  const fieldError = toFieldError(value)
  if (!fieldError || !isObject(value) || typeof value.row !== 'number') {
    return undefined
  }
  return { row: value.row, ...fieldError }
}

function arrayOf<T>(value: unknown, convert: (item: unknown) => T | undefined): T[] {
  if (!Array.isArray(value)) {
    return []
  }
  return value.map(convert).filter((item): item is T => item !== undefined)
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}
