import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { configureHttp, filenameFrom, readCookie, request, toQueryString } from './http'
import { ApiError } from './problem'

const fetchMock = vi.fn<typeof fetch>()
const onUnauthorized = vi.fn()
let csrfToken: string | undefined

function jsonResponse(status: number, body: unknown, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } })
}

function sentHeaders(call = 0): Headers {
  return fetchMock.mock.calls[call][1]?.headers as Headers
}

beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock)
  csrfToken = 'token-1'
  configureHttp({ locale: () => 'zh-CN', csrfToken: () => csrfToken, onUnauthorized })
})

afterEach(() => {
  vi.unstubAllGlobals()
  fetchMock.mockReset()
  onUnauthorized.mockReset()
})

describe('a request', () => {
  it('asks for answers in the UI language', async () => {
    fetchMock.mockResolvedValue(jsonResponse(200, { ok: true }))

    await request('GET', '/api/machines')

    expect(sentHeaders().get('Accept-Language')).toBe('zh-CN')
  })

  it('sends the CSRF token on writes only, read afresh each time because it rotates after login', async () => {
    fetchMock.mockImplementation(async () => jsonResponse(200, {}))

    await request('GET', '/api/machines')
    await request('POST', '/api/machines', { body: { code: 'M1' } })
    csrfToken = 'token-2'
    await request('DELETE', '/api/machines/1')

    expect(sentHeaders(0).has('X-XSRF-TOKEN')).toBe(false)
    expect(sentHeaders(1).get('X-XSRF-TOKEN')).toBe('token-1')
    expect(sentHeaders(2).get('X-XSRF-TOKEN')).toBe('token-2')
  })

  it('sends a body as JSON and a form as multipart', async () => {
    fetchMock.mockImplementation(async () => jsonResponse(200, {}))
    const form = new FormData()

    await request('POST', '/api/items', { body: { code: 'OAK' } })
    await request('POST', '/api/items/import', { body: form })

    expect(sentHeaders(0).get('Content-Type')).toBe('application/json')
    expect(fetchMock.mock.calls[0][1]?.body).toBe('{"code":"OAK"}')
    expect(sentHeaders(1).has('Content-Type')).toBe(false)
    expect(fetchMock.mock.calls[1][1]?.body).toBe(form)
  })

  it('returns nothing for 204 No Content', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }))

    await expect(request('DELETE', '/api/machines/1')).resolves.toBeUndefined()
  })
})

describe('a failed request', () => {
  it('throws the server’s problem with its translated detail and field errors', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse(
        400,
        { title: '请求无效', status: 400, detail: '编码不能为空', errors: [{ field: 'code', message: '不能为空' }] },
        'application/problem+json',
      ),
    )

    const error = await request('POST', '/api/machines', { body: {} }).catch((caught: unknown) => caught)

    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).status).toBe(400)
    expect((error as ApiError).message).toBe('编码不能为空')
    expect((error as ApiError).problem.errors).toEqual([{ field: 'code', message: '不能为空' }])
  })

  it('carries the rows of a rejected import', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse(422, { status: 422, detail: '2 rows are wrong', rows: [{ row: 3, field: 'unit', message: 'unknown unit' }] }, 'application/problem+json'),
    )

    const error = (await request('POST', '/api/items/import', { body: new FormData() }).catch((caught: unknown) => caught)) as ApiError

    expect(error.problem.rows).toEqual([{ row: 3, field: 'unit', message: 'unknown unit' }])
  })

  it('still reports the status when the body is not JSON', async () => {
    fetchMock.mockResolvedValue(new Response('<html>Bad gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } }))

    const error = (await request('GET', '/api/machines').catch((caught: unknown) => caught)) as ApiError

    expect(error.status).toBe(502)
    expect(error.problem.detail).toBeUndefined()
    expect(error.problem.errors).toEqual([])
  })

  it('ends the session on 401, except where 401 is an expected answer', async () => {
    fetchMock.mockImplementation(async () => jsonResponse(401, { status: 401 }))

    await request('GET', '/api/machines').catch(() => undefined)
    expect(onUnauthorized).toHaveBeenCalledTimes(1)

    await request('GET', '/api/auth/me', { expectSession: false }).catch(() => undefined)
    expect(onUnauthorized).toHaveBeenCalledTimes(1)
  })
})

describe('query strings', () => {
  it('leave out empty values and repeat arrays', () => {
    expect(toQueryString({ page: 0, q: '', status: undefined, active: false, workshopId: null, ids: [1, 2] })).toBe(
      '?page=0&active=false&ids=1&ids=2',
    )
    expect(toQueryString({ q: '' })).toBe('')
    expect(toQueryString({ q: '橡木 柜' })).toBe('?q=%E6%A9%A1%E6%9C%A8+%E6%9F%9C')
  })
})

describe('cookies and file names', () => {
  it('reads one cookie among several', () => {
    expect(readCookie('XSRF-TOKEN', 'JSESSIONID=abc; XSRF-TOKEN=a%2Fb; other=1')).toBe('a/b')
    expect(readCookie('XSRF-TOKEN', 'JSESSIONID=abc')).toBeUndefined()
  })

  it('takes the download name from Content-Disposition, preferring the UTF-8 form', () => {
    expect(filenameFrom(`attachment; filename="machines.csv"; filename*=UTF-8''%E8%AE%BE%E5%A4%87.csv`)).toBe('设备.csv')
    expect(filenameFrom('attachment; filename="machines.xlsx"')).toBe('machines.xlsx')
    expect(filenameFrom(null)).toBeUndefined()
  })
})
