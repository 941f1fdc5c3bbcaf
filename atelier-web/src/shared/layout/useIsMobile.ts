import { onScopeDispose, ref, type Ref } from 'vue'

const PHONE_QUERY = '(max-width: 767px)'

/** True on phone-width screens, where the navigation becomes a drawer and forms stack. */
export function useIsMobile(): Ref<boolean> {
  const query = window.matchMedia(PHONE_QUERY)
  const isMobile = ref(query.matches)
  const update = (event: MediaQueryListEvent) => {
    isMobile.value = event.matches
  }
  query.addEventListener('change', update)
  onScopeDispose(() => query.removeEventListener('change', update))
  return isMobile
}
