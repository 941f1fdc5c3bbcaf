import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { configureHttp } from './http'
import { reasonHeader, resourceApi } from './resource'

const fetchMock = vi.fn<typeof fetch>()
const machines = resourceApi<{ id: number; version: number; createdAt: string; updatedAt: string }, { code: string }>('/api/machines')

beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock)
  configureHttp({ locale: () => 'en', csrfToken: () => 'csrf' })
  fetchMock.mockImplementation(async () => new Response('{}', { status: 200, headers: { 'Content-Type': 'application/json' } }))
})

afterEach(() => {
  vi.unstubAllGlobals()
  fetchMock.mockReset()
})

describe('a resource client', () => {
  it('sends the version back with an update', async () => {
    await machines.update(12, { code: 'CNC-1' }, 3)

    expect(fetchMock.mock.calls[0][0]).toBe('/api/machines/12')
    expect(fetchMock.mock.calls[0][1]?.method).toBe('PUT')
    expect(JSON.parse(fetchMock.mock.calls[0][1]?.body as string)).toEqual({ code: 'CNC-1', version: 3 })
  })

  it('deletes with the version as a query parameter', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }))

    await machines.remove(12, 3)

    expect(fetchMock.mock.calls[0][0]).toBe('/api/machines/12?version=3')
    expect(fetchMock.mock.calls[0][1]?.method).toBe('DELETE')
  })

  it('exports the current search in the chosen format', async () => {
    fetchMock.mockResolvedValue(new Response('code,name\n', { status: 200, headers: { 'Content-Type': 'text/csv' } }))

    const file = await machines.exportFile('csv', { q: 'cnc', status: 'ACTIVE', workshopId: undefined })

    expect(fetchMock.mock.calls[0][0]).toBe('/api/machines/export?q=cnc&status=ACTIVE&format=csv')
    expect(file.filename).toBe('machines.csv')
  })
})

describe('the change reason header', () => {
  it('is percent-encoded UTF-8, because header values must be Latin-1', () => {
    expect(reasonHeader('换新主轴')).toEqual({ 'X-Change-Reason': '%E6%8D%A2%E6%96%B0%E4%B8%BB%E8%BD%B4' })
  })

  it('is left out when there is no reason', () => {
    expect(reasonHeader('  ')).toEqual({})
    expect(reasonHeader(undefined)).toEqual({})
  })
})
