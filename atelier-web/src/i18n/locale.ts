export const LOCALES = ['zh-CN', 'en'] as const
export type Locale = (typeof LOCALES)[number]

/** Where the language the user picked in this browser is remembered. */
export const LOCALE_STORAGE_KEY = 'atelier.locale'

export function isLocale(value: unknown): value is Locale {
  return LOCALES.includes(value as Locale)
}

export interface LocalePreferences {
  /** The language picked in this browser's language menu, as stored (possibly stale or unknown). */
  chosen: string | null
  /** The signed-in user's stored language; null or absent when unset or nobody is signed in. */
  account?: string | null
  /** The browser's language, `navigator.language`. */
  browser: string | undefined
}

/**
 * The UI language: a choice made in this browser wins over the user's stored language, which wins over
 * the browser's language (Chinese for any zh*, otherwise English).
 */
export function resolveLocale({ chosen, account, browser }: LocalePreferences): Locale {
  if (isLocale(chosen)) return chosen
  if (isLocale(account)) return account
  return browser?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en'
}
