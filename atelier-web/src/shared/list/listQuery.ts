import type { LocationQuery } from 'vue-router'
import type { Query } from '../api/http'

/** How a list filter is written in the address bar and read back. */
export type FilterKind = 'string' | 'number' | 'boolean'
export type FilterSchema = Record<string, FilterKind>

type FilterValue<K extends FilterKind> = K extends 'number' ? number : K extends 'boolean' ? boolean : string
export type FilterValues<S extends FilterSchema> = { -readonly [P in keyof S]: FilterValue<S[P]> | undefined }

/** What a list shows: `page` counts from 1 as the pagination does; the API counts from 0. */
export interface ListState<S extends FilterSchema> {
  page: number
  size: number
  sort: string | undefined
  q: string
  filters: FilterValues<S>
}

export interface ListDefaults {
  size: number
  sort?: string
}

export const PAGE_SIZES = [10, 20, 50, 100]

export function parseListState<S extends FilterSchema>(
  query: LocationQuery,
  schema: S,
  defaults: ListDefaults,
): ListState<S> {
  const filters: Partial<Record<keyof S, string | number | boolean>> = {}
  for (const [key, kind] of Object.entries(schema) as [keyof S & string, FilterKind][]) {
    filters[key] = parseValue(first(query[key]), kind)
  }
  const size = parseValue(first(query.size), 'number')
  return {
    page: Math.max(1, parseValue(first(query.page), 'number') ?? 1),
    size: size !== undefined && PAGE_SIZES.includes(size) ? size : defaults.size,
    sort: first(query.sort) ?? defaults.sort,
    q: first(query.q) ?? '',
    filters: filters as FilterValues<S>,
  }
}

/** The address-bar form of a state, leaving out whatever equals the defaults. */
export function listStateToQuery(state: ListState<FilterSchema>, defaults: ListDefaults): Record<string, string> {
  const query: Record<string, string> = {}
  if (state.page > 1) query.page = String(state.page)
  if (state.size !== defaults.size) query.size = String(state.size)
  if (state.sort && state.sort !== defaults.sort) query.sort = state.sort
  if (state.q) query.q = state.q
  for (const [key, value] of Object.entries(state.filters)) {
    if (value !== undefined && value !== '') query[key] = String(value)
  }
  return query
}

/** The API's parameters for a state. */
export function listStateToParams(state: ListState<FilterSchema>): Query {
  return { ...state.filters, page: state.page - 1, size: state.size, sort: state.sort, q: state.q.trim() }
}

/** `code,asc` from an el-table sort event; undefined when sorting is switched off. */
export function sortParam(prop: string | null, order: 'ascending' | 'descending' | null): string | undefined {
  return prop && order ? `${prop},${order === 'ascending' ? 'asc' : 'desc'}` : undefined
}

/** The el-table `default-sort` for a sort parameter. */
export function tableSort(sort: string | undefined): { prop: string; order: 'ascending' | 'descending' } | undefined {
  if (!sort) return undefined
  const [prop, direction] = sort.split(',')
  return { prop, order: direction === 'desc' ? 'descending' : 'ascending' }
}

function first(value: LocationQuery[string] | undefined): string | undefined {
  const single = Array.isArray(value) ? value[0] : value
  return single ?? undefined
}

function parseValue(raw: string | undefined, kind: 'number'): number | undefined
function parseValue(raw: string | undefined, kind: FilterKind): string | number | boolean | undefined
function parseValue(raw: string | undefined, kind: FilterKind): string | number | boolean | undefined {
  if (raw === undefined || raw === '') return undefined
  if (kind === 'number') {
    const number = Number(raw)
    return Number.isFinite(number) ? number : undefined
  }
  if (kind === 'boolean') {
    return raw === 'true' ? true : raw === 'false' ? false : undefined
  }
  return raw
}
