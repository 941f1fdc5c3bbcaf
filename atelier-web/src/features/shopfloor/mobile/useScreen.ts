import { ref } from 'vue'
import { isApiError } from '@/shared/api/problem'
import { keepScreen, keptScreen } from './idbStore'

/**
 * Loads a screen's data from the server and keeps a copy on the phone; when the server cannot be reached, shows the
 * copy (`cached` true). Server errors (404, 403, …) are shown, not hidden behind an old copy.
 */
export function useScreen<T>(key: () => string, load: () => Promise<T>, afterLoad: () => Promise<void> = async () => undefined) {
  const data = ref<T>()
  const cached = ref(false)
  const error = ref<unknown>()
  const loading = ref(false)
  let latest = 0

  /**
   * Loads the screen, then runs {@code afterLoad} (reading the reports still waiting, so that none applied meanwhile
   * is shown twice); an answer older than the last refresh's is dropped, so a slow answer never hides a newer one.
   */
  async function refresh(): Promise<void> {
    const generation = ++latest
    loading.value = true
    error.value = undefined
    try {
      const fresh = await load()
      await afterLoad()
      if (generation !== latest) return
      data.value = fresh
      cached.value = false
      await keepScreen(key(), fresh).catch(() => undefined)
    } catch (failure) {
      await afterLoad()
      if (generation !== latest) return
      const kept = isApiError(failure) ? undefined : await keptScreen<T>(key()).catch(() => undefined)
      if (kept) {
        data.value = kept
        cached.value = true
      } else {
        error.value = failure
      }
    } finally {
      if (generation === latest) loading.value = false
    }
  }

  return { data, cached, error, loading, refresh }
}
