import { computed, ref } from 'vue'
import { defineStore } from 'pinia'
import { applyAccountLocale } from '@/i18n'
import { isApiError } from '@/shared/api/problem'
import { authApi, type CurrentUser } from './api'
import { ADMINS, MASTER_DATA_READERS, MASTER_DATA_WRITERS, type Role } from './roles'

/** Who is signed in, and what their roles let them see and do. */
export const useSession = defineStore('session', () => {
  const user = ref<CurrentUser | null>(null)
  let restoring: Promise<void> | undefined

  /** Asks the server once per page load whether a session exists (this also sets the CSRF cookie). */
  function restore(): Promise<void> {
    restoring ??= authApi.me().then(
      signedIn,
      (error: unknown) => {
        if (isApiError(error, 401)) return
        restoring = undefined // let the next navigation ask again, e.g. once the server is back
        throw error
      },
    )
    return restoring
  }

  async function login(username: string, password: string): Promise<void> {
    signedIn(await authApi.login(username, password))
  }

  function signedIn(me: CurrentUser): void {
    user.value = me
    applyAccountLocale(me.locale)
  }

  async function logout(): Promise<void> {
    try {
      await authApi.logout()
    } finally {
      user.value = null
    }
  }

  /** The server said 401: the session is gone. */
  function expire(): void {
    user.value = null
  }

  function hasAnyRole(roles: readonly Role[] | undefined): boolean {
    if (!roles) return true
    return user.value?.roles.some((role) => roles.includes(role)) ?? false
  }

  return {
    user,
    restore,
    login,
    logout,
    expire,
    hasAnyRole,
    isAdmin: computed(() => hasAnyRole(ADMINS)),
    canReadMasterData: computed(() => hasAnyRole(MASTER_DATA_READERS)),
    canWriteMasterData: computed(() => hasAnyRole(MASTER_DATA_WRITERS)),
  }
})
