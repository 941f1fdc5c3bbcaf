/**
 * What the phone's scanner does with a code, without the camera or the server: reading the code (the same rules as
 * `io.atelier.shopfloor.ScanCode` on the server, docs/shopfloor.md "Scan codes") and deciding what to open or say.
 */

export const SCAN_KINDS = ['OPERATION', 'WORK_ORDER', 'WORKER', 'MACHINE'] as const
export type ScanKind = (typeof SCAN_KINDS)[number]

const TAGS: Record<string, ScanKind> = { OP: 'OPERATION', WO: 'WORK_ORDER', WK: 'WORKER', MC: 'MACHINE' }
const BY_ID: readonly ScanKind[] = ['OPERATION', 'WORK_ORDER']
const MAX_VALUE_LENGTH = 40
const PRINTED = /^ATL:(OP|WO|WK|MC):(.+)$/i
const LINK = /^https?:\/\/[^/?#\s]+(?:\/[^?#\s]*)?\/m\/(op|wo|wk|mc)\/([^/?#\s]+)\/?(?:[?#]\S*)?$/i
const ID = /^[1-9][0-9]{0,17}$/
/** A code typed without its `ATL:` prefix, as people shorten it: `OP:1234`, `op 1234`, `OP-1234`. */
const TYPED_SHORT = /^(OP|WO|WK|MC)\s*[:\s-]\s*(\S.*)$/i

/** A code of ours: what it names and which one (an id for operations and work orders, a code otherwise). */
export interface ScanCode {
  kind: ScanKind
  value: string
  /** The printed form, e.g. `ATL:OP:1234`. */
  text: string
}

/** Reads a scanned text (printed or link form); undefined for anything that is not one of Atelier's codes. */
export function parseScanCode(scanned: string | null | undefined): ScanCode | undefined {
  if (scanned == null) return undefined
  const text = scanned.trim()
  const printed = PRINTED.exec(text)
  if (printed) return codeOf(printed[1], printed[2])
  const link = LINK.exec(text)
  if (link) {
    try {
      return codeOf(link[1], decodeURIComponent(link[2]))
    } catch {
      return undefined // a malformed %-escape
    }
  }
  return undefined
}

/** What a person typed, as the text to resolve: the `ATL:` prefix may be left out (`OP:1234`, `op 1234`). */
export function normaliseTyped(typed: string): string {
  const text = typed.trim()
  if (parseScanCode(text)) return text
  const short = TYPED_SHORT.exec(text)
  return short ? `ATL:${short[1].toUpperCase()}:${short[2].trim()}` : text
}

function codeOf(tag: string, rawValue: string): ScanCode | undefined {
  const kind = TAGS[tag.toUpperCase()]
  const value = rawValue.trim()
  if (!kind || !valid(kind, value)) return undefined
  return { kind, value, text: `ATL:${tag.toUpperCase()}:${value}` }
}

function valid(kind: ScanKind, value: string): boolean {
  if (BY_ID.includes(kind)) return ID.test(value)
  // eslint-disable-next-line no-control-regex
  return value.length > 0 && value.length <= MAX_VALUE_LENGTH && !/[\u0000-\u001f\u007f-\u009f]/.test(value)
}

/** What the server answers for a code (`GET /api/shopfloor/scan?code=`). */
export interface Scanned {
  kind: ScanKind
  id: number
  code: string
  label: string
  /** The page that shows it; null where the phone has none yet (badges, machines). */
  target: string | null
}

/** What the scan page does next. */
export type ScanAction =
  | { type: 'open'; to: string; label: string }
  | { type: 'show'; kind: ScanKind; label: string }
  | { type: 'wrongKind'; kind: ScanKind; expected: ScanKind; label: string }

/** Opens what has a page, says what a badge or machine is, and refuses a code of another kind than the one asked for. */
export function actionFor(scanned: Scanned, expected?: ScanKind): ScanAction {
  if (expected && scanned.kind !== expected) {
    return { type: 'wrongKind', kind: scanned.kind, expected, label: scanned.label }
  }
  return scanned.target
    ? { type: 'open', to: scanned.target, label: scanned.label }
    : { type: 'show', kind: scanned.kind, label: scanned.label }
}

/**
 * Where a code leads when the server cannot be asked (the phone is offline): an operation's page, which works from
 * what the phone keeps; anything else needs the server.
 */
export function offlineTarget(code: ScanCode): string | undefined {
  return code.kind === 'OPERATION' ? `/m/operations/${code.value}` : undefined
}

/** The `?expect=` of the scan page (`operation`, `work-order`, `worker`, `machine`), as a kind. */
export function expectedKind(query: unknown): ScanKind | undefined {
  if (typeof query !== 'string') return undefined
  const kind = query.trim().toUpperCase().replace(/-/g, '_')
  return (SCAN_KINDS as readonly string[]).includes(kind) ? (kind as ScanKind) : undefined
}

/** Why a code was not opened, as the key of its message under `shopfloor.scan.errors`. */
export type ScanError = 'notOurs' | 'unknown' | 'offline' | 'forbidden' | 'failed'

export function errorOf(status: number | undefined): ScanError {
  switch (status) {
    case undefined:
      return 'offline'
    case 404:
      return 'unknown'
    case 422:
      return 'notOurs'
    case 403:
      return 'forbidden'
    default:
      return 'failed'
  }
}

/**
 * The camera sees the same code many times a second: a text is handled once, and again only after it has been out
 * of sight for `quietMs` (so that a person can scan the same card again after a mistake).
 */
export class RepeatFilter {
  private last?: string
  private lastSeen = 0

  constructor(private readonly quietMs = 2500) {}

  accept(text: string, now: number): boolean {
    const repeated = text === this.last && now - this.lastSeen < this.quietMs
    this.last = text
    this.lastSeen = now
    return !repeated
  }
}
