import { request } from '@/shared/api/http'
import type { Scanned } from './scanCode'

export const scanApi = {
  /** What a scanned or typed code names (404 unknown, 422 not an Atelier code). */
  resolve: (code: string) => request<Scanned>('GET', '/api/shopfloor/scan', { query: { code } }),
}
