import { currentLocale } from '@/i18n'

/** A timestamp in the UI language and the browser's time zone; empty for no value. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return ''
  return new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return ''
  return new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium' }).format(new Date(iso))
}

export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined) return ''
  return new Intl.NumberFormat(currentLocale()).format(value)
}
