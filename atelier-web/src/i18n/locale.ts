export const LOCALES = ['zh-CN', 'en'] as const
export type Locale = (typeof LOCALES)[number]

export const LOCALE_STORAGE_KEY = 'atelier.locale'

export function isLocale(value: unknown): value is Locale {
  return LOCALES.includes(value as Locale)
}

/** The remembered choice if there is one, otherwise Chinese for any zh* browser language and English for the rest. */
export function detectLocale(stored: string | null, browserLanguage: string | undefined): Locale {
  if (isLocale(stored)) {
    return stored
  }
  return browserLanguage?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en'
}
