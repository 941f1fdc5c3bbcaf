import type { CurrentUser } from '@/features/identity/api'

/**
 * Who was signed in on this phone, kept so that the phone screens open offline (a reload without network cannot ask
 * the server). It names the user and roles only, no secret: every report is still checked by the server when sent.
 */
const KEY = 'atelier.phone.user'

export function rememberUser(user: CurrentUser | null): void {
  if (user) localStorage.setItem(KEY, JSON.stringify(user))
  else localStorage.removeItem(KEY)
}

export function rememberedUser(): CurrentUser | null {
  try {
    const stored = localStorage.getItem(KEY)
    return stored ? (JSON.parse(stored) as CurrentUser) : null
  } catch {
    return null
  }
}

/** Where a user lands after signing in without a page to return to: operators on their phone screens. */
export function landingFor(roles: readonly string[]): string {
  return roles.length > 0 && roles.every((role) => role === 'OPERATOR') ? '/m' : '/'
}
