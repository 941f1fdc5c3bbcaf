import type { ParameterDefinition } from './api'

/** What the phone tells the operator about one value before sending it (the server checks again). */
export type ParameterState =
  | { kind: 'empty' }
  | { kind: 'missing' }
  | { kind: 'notANumber' }
  | { kind: 'below'; limit: number }
  | { kind: 'above'; limit: number }
  | { kind: 'ok'; value: number }

function limit(value: number | string | null): number | null {
  if (value === null || value === '') return null
  const number = Number(value)
  return Number.isFinite(number) ? number : null
}

/**
 * Checks one value against its definition: a required value missing when the operation finishes, a value that is no
 * number, or one outside the limits (accepted by the server, but flagged: the operator is warned first).
 */
export function checkParameter(definition: ParameterDefinition, raw: string | number | null | undefined, finishing: boolean): ParameterState {
  const text = raw === null || raw === undefined ? '' : String(raw).trim()
  if (text === '') return definition.required && finishing ? { kind: 'missing' } : { kind: 'empty' }
  const value = Number(text)
  if (!Number.isFinite(value)) return { kind: 'notANumber' }
  const min = limit(definition.min)
  const max = limit(definition.max)
  if (min !== null && value < min) return { kind: 'below', limit: min }
  if (max !== null && value > max) return { kind: 'above', limit: max }
  return { kind: 'ok', value }
}

/** The report's `parameters`: the filled-in values as numbers, by code. */
export function parametersOf(definitions: ParameterDefinition[], values: Record<string, string | number | null | undefined>): Record<string, number> {
  const parameters: Record<string, number> = {}
  for (const definition of definitions) {
    const state = checkParameter(definition, values[definition.code], false)
    if (state.kind === 'ok' || state.kind === 'below' || state.kind === 'above') {
      parameters[definition.code] = Number(String(values[definition.code]).trim())
    }
  }
  return parameters
}

/** True when the values may be sent: no text where a number belongs, nothing required missing when finishing. */
export function sendable(definitions: ParameterDefinition[], values: Record<string, string | number | null | undefined>, finishing: boolean): boolean {
  return definitions.every((definition) => {
    const state = checkParameter(definition, values[definition.code], finishing)
    return state.kind !== 'notANumber' && state.kind !== 'missing'
  })
}

/** The name in the UI's language: the English name when there is one and the UI is English. */
export function parameterName(definition: { name: string | null; nameEn?: string | null; code: string }, locale: string): string {
  if (!locale.startsWith('zh') && definition.nameEn) return definition.nameEn
  return definition.name ?? definition.code
}
