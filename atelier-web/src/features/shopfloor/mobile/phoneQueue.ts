import { onScopeDispose, ref } from 'vue'
import { currentLocale } from '@/i18n'
import { useSession } from '@/features/identity/session'
import { readCookie } from '@/shared/api/http'
import { IndexedDbQueueStore } from './idbStore'
import { MemoryQueueStore, ReportQueue, type QueueState, type Report, type ReportResult, type Sender } from './reportQueue'

function headers(): Headers {
  const headers = new Headers({
    Accept: 'application/json, application/problem+json',
    'Accept-Language': currentLocale(),
    'Content-Type': 'application/json',
  })
  const token = readCookie('XSRF-TOKEN', document.cookie)
  if (token) headers.set('X-XSRF-TOKEN', token)
  return headers
}

async function bodyOf(response: Response): Promise<unknown> {
  try {
    return await response.json()
  } catch {
    return undefined
  }
}

/** Sends over HTTP; a network failure rejects (fetch does), every answer resolves with its status. */
export const httpSender: Sender = async (reports: Report[]): Promise<ReportResult[]> => {
  if (reports.length === 1) {
    const response = await fetch('/api/shopfloor/reports', {
      method: 'POST',
      headers: headers(),
      body: JSON.stringify(reports[0]),
      credentials: 'same-origin',
    })
    return [{ eventId: reports[0].eventId, status: response.status, body: await bodyOf(response) }]
  }
  const response = await fetch('/api/shopfloor/reports/batch', {
    method: 'POST',
    headers: headers(),
    body: JSON.stringify({ reports }),
    credentials: 'same-origin',
  })
  if (response.status !== 200) {
    return reports.map((report) => ({ eventId: report.eventId, status: response.status }))
  }
  const answer = (await response.json()) as { results: ({ eventId: string; status: number; body: unknown } | null)[] }
  return answer.results.flatMap((result) => (result ? [{ eventId: String(result.eventId), status: result.status, body: result.body }] : []))
}

let queue: ReportQueue | undefined

/** The phone's one queue, on IndexedDB (in memory where the browser has none), listening to online and offline. */
export function phoneQueue(): ReportQueue {
  if (!queue) {
    const store = typeof indexedDB === 'undefined' ? new MemoryQueueStore() : new IndexedDbQueueStore()
    const session = useSession()
    const created = new ReportQueue(store, httpSender, { owner: () => session.user?.username })
    window.addEventListener('online', () => created.setOnline(true))
    window.addEventListener('offline', () => created.setOnline(false))
    created.setOnline(navigator.onLine)
    queue = created
  }
  return queue
}

/** The queue's state for a component: pending and stuck counts, sending, online. */
export function useQueueState() {
  const state = ref<QueueState>({ pending: 0, stuck: 0, sending: false, online: navigator.onLine })
  const stop = phoneQueue().subscribe((next) => {
    state.value = next
  })
  onScopeDispose(stop)
  return state
}
