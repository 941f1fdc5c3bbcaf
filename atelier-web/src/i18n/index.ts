import { computed } from 'vue'
import { createI18n } from 'vue-i18n'
import elementEn from 'element-plus/es/locale/lang/en'
import elementZhCn from 'element-plus/es/locale/lang/zh-cn'
import { LOCALE_STORAGE_KEY, resolveLocale, type Locale } from './locale'
import { messages, type MessageSchema } from './messages'

/** The language to show, given the signed-in user's stored language once it is known. */
function preferredLocale(account: Locale | null = null): Locale {
  return resolveLocale({ chosen: localStorage.getItem(LOCALE_STORAGE_KEY), account, browser: navigator.language })
}

export const i18n = createI18n<[MessageSchema], Locale, false>({
  legacy: false,
  locale: preferredLocale(),
  fallbackLocale: 'en',
  messages,
})

export function currentLocale(): Locale {
  return i18n.global.locale.value
}

/** The user picked a language in this browser: show it, and keep it ahead of their account's from now on. */
export function chooseLocale(locale: Locale): void {
  localStorage.setItem(LOCALE_STORAGE_KEY, locale)
  show(locale)
}

/**
 * Someone signed in or their session was restored: show their stored language, unless a language was
 * chosen in this browser. Not remembered, so that the next user of this browser gets their own.
 */
export function applyAccountLocale(account: Locale | null): void {
  show(preferredLocale(account))
}

function show(locale: Locale): void {
  i18n.global.locale.value = locale
  document.documentElement.lang = locale
}

/** Element Plus's own texts (pagination, date pickers, dialogs) follow the UI language. */
export const elementLocale = computed(() => (i18n.global.locale.value === 'zh-CN' ? elementZhCn : elementEn))
