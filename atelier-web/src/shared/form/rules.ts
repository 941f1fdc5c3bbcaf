import type { FormItemRule } from 'element-plus'
import { i18n } from '@/i18n'

// Messages are functions so that they follow a language switch.
const t = (key: string, values?: Record<string, unknown>) => () => i18n.global.t(key, values ?? {})

export function required(trigger: 'blur' | 'change' = 'blur'): FormItemRule {
  return { required: true, message: t('common.validation.required'), trigger }
}

export function maxLength(max: number): FormItemRule {
  return { max, message: t('common.validation.maxLength', { max }), trigger: 'blur' }
}

/** A number within bounds; `exclusiveMin` for "greater than", `exclusiveMax` for "less than". */
export function range(bounds: { min?: number; max?: number; exclusiveMin?: number; exclusiveMax?: number }): FormItemRule {
  return {
    trigger: 'change',
    validator: (_rule, value: unknown, callback) => {
      if (value === null || value === undefined || value === '') return callback()
      const number = Number(value)
      const tooSmall =
        (bounds.min !== undefined && number < bounds.min) ||
        (bounds.exclusiveMin !== undefined && number <= bounds.exclusiveMin)
      const tooLarge =
        (bounds.max !== undefined && number > bounds.max) ||
        (bounds.exclusiveMax !== undefined && number >= bounds.exclusiveMax)
      callback(tooSmall || tooLarge ? new Error(rangeMessage(bounds)) : undefined)
    },
  }
}

function rangeMessage(bounds: { min?: number; max?: number; exclusiveMin?: number; exclusiveMax?: number }): string {
  const { t: translate } = i18n.global
  const conditions = [
    bounds.min !== undefined ? `≥ ${bounds.min}` : '',
    bounds.exclusiveMin !== undefined ? `> ${bounds.exclusiveMin}` : '',
    bounds.max !== undefined ? `≤ ${bounds.max}` : '',
    bounds.exclusiveMax !== undefined ? `< ${bounds.exclusiveMax}` : '',
  ].filter(Boolean)
  return translate('common.validation.range', { condition: conditions.join(translate('common.validation.and')) })
}

export const email: FormItemRule = { type: 'email', message: t('common.validation.email'), trigger: 'blur' }

/** code: required, 1–40 characters. */
export const codeRules: FormItemRule[] = [required(), maxLength(40)]
/** name: required, 1–200 characters. */
export const nameRules: FormItemRule[] = [required(), maxLength(200)]
/** description: optional, up to 2000 characters. */
export const descriptionRules: FormItemRule[] = [maxLength(2000)]

export function minLength(min: number): FormItemRule {
  return { min, message: t('common.validation.minLength', { min }), trigger: 'blur' }
}
