import { createApp } from 'vue'
import { createPinia } from 'pinia'
import ElementPlus from 'element-plus'
import 'element-plus/dist/index.css'
import './styles/main.css'
import App from './App.vue'
import { currentLocale, i18n } from './i18n'
import { router } from './router'
import { useSession } from './features/identity/session'
import { configureHttp } from './shared/api/http'

const app = createApp(App)
app.use(createPinia())
app.use(i18n)
app.use(router)
app.use(ElementPlus)

configureHttp({
  locale: currentLocale,
  onUnauthorized: () => {
    useSession().expire()
    const current = router.currentRoute.value
    if (!current.meta.public) {
      void router.push({ name: 'login', query: { redirect: current.fullPath } })
    }
  },
})
document.documentElement.lang = currentLocale()

app.mount('#app')
