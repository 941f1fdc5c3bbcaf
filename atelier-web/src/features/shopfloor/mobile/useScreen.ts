import { ref } from 'vue'
import { isApiError } from '@/shared/api/problem'
import { keepScreen, keptScreen } from './idbStore'

/**
 * Loads a screen's data from the server and keeps a copy on the phone; when the server cannot be reached, shows the
 * copy (`cached` true). Server errors (404, 403, …) are shown, not hidden behind an old copy.
 */
export function useScreen<T>(key: () => string, load: () => Promise<T>) {
  const data = ref<T>()
  const cached = ref(false)
  const error = ref<unknown>()
  const loading = ref(false)

  async function refresh(): Promise<void> {
    loading.value = true
    error.value = undefined
    try {
      const fresh = await load()
      data.value = fresh
      cached.value = false
      await keepScreen(key(), fresh).catch(() => undefined)
    } catch (failure) {
      const kept = isApiError(failure) ? undefined : await keptScreen<T>(key()).catch(() => undefined)
      if (kept) {
        data.value = kept
        cached.value = true
      } else {
        error.value = failure
      }
    } finally {
      loading.value = false
    }
  }

  return { data, cached, error, loading, refresh }
}
