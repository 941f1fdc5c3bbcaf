import { currentLocale } from '@/i18n'

/** A timestamp in the UI language and the browser's time zone; empty for no value. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return ''
  return new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))
}
