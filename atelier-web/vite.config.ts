import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import type { Plugin } from 'vite'
import { defineConfig } from 'vitest/config'

/**
 * Writes /sw.js (src/features/shopfloor/mobile/pwa/sw.js) with the list of every built file and the public files, so
 * that the phone screens open offline (docs/shopfloor.md, "Phone screens").
 */
function atelierServiceWorker(): Plugin {
  return {
    name: 'atelier-service-worker',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const built = Object.keys(bundle).filter((file) => !file.endsWith('.map') && file !== 'index.html')
      const publicDir = fileURLToPath(new URL('./public', import.meta.url))
      const publicFiles = readdirSync(publicDir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => `${entry.parentPath.slice(publicDir.length)}/${entry.name}`.replace(/^\/+/, ''))
      const files = ['index.html', ...publicFiles, ...built].map((file) => `/${file}`).sort()
      const version = createHash('sha256')
        .update(files.join('\n'))
        .update(JSON.stringify(Object.values(bundle).map((chunk) => ('code' in chunk ? chunk.code.length : 0))))
        .digest('hex')
        .slice(0, 12)
      const template = readFileSync(fileURLToPath(new URL('./src/features/shopfloor/mobile/pwa/sw.js', import.meta.url)), 'utf8')
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: template.replace('__VERSION__', version).replace('__PRECACHE__', JSON.stringify(files)),
      })
    },
  }
}

// `npm run dev` talks to the Spring Boot app; ATELIER_BACKEND points it elsewhere.
const backEnd = process.env.ATELIER_BACKEND ?? 'http://localhost:8080'

export default defineConfig({
  plugins: [vue(), atelierServiceWorker()],
  base: '/',
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  define: {
    // Composition API only; these flags let vue-i18n drop the legacy API and keep the console quiet.
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  server: {
    proxy: {
      // With the slash, so that app pages such as /api-tokens stay with Vite.
      '/api/': backEnd,
      '/actuator/': backEnd,
    },
  },
  build: {
    // Maven packages target/classes into the jar; Spring Boot serves classpath:/static/.
    outDir: 'target/classes/static',
    emptyOutDir: true,
    rollupOptions: {
      output: {
        manualChunks: {
          vue: ['vue', 'vue-router', 'pinia', 'vue-i18n'],
          'element-plus': ['element-plus', '@element-plus/icons-vue'],
        },
      },
    },
    // Element Plus is imported whole (every screen uses it) and is cached as its own chunk.
    chunkSizeWarningLimit: 1100,
  },
  test: {
    environment: 'node',
    include: ['src/**/*.spec.ts'],
  },
})
