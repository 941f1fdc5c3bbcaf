import { describe, expect, it } from 'vitest'
import { listStateToParams, listStateToQuery, parseListState, sortParam, tableSort } from './listQuery'

const schema = { workshopId: 'number', active: 'boolean', status: 'string' } as const
const defaults = { size: 20, sort: 'code,asc' }

describe('a list address', () => {
  it('is read back with typed filters', () => {
    const state = parseListState({ page: '3', q: 'cnc', workshopId: '7', active: 'false', status: 'ACTIVE' }, schema, defaults)

    expect(state).toEqual({
      page: 3,
      size: 20,
      sort: 'code,asc',
      q: 'cnc',
      filters: { workshopId: 7, active: false, status: 'ACTIVE' },
    })
  })

  it('ignores values it cannot use', () => {
    const state = parseListState({ page: '-2', size: '7', workshopId: 'abc', active: 'maybe' }, schema, defaults)

    expect(state.page).toBe(1)
    expect(state.size).toBe(20)
    expect(state.filters).toEqual({ workshopId: undefined, active: undefined, status: undefined })
  })

  it('leaves out what equals the defaults', () => {
    const state = parseListState({}, schema, defaults)
    state.filters.active = true

    expect(listStateToQuery(state, defaults)).toEqual({ active: 'true' })
  })

  it('becomes API parameters with pages counted from zero', () => {
    const state = parseListState({ page: '2', q: ' oak ', workshopId: '4' }, schema, defaults)

    expect(listStateToParams(state)).toEqual({
      page: 1,
      size: 20,
      sort: 'code,asc',
      q: 'oak',
      workshopId: 4,
      active: undefined,
      status: undefined,
    })
  })
})

describe('table sorting', () => {
  it('maps between el-table and the sort parameter', () => {
    expect(sortParam('name', 'descending')).toBe('name,desc')
    expect(sortParam('name', null)).toBeUndefined()
    expect(tableSort('name,desc')).toEqual({ prop: 'name', order: 'descending' })
    expect(tableSort(undefined)).toBeUndefined()
  })
})
