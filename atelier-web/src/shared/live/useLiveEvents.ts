import { getCurrentScope, onScopeDispose } from 'vue'

/**
 * What changed on the shop floor, as the server's live stream tells it (docs/shopfloor.md, "Live progress"): small on
 * purpose, a page refreshes what it shows when a change concerns it.
 */
export interface LiveChange {
  kind: 'operation' | 'workOrder' | 'order' | 'overrun' | 'exception'
  orderId: number
  workOrderId: number | null
  operationId: number | null
  status: string | null
  good: number | string | null
  scrap: number | string | null
}

interface Subscriber {
  matches: (change: LiveChange) => boolean
  refresh: () => void
  delayMs: number
  timer?: ReturnType<typeof setTimeout>
}

export const STREAM_URL = '/api/events/stream'
/** A burst of changes (a report starts an operation and its work order) refreshes once, this long after the first. */
const DELAY_MS = 150
/** After the server refused or ended the stream for good (e.g. 429, signed out): try again this much later. */
const RETRY_MS = 10_000

const subscribers = new Set<Subscriber>()
let source: EventSource | null = null
let connectedBefore = false
let retry: ReturnType<typeof setTimeout> | undefined

/** At most one refresh per delay: changes arriving while one is due join it (a busy factory never starves a page). */
function schedule(subscriber: Subscriber): void {
  if (subscriber.timer !== undefined) return
  subscriber.timer = setTimeout(() => {
    subscriber.timer = undefined
    subscriber.refresh()
  }, subscriber.delayMs)
}

/** Everything may have changed unseen (a reconnection, or the server lost its own feed): every page refreshes. */
function refreshAll(): void {
  subscribers.forEach(schedule)
}

function connect(): void {
  if (source || typeof EventSource === 'undefined') return
  const opened = new EventSource(STREAM_URL, { withCredentials: true })
  source = opened
  opened.addEventListener('ready', () => {
    // the browser reconnects on its own after a network failure; what happened meanwhile was not heard
    if (connectedBefore) refreshAll()
    connectedBefore = true
  })
  opened.addEventListener('resync', refreshAll)
  opened.addEventListener('progress', (event) => {
    const change = JSON.parse((event as MessageEvent<string>).data) as LiveChange
    subscribers.forEach((subscriber) => {
      if (subscriber.matches(change)) schedule(subscriber)
    })
  })
  opened.addEventListener('error', () => {
    if (opened.readyState !== EventSource.CLOSED) return // reconnecting by itself
    source = null
    clearTimeout(retry)
    retry = setTimeout(() => {
      if (subscribers.size) connect()
    }, RETRY_MS)
  })
}

function disconnect(): void {
  clearTimeout(retry)
  source?.close()
  source = null
  connectedBefore = false
}

/**
 * Calls `refresh` soon after a live change `matches` what the caller shows (at most once per `delayMs`), and after a
 * reconnection. All callers share one EventSource, opened with the first and closed with the last; inside a component
 * the subscription ends with it. Returns a function that ends it earlier.
 */
export function useLiveEvents(
  matches: (change: LiveChange) => boolean,
  refresh: () => void,
  delayMs = DELAY_MS,
): () => void {
  const subscriber: Subscriber = { matches, refresh, delayMs }
  subscribers.add(subscriber)
  connect()
  const stop = () => {
    clearTimeout(subscriber.timer)
    if (subscribers.delete(subscriber) && subscribers.size === 0) disconnect()
  }
  if (getCurrentScope()) onScopeDispose(stop)
  return stop
}
