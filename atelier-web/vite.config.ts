import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

// `npm run dev` talks to the Spring Boot app; ATELIER_BACKEND points it elsewhere.
const backEnd = process.env.ATELIER_BACKEND ?? 'http://localhost:8080'

export default defineConfig({
  plugins: [vue()],
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
