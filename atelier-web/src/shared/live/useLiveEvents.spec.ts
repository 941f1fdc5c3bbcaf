import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope } from 'vue'
import { STREAM_URL, useLiveEvents } from './useLiveEvents'

/** A stand-in for the browser's EventSource: the test plays the server. */
class FakeEventSource {
  static readonly CONNECTING = 0
  static readonly OPEN = 1
  static readonly CLOSED = 2
  static instances: FakeEventSource[] = []
  readyState = FakeEventSource.OPEN
  listeners = new Map<string, ((event: MessageEvent<string>) => void)[]>()

  constructor(readonly url: string) {
    FakeEventSource.instances.push(this)
  }

  addEventListener(name: string, listener: (event: MessageEvent<string>) => void) {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener])
  }

  emit(name: string, data: unknown = {}) {
    this.listeners.get(name)?.forEach((listener) => listener({ data: JSON.stringify(data) } as MessageEvent<string>))
  }

  close() {
    this.readyState = FakeEventSource.CLOSED
  }
}

const change = (orderId: number) => ({
  kind: 'operation',
  orderId,
  workOrderId: 7,
  operationId: 70,
  status: 'IN_PROGRESS',
  good: 8,
  scrap: 2,
})

describe('useLiveEvents', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    FakeEventSource.instances = []
    vi.stubGlobal('EventSource', FakeEventSource)
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('shares one stream and refreshes only the pages a change concerns, once per burst', () => {
    const scope = effectScope()
    const first = vi.fn()
    const second = vi.fn()
    scope.run(() => {
      useLiveEvents((c) => c.orderId === 1, first)
      useLiveEvents((c) => c.orderId === 2, second)
    })
    expect(FakeEventSource.instances).toHaveLength(1)
    const stream = FakeEventSource.instances[0]
    expect(stream.url).toBe(STREAM_URL)

    stream.emit('ready')
    stream.emit('progress', change(1))
    stream.emit('progress', change(1))
    vi.runAllTimers()

    expect(first).toHaveBeenCalledTimes(1)
    expect(second).not.toHaveBeenCalled()
    scope.stop()
    expect(stream.readyState).toBe(FakeEventSource.CLOSED)
  })

  it('refreshes everything after a reconnection or when the server says changes were missed', () => {
    const refresh = vi.fn()
    const stop = useLiveEvents(() => false, refresh)
    const stream = FakeEventSource.instances[0]
    stream.emit('ready')
    vi.runAllTimers()
    expect(refresh).not.toHaveBeenCalled()

    stream.emit('ready') // the browser reconnected by itself
    vi.runAllTimers()
    stream.emit('resync')
    vi.runAllTimers()

    expect(refresh).toHaveBeenCalledTimes(2)
    stop()
  })

  it('opens a new stream some seconds after the server ended it for good', () => {
    const stop = useLiveEvents(() => true, vi.fn())
    const stream = FakeEventSource.instances[0]
    stream.readyState = FakeEventSource.CLOSED
    stream.emit('error')
    vi.advanceTimersByTime(10_000)
    expect(FakeEventSource.instances).toHaveLength(2)
    stop()
  })
})
