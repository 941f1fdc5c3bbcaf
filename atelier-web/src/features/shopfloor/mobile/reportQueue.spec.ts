import { describe, expect, it } from 'vitest'
import { MemoryQueueStore, ReportQueue, type Report, type ReportResult, type Sender } from './reportQueue'

/** A server that answers what the test says, remembering every call. */
function server(answer: (report: Report) => number | 'down') {
  const calls: Report[][] = []
  const applied = new Set<string>()
  const send: Sender = async (reports) => {
    calls.push(reports)
    if (reports.some((report) => answer(report) === 'down')) throw new TypeError('Failed to fetch')
    return reports.map((report): ReportResult => {
      const status = answer(report) as number
      if (status === 200) applied.add(report.eventId)
      return { eventId: report.eventId, status, body: status === 422 ? { reportStatus: 'REJECTED_TO_EXCEPTION' } : {} }
    })
  }
  return { send, calls, applied }
}

/** Timers the test runs by hand. */
function clock() {
  const timers: { run: () => void; ms: number }[] = []
  return {
    schedule: (run: () => void, ms: number) => timers.push({ run, ms }),
    cancel: () => undefined,
    timers,
    async fire() {
      const due = timers.splice(0)
      due.forEach((timer) => timer.run())
      await new Promise((resolve) => setTimeout(resolve, 0))
    },
  }
}

let ids = 0
const uuid = () => `id-${++ids}`

