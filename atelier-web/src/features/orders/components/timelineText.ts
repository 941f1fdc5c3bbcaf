import type { TimelineEntry } from '../workspaceApi'

type Translate = (key: string, params?: Record<string, unknown>) => string
type Exists = (key: string) => boolean

/** Status values a timeline entry names, translated as the order's or as a work order's / operation's. */
function statusLabel(kind: string, value: string | undefined, t: Translate, te: Exists): string {
  if (!value) return '—'
  const key = kind === 'order.status' ? `orders.status.${value}` : `orders.workOrders.statuses.${value}`
  return te(key) ? t(key) : value
}

/** The sentence of a timeline entry in the UI language, from its kind and params (unknown kinds show their name). */
export function timelineText(entry: TimelineEntry, t: Translate, te: Exists): string {
  const key = `orders.workspace.timeline.kinds.${entry.kind}`
  if (!te(key)) return t('orders.workspace.timeline.unknown', { kind: entry.kind })
  const params: Record<string, string> = { ...entry.params }
  if (entry.kind.endsWith('.status')) {
    params.from = statusLabel(entry.kind, entry.params.from, t, te)
    params.to = statusLabel(entry.kind, entry.params.to, t, te)
  }
  return t(key, params)
}
