import { computed } from 'vue'
import { createI18n } from 'vue-i18n'
import elementEn from 'element-plus/es/locale/lang/en'
import elementZhCn from 'element-plus/es/locale/lang/zh-cn'
import { detectLocale, LOCALE_STORAGE_KEY, type Locale } from './locale'
import { messages, type MessageSchema } from './messages'

export const i18n = createI18n<[MessageSchema], Locale, false>({
  legacy: false,
  locale: detectLocale(localStorage.getItem(LOCALE_STORAGE_KEY), navigator.language),
  fallbackLocale: 'en',
  messages,
})

export function currentLocale(): Locale {
  return i18n.global.locale.value
}

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale
  localStorage.setItem(LOCALE_STORAGE_KEY, locale)
  document.documentElement.lang = locale
}

/** Element Plus's own texts (pagination, date pickers, dialogs) follow the UI language. */
export const elementLocale = computed(() => (i18n.global.locale.value === 'zh-CN' ? elementZhCn : elementEn))
