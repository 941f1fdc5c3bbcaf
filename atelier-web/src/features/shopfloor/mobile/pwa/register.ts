/**
 * Registers the service worker that keeps the app shell for the phone screens (docs/shopfloor.md, "Phone screens").
 * Only built files are there (vite build writes /sw.js); the dev server has none.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined)
}
