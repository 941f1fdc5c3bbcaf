import { request } from '@/shared/api/http'
import { resourceApi, type BaseRecord } from '@/shared/api/resource'
import type { Locale } from '@/i18n/locale'
import type { Role } from './roles'

export interface CurrentUser {
  username: string
  displayName: string
  roles: Role[]
  customerId: number | null
  locale: Locale | null
}

export const authApi = {
  me: () => request<CurrentUser>('GET', '/api/auth/me', { expectSession: false }),
  login: (username: string, password: string) =>
    request<CurrentUser>('POST', '/api/auth/login', { body: { username, password }, expectSession: false }),
  logout: () => request<void>('POST', '/api/auth/logout', { expectSession: false }),
}

export interface UserDraft {
  username: string
  displayName: string
  roles: Role[]
  customerId: number | null
  enabled: boolean
  locale: Locale
  /** Sent only when creating a user; afterwards it is reset with its own call. */
  password?: string
}

export interface User extends BaseRecord, Omit<UserDraft, 'password'> {
  customerCode?: string
  customerName?: string
  /** True while too many failed logins keep the account locked. */
  locked?: boolean
}

export const userApi = {
  ...resourceApi<User, UserDraft>('/api/users'),
  resetPassword: (id: number, password: string) =>
    request<void>('POST', `/api/users/${id}/password`, { body: { password } }),
  unlock: (id: number) => request<void>('POST', `/api/users/${id}/unlock`),
}

export interface ApiToken {
  id: number
  name: string
  createdAt: string
  expiresAt: string | null
  lastUsedAt: string | null
  revoked: boolean
}

/** A new token: `token` is shown once and never again. */
export interface IssuedToken {
  id: number
  name: string
  token: string
  expiresAt: string | null
}

export const tokenApi = {
  list: () => request<ApiToken[]>('GET', '/api/auth/tokens'),
  create: (name: string, expiresInDays: number) =>
    request<IssuedToken>('POST', '/api/auth/tokens', { body: { name, expiresInDays } }),
  revoke: (id: number) => request<void>('DELETE', `/api/auth/tokens/${id}`),
}
