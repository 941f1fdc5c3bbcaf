import 'vue-router'
import type { Role } from '@/features/identity/roles'

declare module 'vue-router' {
  interface RouteMeta {
    /** Message key of the page title, also the label of its navigation link. */
    titleKey?: string
    /** Roles allowed to open the page; any signed-in user when absent. */
    roles?: readonly Role[]
    /** Open without signing in. */
    public?: boolean
    /** The navigation link to highlight, for pages that are not in the navigation themselves. */
    navRoute?: string
    /** Opens without the server, as the user last signed in on this device (the phone screens). */
    offline?: boolean
  }
}
