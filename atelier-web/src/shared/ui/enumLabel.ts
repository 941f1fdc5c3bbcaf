import { i18n } from '@/i18n'

/**
 * The translated label of an enum value, e.g. `enumLabel('catalog.unit', 'M2')`; empty for no value
 * (el-table renders each cell slot once without a row to inspect it).
 */
export function enumLabel(prefix: string, value: string | null | undefined): string {
  return value ? i18n.global.t(`${prefix}.${value}`) : ''
}
