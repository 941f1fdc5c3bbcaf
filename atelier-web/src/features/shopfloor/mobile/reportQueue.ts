/**
 * The phone's durable report queue (docs/shopfloor.md, "Phone screens" and "Reports: exactly once"). Every action
 * becomes a report with a new event id, this device's id and the device's next sequence number; it is stored before it
 * is sent, sent in order (the batch endpoint when several wait), and removed only when the server answered 200 or 422.
 * Network errors, 5xx, 202 and 401 keep it and retry with backoff; a 409 or another 4xx keeps it as "stuck", not
 * resent (a bug or a lost permission: a person must look at it, it is never silently dropped).
 */

export type ReportKind = 'START' | 'PAUSE' | 'RESUME' | 'FINISH' | 'QUANTITY'

/** What the operator did; the queue adds the ids, the sequence number and the time. */
export interface ReportDraft {
  operationId: number
  kind: ReportKind
  good?: string
  scrap?: string
  scrapReason?: string
  rework?: string
  pauseReason?: string
}

export interface Report extends ReportDraft {
  eventId: string
  deviceId: string
  deviceSeq: number
  occurredAt: string
}

/** A report in the queue, with the last answer that kept it there. */
export interface QueuedReport {
  report: Report
  /** Who made it: it is sent only in that user's session, never counted for the next user of the phone. */
  owner?: string
  attempts: number
  /** Set when the server refused it in a way a retry cannot change (409, 400, 403, …): not resent. */
  stuck?: { status: number; detail?: string }
}

/** The answer to one report: the HTTP status and body the single endpoint gives. */
export interface ReportResult {
  eventId: string
  status: number
  body?: unknown
}

/** Where the queue keeps its reports and the device's id and sequence; IndexedDB in the browser. */
export interface QueueStore {
  /** The device id, created and kept on first use. */
  deviceId(create: () => string): Promise<string>
  /** Takes the next sequence number (of the owner's stream) and stores the report built with it, in one step. */
  append(build: (deviceSeq: number) => Report, owner?: string): Promise<QueuedReport>
  /** Every queued report, by sequence number. */
  all(): Promise<QueuedReport[]>
  put(entry: QueuedReport): Promise<void>
  remove(eventId: string): Promise<void>
}

/** Sends reports; rejects on a network error. One report: the single endpoint; several: the batch endpoint. */
export type Sender = (reports: Report[]) => Promise<ReportResult[]>

export interface QueueState {
  /** Reports waiting to be sent (stuck ones included). */
  pending: number
  stuck: number
  sending: boolean
  online: boolean
}

export interface QueueOptions {
  uuid?: () => string
  now?: () => Date
  /** Milliseconds to wait before the n-th retry (n from 1). */
  backoff?: (attempt: number) => number
  schedule?: (run: () => void, ms: number) => unknown
  cancel?: (handle: unknown) => void
  /** The largest batch the server takes. */
  maxBatch?: number
  /** The signed-in user: reports are made as them and only theirs are sent. */
  owner?: () => string | undefined
}

export const defaultBackoff = (attempt: number): number => Math.min(60_000, 1_000 * 2 ** Math.max(0, attempt - 1))

/**
 * Answers after which a report leaves the queue: applied (200), or stored by the server as refused and put in the
 * supervisor's exception queue (422 with {@code reportStatus}). A 422 without it is a report the server could not read
 * and did not store: the device's later reports wait for its sequence number, so it stays (stuck) for a person to see.
 */
export function isSettled(result: ReportResult): boolean {
  return result.status === 200 || (result.status === 422 && reportStatusOf(result.body) !== undefined)
}

export function reportStatusOf(body: unknown): string | undefined {
  if (body && typeof body === 'object' && 'reportStatus' in body && typeof body.reportStatus === 'string') {
    return body.reportStatus
  }
  return undefined
}

/** Answers after which the report is sent again later: the network, the server, or earlier reports still missing. */
export function isRetryable(status: number): boolean {
  return status === 0 || status === 202 || status === 401 || status === 408 || status === 429 || status >= 500
}

export class ReportQueue {
  private readonly options: Required<QueueOptions>
  private readonly listeners = new Set<(state: QueueState) => void>()
  private readonly applied = new Set<(results: ReportResult[]) => void>()
  private state: QueueState = { pending: 0, stuck: 0, sending: false, online: true }
  private flushing: Promise<void> | undefined
  private retryHandle: unknown
  private failures = 0