describe('the report queue', () => {
  it('gives every report a new event id, the device id and the next sequence number', async () => {
    const store = new MemoryQueueStore()
    const { send } = server(() => 'down')
    const queue = new ReportQueue(store, send, { uuid, ...clock() })

    const first = await queue.add({ operationId: 7, kind: 'START' })
    const second = await queue.add({ operationId: 7, kind: 'QUANTITY', good: '8' })

    expect(second.eventId).not.toBe(first.eventId)
    expect(second.deviceId).toBe(first.deviceId)
    expect([first.deviceSeq, second.deviceSeq]).toEqual([1, 2])
    expect(new Date(first.occurredAt).getTime()).not.toBeNaN()
  })

  it('keeps the reports while the server cannot be reached and sends them once, in order, when it can', async () => {
    let down = true
    const store = new MemoryQueueStore()
    const { send, calls, applied } = server(() => (down ? 'down' : 200))
    const timers = clock()
    const queue = new ReportQueue(store, send, { uuid, ...timers })
    const states: number[] = []
    queue.subscribe((state) => states.push(state.pending))

    await queue.add({ operationId: 7, kind: 'START' })
    await queue.add({ operationId: 7, kind: 'QUANTITY', good: '8', scrap: '2', scrapReason: 'SCRATCH' })
    await queue.flush()
    expect(await store.all()).toHaveLength(2)
    expect(timers.timers).not.toHaveLength(0)

    down = false
    queue.setOnline(true)
    await queue.flush()

    expect(await store.all()).toHaveLength(0)
    expect(applied.size).toBe(2)
    const last = calls[calls.length - 1]
    expect(last.map((report) => report.deviceSeq)).toEqual([1, 2])
    expect(states[states.length - 1]).toBe(0)
  })

  it('survives a reload: a new queue on the same store continues the sequence and sends what was kept', async () => {
    const store = new MemoryQueueStore()
    const before = new ReportQueue(store, server(() => 'down').send, { uuid, ...clock() })
    const kept = await before.add({ operationId: 7, kind: 'START' })

    const { send, applied } = server(() => 200)
    const after = new ReportQueue(store, send, { uuid, ...clock() })
    const next = await after.add({ operationId: 7, kind: 'PAUSE', pauseReason: 'BREAK' })
    await after.flush()

    expect(next.deviceSeq).toBe(kept.deviceSeq + 1)
    expect(next.deviceId).toBe(kept.deviceId)
    expect([...applied]).toEqual([kept.eventId, next.eventId])
  })

  it('drops a report the server applied (200) or sent to the exception queue (422), and retries 202 and 5xx with backoff', async () => {
    const answers = new Map<number, number>([
      [1, 200],
      [2, 422],
      [3, 503],
      [4, 202],
    ])
    const store = new MemoryQueueStore()
    const timers = clock()
    const backoffs: number[] = []
    const queue = new ReportQueue(store, server((report) => answers.get(report.deviceSeq)!).send, {
      uuid,
      ...timers,
      backoff: (attempt) => {
        backoffs.push(attempt)
        return attempt * 1000
      },
    })
    for (let i = 0; i < 4; i++) await queue.add({ operationId: 7, kind: 'QUANTITY', good: '1' })
    await queue.flush()

    const left = await store.all()
    expect(left.map((entry) => entry.report.deviceSeq)).toEqual([3, 4])
    expect(left.every((entry) => !entry.stuck && entry.attempts > 0)).toBe(true)
    expect(timers.timers.length).toBeGreaterThan(0)

    answers.set(3, 200).set(4, 200)
    await timers.fire()
    await queue.flush()
    expect(await store.all()).toHaveLength(0)
    expect(backoffs.length).toBeGreaterThan(0)
  })

  it('keeps a report refused with 409 as stuck, not resent, and goes on with the others', async () => {
    const store = new MemoryQueueStore()
    const { send, calls } = server((report) => (report.deviceSeq === 1 ? 409 : 200))
    const queue = new ReportQueue(store, send, { uuid, ...clock() })
    let stuck = 0
    queue.subscribe((state) => (stuck = state.stuck))

    await queue.add({ operationId: 7, kind: 'START' })
    await queue.add({ operationId: 7, kind: 'FINISH' })
    await queue.flush()
    await queue.flush()

    const left = await store.all()
    expect(left).toHaveLength(1)
    expect(left[0].stuck?.status).toBe(409)
    expect(stuck).toBe(1)
    expect(calls.flat().filter((report) => report.deviceSeq === 1)).toHaveLength(1)
  })

  it('keeps a 422 the server did not store (an unreadable report) instead of dropping it', async () => {
    const store = new MemoryQueueStore()
    const send: Sender = async (reports) => reports.map((report) => ({ eventId: report.eventId, status: 422, body: { errors: [] } }))
    const queue = new ReportQueue(store, send, { uuid, ...clock() })

    await queue.add({ operationId: 7, kind: 'QUANTITY', good: '1' })
    await queue.flush()

    expect((await store.all())[0].stuck?.status).toBe(422)
  })

  it('sends the queue in batches no larger than the server takes', async () => {
    const store = new MemoryQueueStore()
    const { send, calls } = server(() => 200)
    const queue = new ReportQueue(store, send, { uuid, ...clock(), maxBatch: 2 })
    queue.setOnline(false)
    const offline = new ReportQueue(store, server(() => 'down').send, { uuid, ...clock() })
    for (let i = 0; i < 5; i++) await offline.add({ operationId: 7, kind: 'QUANTITY', good: '1' })

    await queue.flush()

    expect(calls.map((call) => call.length)).toEqual([2, 2, 1])
    expect(await store.all()).toHaveLength(0)
  })

  it('sends a report only in the session of the user who made it, each user in a sequence of their own', async () => {
    const store = new MemoryQueueStore()
    let user = 'zhang'
    const { send, applied } = server(() => 200)
    const offline = new ReportQueue(store, server(() => 'down').send, { uuid, ...clock(), owner: () => user })
    const zhangs = await offline.add({ operationId: 7, kind: 'START' })

    user = 'li'
    const queue = new ReportQueue(store, send, { uuid, ...clock(), owner: () => user })
    const lis = await queue.add({ operationId: 8, kind: 'START' })
    await queue.flush()

    expect(lis.deviceId).not.toBe(zhangs.deviceId)
    expect([lis.deviceSeq, zhangs.deviceSeq]).toEqual([1, 1])
    expect([...applied]).toEqual([lis.eventId])
    expect((await store.all()).map((entry) => entry.report.eventId)).toEqual([zhangs.eventId])

    user = 'zhang'
    await queue.flush()
    expect([...applied]).toEqual([lis.eventId, zhangs.eventId])
  })
})
