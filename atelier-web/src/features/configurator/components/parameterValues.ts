import type { FieldError } from '@/shared/api/problem'
import type { ParameterDefinition } from '../api'

/** The values a parameter form starts with: each parameter's default, or empty. */
export function defaultValues(parameters: readonly ParameterDefinition[]): Record<string, string> {
  const values: Record<string, string> = {}
  for (const parameter of parameters) {
    values[parameter.code] = parameter.defaultValue ?? (parameter.kind === 'YES_NO' ? 'false' : '')
  }
  return values
}

/**
 * The server's errors about parameter values by parameter code, for ParameterForm's `errors`:
 * `parameters.width` (or `lines[2].parameters.width` with that prefix) → `width`.
 */
export function parameterErrors(errors: readonly FieldError[], prefix = 'parameters.'): Record<string, string> {
  const byCode: Record<string, string> = {}
  for (const { field, message } of errors) {
    if (!field.startsWith(prefix)) continue
    const code = field.slice(prefix.length)
    byCode[code] = byCode[code] ? `${byCode[code]}; ${message}` : message
  }
  return byCode
}

/** The values to send: empty ones are left out, so that the parameter's default applies. */
export function enteredValues(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ''))
}
