import type { QueuedReport, QueueStore, Report } from './reportQueue'

/**
 * The report queue's store in IndexedDB (database {@code atelier-phone}): the reports by event id, the device id and
 * the last sequence number taken per user of the phone, and the last screens loaded (so that the phone shows them offline). Taking a
 * sequence number and storing its report happen in one transaction: a reload or a crash in between cannot reuse it.
 */
const DB = 'atelier-phone'
const REPORTS = 'reports'
const META = 'meta'
const SCREENS = 'screens'

interface StoredReport {
  eventId: string
  deviceSeq: number
  entry: QueuedReport
}

let opening: Promise<IDBDatabase> | undefined

function open(): Promise<IDBDatabase> {
  opening ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1)
    request.onupgradeneeded = () => {
      const db = request.result
      db.createObjectStore(REPORTS, { keyPath: 'eventId' }).createIndex('seq', 'deviceSeq')
      db.createObjectStore(META)
      db.createObjectStore(SCREENS)
    }
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => {
      opening = undefined
      reject(request.error)
    }
  })
  return opening
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve()
    tx.onerror = () => reject(tx.error)
    tx.onabort = () => reject(tx.error)
  })
}

function read<T>(request: IDBRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result as T)
    request.onerror = () => reject(request.error)
  })
}

export class IndexedDbQueueStore implements QueueStore {
  async deviceId(create: () => string): Promise<string> {
    const db = await open()
    const tx = db.transaction(META, 'readwrite')
    const meta = tx.objectStore(META)
    let id = await read<string | undefined>(meta.get('deviceId'))
    if (!id) {
      id = create()
      meta.put(id, 'deviceId')
    }
    await done(tx)
    return id
  }

  async append(build: (deviceSeq: number) => Report, owner?: string): Promise<QueuedReport> {
    const db = await open()
    const tx = db.transaction([META, REPORTS], 'readwrite')
    const meta = tx.objectStore(META)
    const key = owner ? `deviceSeq:${owner}` : 'deviceSeq'
    const seq = ((await read<number | undefined>(meta.get(key))) ?? 0) + 1
    const entry: QueuedReport = { report: build(seq), owner, attempts: 0 }
    meta.put(seq, key)
    tx.objectStore(REPORTS).put({ eventId: entry.report.eventId, deviceSeq: seq, entry } satisfies StoredReport)
    await done(tx)
    return entry
  }

  async all(): Promise<QueuedReport[]> {
    const db = await open()
    const tx = db.transaction(REPORTS, 'readonly')
    const rows = await read<StoredReport[]>(tx.objectStore(REPORTS).index('seq').getAll())
    return rows.map((row) => row.entry)
  }

  async put(entry: QueuedReport): Promise<void> {
    const db = await open()
    const tx = db.transaction(REPORTS, 'readwrite')
    const store = tx.objectStore(REPORTS)
    // never resurrect a report that was removed meanwhile
    if (await read<StoredReport | undefined>(store.get(entry.report.eventId))) {
      store.put({ eventId: entry.report.eventId, deviceSeq: entry.report.deviceSeq, entry } satisfies StoredReport)
    }
    await done(tx)
  }

  async remove(eventId: string): Promise<void> {
    const db = await open()
    const tx = db.transaction(REPORTS, 'readwrite')
    tx.objectStore(REPORTS).delete(eventId)
    await done(tx)
  }
}

/** The last copy of a screen's data, to show offline. */
export async function keepScreen(key: string, value: unknown): Promise<void> {
  const db = await open()
  const tx = db.transaction(SCREENS, 'readwrite')
  tx.objectStore(SCREENS).put(JSON.parse(JSON.stringify(value)), key)
  await done(tx)
}

export async function keptScreen<T>(key: string): Promise<T | undefined> {
  const db = await open()
  const tx = db.transaction(SCREENS, 'readonly')
  return read<T | undefined>(tx.objectStore(SCREENS).get(key))
}