  constructor(
    private readonly store: QueueStore,
    private readonly send: Sender,
    options: QueueOptions = {},
  ) {
    this.options = {
      uuid: options.uuid ?? (() => crypto.randomUUID()),
      now: options.now ?? (() => new Date()),
      backoff: options.backoff ?? defaultBackoff,
      schedule: options.schedule ?? ((run, ms) => setTimeout(run, ms)),
      cancel: options.cancel ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)),
      maxBatch: options.maxBatch ?? 100,
      owner: options.owner ?? (() => undefined),
    }
  }

  /** Stores the action as a report (before anything is sent) and starts sending. */
  async add(draft: ReportDraft): Promise<Report> {
    const owner = this.options.owner()
    // one stream per user of the phone: the server orders a device's reports, and one user's reports waiting for
    // their next sign-in must not hold back the next user's
    const phone = await this.store.deviceId(this.options.uuid)
    const deviceId = owner ? `${phone}:${owner}` : phone
    const entry = await this.store.append(
      (deviceSeq) => ({
        ...draft,
        eventId: this.options.uuid(),
        deviceId,
        deviceSeq,
        occurredAt: this.options.now().toISOString(),
      }),
      owner,
    )
    await this.refresh()
    void this.flush()
    return entry.report
  }

  /** The reports not yet settled, by sequence number. */
  async waiting(): Promise<QueuedReport[]> {
    return this.store.all()
  }

  subscribe(listener: (state: QueueState) => void): () => void {
    this.listeners.add(listener)
    listener(this.state)
    return () => this.listeners.delete(listener)
  }

  /** Called with the server's answers of every report that left the queue. */
  onSettled(listener: (results: ReportResult[]) => void): () => void {
    this.applied.add(listener)
    return () => this.applied.delete(listener)
  }

  /** The browser says the network is back (or gone). */
  setOnline(online: boolean): void {
    this.update({ online })
    if (online) {
      this.failures = 0
      void this.flush()
    }
  }

  /**
   * Sends what waits, in order, until the queue is empty or a send fails. One drain at a time: a call during a drain
   * waits for it and then drains again, so that what was added meanwhile goes too.
   */
  flush(): Promise<void> {
    if (this.flushing) {
      return this.flushing.then(() => this.flush())
    }
    const drain = this.drain().finally(() => {
      this.flushing = undefined
      this.update({ sending: false })
    })
    this.flushing = drain
    return drain
  }

  private async drain(): Promise<void> {
    if (this.retryHandle !== undefined) {
      this.options.cancel(this.retryHandle)
      this.retryHandle = undefined
    }
    for (;;) {
      const owner = this.options.owner()
      // another user's reports wait for them: sent in this session they would count as this user's work
      const sendable = (await this.store.all())
        .filter((entry) => !entry.stuck && (entry.owner === undefined || entry.owner === owner))
        .slice(0, this.options.maxBatch)
      await this.refresh()
      if (sendable.length === 0) return
      this.update({ sending: true })
      let results: ReportResult[]
      try {
        results = await this.send(sendable.map((entry) => entry.report))
      } catch {
        this.update({ online: false })
        await this.bump(sendable)
        this.retryLater()
        return
      }
      this.update({ online: true })
      const byId = new Map(results.map((result) => [result.eventId, result]))
      const settled: ReportResult[] = []
      let retry = false
      for (const entry of sendable) {
        const result = byId.get(entry.report.eventId) ?? { eventId: entry.report.eventId, status: 0 }
        if (isSettled(result)) {
          await this.store.remove(entry.report.eventId)
          settled.push(result)
        } else if (isRetryable(result.status)) {
          retry = true
          await this.store.put({ ...entry, attempts: entry.attempts + 1 })
        } else {
          await this.store.put({ ...entry, attempts: entry.attempts + 1, stuck: { status: result.status, detail: detailOf(result.body) } })
        }
      }
      await this.refresh()
      if (settled.length > 0) {
        this.failures = 0
        this.applied.forEach((listener) => listener(settled))
      }
      if (retry) {
        this.retryLater()
        return
      }
    }
  }

  private async bump(entries: QueuedReport[]): Promise<void> {
    for (const entry of entries) {
      await this.store.put({ ...entry, attempts: entry.attempts + 1 })
    }
  }

  private retryLater(): void {
    this.failures++
    this.retryHandle = this.options.schedule(() => {
      this.retryHandle = undefined
      void this.flush()
    }, this.options.backoff(this.failures))
  }

  private async refresh(): Promise<void> {
    const all = await this.store.all()
    this.update({ pending: all.length, stuck: all.filter((entry) => entry.stuck).length })
  }

  private update(change: Partial<QueueState>): void {
    this.state = { ...this.state, ...change }
    this.listeners.forEach((listener) => listener(this.state))
  }
}

function detailOf(body: unknown): string | undefined {
  if (body && typeof body === 'object' && 'detail' in body && typeof body.detail === 'string') {
    return body.detail
  }
  return undefined
}

/** A store in memory: for tests, and where IndexedDB is not available. */
export class MemoryQueueStore implements QueueStore {
  private id: string | undefined
  private readonly seqs = new Map<string, number>()
  private readonly entries = new Map<string, QueuedReport>()

  async deviceId(create: () => string): Promise<string> {
    this.id ??= create()
    return this.id
  }

  async append(build: (deviceSeq: number) => Report, owner?: string): Promise<QueuedReport> {
    const seq = (this.seqs.get(owner ?? '') ?? 0) + 1
    this.seqs.set(owner ?? '', seq)
    const entry: QueuedReport = { report: build(seq), owner, attempts: 0 }
    this.entries.set(entry.report.eventId, entry)
    return structuredClone(entry)
  }

  async all(): Promise<QueuedReport[]> {
    return [...this.entries.values()].map((entry) => structuredClone(entry)).sort((a, b) => a.report.deviceSeq - b.report.deviceSeq)
  }

  async put(entry: QueuedReport): Promise<void> {
    if (this.entries.has(entry.report.eventId)) {
      this.entries.set(entry.report.eventId, structuredClone(entry))
    }
  }

  async remove(eventId: string): Promise<void> {
    this.entries.delete(eventId)
  }
}
