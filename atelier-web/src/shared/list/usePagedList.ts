import { reactive, ref, shallowRef, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import type { Query } from '../api/http'
import type { Page } from '../api/resource'
import { notifyError } from '../ui/notify'
import {
  listStateToParams,
  listStateToQuery,
  parseListState,
  sortParam,
  type FilterSchema,
  type ListDefaults,
  type ListState,
} from './listQuery'

export interface PagedList<T, S extends FilterSchema = FilterSchema> {
  readonly state: ListState<S>
  readonly items: T[]
  readonly total: number
  readonly loading: boolean
  /** The current search and filters as API parameters (for export). */
  criteria(): Query
  load(): Promise<void>
  sortBy(prop: string | null, order: 'ascending' | 'descending' | null): void
}

export interface PagedListOptions<S extends FilterSchema> {
  filters: S
  sort?: string
  size?: number
}

/**
 * A server-paged list whose page, sort, search and filters live in the address bar,
 * so that "back" from a record returns to the same page of the same search.
 */
export function usePagedList<T, S extends FilterSchema>(
  fetchPage: (params: Query) => Promise<Page<T>>,
  options: PagedListOptions<S>,
): PagedList<T, S> {
  const route = useRoute()
  const router = useRouter()
  const routeName = route.name
  const defaults: ListDefaults = { size: options.size ?? 20, sort: options.sort }
  const state = reactive(parseListState(route.query, options.filters, defaults)) as ListState<S>
  const items = shallowRef<T[]>([])
  const total = ref(0)
  const loading = ref(false)
  let latestRequest = 0

  async function load(): Promise<void> {
    const requestNo = ++latestRequest
    loading.value = true
    try {
      const page = await fetchPage(listStateToParams(state))
      if (requestNo === latestRequest) {
        items.value = page.items
        total.value = page.total
      }
    } catch (error) {
      if (requestNo === latestRequest) notifyError(error)
    } finally {
      if (requestNo === latestRequest) loading.value = false
    }
  }

  const addressOf = (value: ListState<FilterSchema>) => JSON.stringify(listStateToQuery(value, defaults))

  // A new search or filter starts again from the first page.
  watch(
    () => JSON.stringify([state.q, state.filters]),
    () => {
      state.page = 1
    },
  )
  watch(
    () => addressOf(state),
    () => {
      void router.replace({ query: listStateToQuery(state, defaults) })
      void load()
    },
  )
  // Back and forward within the list change only the query.
  watch(
    () => route.query,
    (query) => {
      if (route.name !== routeName) return
      const next = parseListState(query, options.filters, defaults)
      if (addressOf(next) !== addressOf(state)) Object.assign(state, next)
    },
  )
  void load()

  return reactive({
    state,
    items,
    total,
    loading,
    criteria: () => ({ ...state.filters, q: state.q.trim(), sort: state.sort }),
    load,
    sortBy: (prop: string | null, order: 'ascending' | 'descending' | null) => {
      state.sort = sortParam(prop, order)
    },
  }) as PagedList<T, S>
}
