import { download, request, type DownloadedFile, type Query } from './http'

/** Fields every stored record carries. */
export interface BaseRecord {
  id: number
  version: number
  createdAt: string
  updatedAt: string
}

export interface Page<T> {
  items: T[]
  page: number
  size: number
  total: number
}

export interface ImportResult {
  created: number
  updated: number
}

export type ExportFormat = 'csv' | 'xlsx'

/** What a reference picker needs: anything with a code and a name. */
export interface Reference {
  id: number
  code: string
  name: string
}

export interface ReferenceSource {
  readonly path: string
  list(params: Query): Promise<Page<Reference>>
  get(id: number): Promise<Reference>
}

/** The endpoints docs/master-data.md gives every resource. `D` is what the client sends: the record without id, version, timestamps and display helpers. */
export interface ResourceApi<T extends BaseRecord, D> {
  readonly path: string
  list(params: Query): Promise<Page<T>>
  get(id: number): Promise<T>
  create(draft: D, reason?: string): Promise<T>
  update(id: number, draft: D, version: number, reason?: string): Promise<T>
  remove(id: number, version: number, reason?: string): Promise<void>
  exportFile(format: ExportFormat, query: Query): Promise<DownloadedFile>
  importFile(file: File): Promise<ImportResult>
}

export function resourceApi<T extends BaseRecord, D>(path: string): ResourceApi<T, D> {
  const name = path.split('/').pop() ?? 'export'
  return {
    path,
    list: (params) => request<Page<T>>('GET', path, { query: params }),
    get: (id) => request<T>('GET', `${path}/${id}`),
    create: (draft, reason) => request<T>('POST', path, { body: draft, headers: reasonHeader(reason) }),
    update: (id, draft, version, reason) =>
      request<T>('PUT', `${path}/${id}`, { body: { ...draft, version }, headers: reasonHeader(reason) }),
    remove: (id, version, reason) =>
      request<void>('DELETE', `${path}/${id}`, { query: { version }, headers: reasonHeader(reason) }),
    exportFile: (format, query) => download(`${path}/export`, { ...query, format }, `${name}.${format}`),
    importFile: (file) => {
      const form = new FormData()
      form.append('file', file)
      return request<ImportResult>('POST', `${path}/import`, { body: form })
    },
  }
}

/**
 * The optional audit reason. Header values must be Latin-1, so the text (often Chinese) is sent
 * percent-encoded as UTF-8; the server decodes it.
 */
export function reasonHeader(reason: string | undefined): Record<string, string> {
  const text = reason?.trim()
  return text ? { 'X-Change-Reason': encodeURIComponent(text) } : {}
}
