/*
 * Atelier's service worker (docs/shopfloor.md, "Phone screens"): keeps the app shell and the built assets so that the
 * phone screens open without network. The build (vite.config.ts, atelierServiceWorker) writes it to /sw.js with the
 * list of built files and a version that changes with them. It never touches /api/ or /actuator/: reports go through
 * the page's own durable queue, and data is never served stale from here.
 */
const VERSION = '__VERSION__'
const CACHE = `atelier-shell-${VERSION}`
const PRECACHE = __PRECACHE__
const SHELL = '/index.html'

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  )
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('atelier-shell-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  )
})

function bypass(url, request) {
  return (
    request.method !== 'GET' ||
    url.origin !== self.location.origin ||
    url.pathname.startsWith('/api/') ||
    url.pathname === '/api' ||
    url.pathname.startsWith('/actuator/')
  )
}

self.addEventListener('fetch', (event) => {
  const request = event.request
  const url = new URL(request.url)
  if (bypass(url, request)) return
  if (request.mode === 'navigate') {
    // pages: the server's (fresh after a deployment), the kept shell when it cannot be reached
    event.respondWith(
      fetch(request).catch(() => caches.open(CACHE).then((cache) => cache.match(SHELL)).then((shell) => shell || Response.error())),
    )
    return
  }
  // built assets carry a hash in their name: the kept copy is right
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(request).then(
        (kept) =>
          kept ||
          fetch(request).then((response) => {
            if (response.ok && url.pathname.startsWith('/assets/')) cache.put(request, response.clone())
            return response
          }),
      ),
    ),
  )
})
