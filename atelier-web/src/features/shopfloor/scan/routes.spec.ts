import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { scanRoutes } from './routes'

describe('the scan routes', () => {
  it('send the link form a camera app opens to the scan page with the code', async () => {
    const router = createRouter({ history: createMemoryHistory(), routes: scanRoutes })
    await router.push('/m/op/1234')
    expect(router.currentRoute.value.name).toBe('shopfloor-scan')
    expect(router.currentRoute.value.query.code).toBe('ATL:OP:1234')
    await router.push('/m/mc/M%20NEST%2001')
    expect(router.currentRoute.value.query.code).toBe('ATL:MC:M NEST 01')
    expect(router.resolve('/m/operations/7').name).toBeUndefined() // the operation screen's own route, not ours
  })
})
