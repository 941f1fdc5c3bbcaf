import { ApiError, readProblem } from './problem'

export type QueryValue = string | number | boolean | null | undefined
export type Query = Record<string, QueryValue | readonly (string | number)[]>

export interface HttpSettings {
  /** The UI language, sent as Accept-Language so that the server translates its messages. */
  locale: () => string
  /** The CSRF token to echo on writes; read fresh on every request because it rotates after login. */
  csrfToken: () => string | undefined
  /** Called when an authenticated call answers 401: the session has ended. */
  onUnauthorized: () => void
}

const settings: HttpSettings = {
  locale: () => 'en',
  csrfToken: () => readCookie('XSRF-TOKEN', document.cookie),
  onUnauthorized: () => undefined,
}

export function configureHttp(overrides: Partial<HttpSettings>): void {
  Object.assign(settings, overrides)
}

export interface RequestOptions {
  query?: Query
  body?: unknown
  headers?: Record<string, string>
  /** False for calls where 401 is an expected answer (login, "who am I"). */
  expectSession?: boolean
}

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE'

/** Sends a request and returns the parsed JSON body (undefined for 204). Failures throw ApiError. */
export async function request<T>(method: Method, url: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(method, url, options)
  if (response.status === 204 || response.headers.get('Content-Length') === '0') {
    return undefined as T
  }
  return (await response.json()) as T
}

export interface DownloadedFile {
  blob: Blob
  filename: string
}

export async function download(url: string, query: Query, fallbackName: string): Promise<DownloadedFile> {
  const response = await send('GET', url, { query })
  const filename = filenameFrom(response.headers.get('Content-Disposition')) ?? fallbackName
  return { blob: await response.blob(), filename }
}

async function send(method: Method, url: string, options: RequestOptions): Promise<Response> {
  const headers = new Headers(options.headers)
  headers.set('Accept', 'application/json, application/problem+json')
  headers.set('Accept-Language', settings.locale())
  if (method !== 'GET') {
    const token = settings.csrfToken()
    if (token) {
      headers.set('X-XSRF-TOKEN', token)
    }
  }
  let body: BodyInit | undefined
  if (options.body instanceof FormData) {
    body = options.body
  } else if (options.body !== undefined) {
    headers.set('Content-Type', 'application/json')
    body = JSON.stringify(options.body)
  }
  const response = await fetch(url + toQueryString(options.query), {
    method,
    headers,
    body,
    credentials: 'same-origin',
  })
  if (!response.ok) {
    if (response.status === 401 && options.expectSession !== false) {
      settings.onUnauthorized()
    }
    throw new ApiError(await readProblem(response))
  }
  return response
}

/** `?a=1&b=x` from the defined, non-empty values; arrays repeat the parameter. */
export function toQueryString(query: Query | undefined): string {
  if (!query) {
    return ''
  }
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (Array.isArray(value)) {
      value.forEach((item) => params.append(key, String(item)))
    } else if (value !== undefined && value !== null && value !== '') {
      params.append(key, String(value))
    }
  }
  const text = params.toString()
  return text ? `?${text}` : ''
}

export function readCookie(name: string, cookies: string): string | undefined {
  for (const part of cookies.split(';')) {
    const separator = part.indexOf('=')
    if (separator > 0 && part.slice(0, separator).trim() === name) {
      return decodeURIComponent(part.slice(separator + 1).trim())
    }
  }
  return undefined
}

export function filenameFrom(contentDisposition: string | null): string | undefined {
  if (!contentDisposition) {
    return undefined
  }
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(contentDisposition)
  if (encoded) {
    return decodeURIComponent(encoded[1].trim())
  }
  const plain = /filename="?([^";]+)"?/i.exec(contentDisposition)
  return plain ? plain[1].trim() : undefined
}
