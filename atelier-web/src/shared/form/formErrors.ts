import { ref } from 'vue'
import type { FieldError } from '../api/problem'

/** `steps[0].machines[1].setupMinutes` → `steps.0.machines.1.setupMinutes`, the form's prop paths. */
export function normalizeFieldPath(field: string): string {
  return field.replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '')
}

/** The server's field errors by form path; several messages for one field are joined. */
export function fieldErrorMap(errors: readonly FieldError[]): Record<string, string> {
  const map: Record<string, string> = {}
  for (const { field, message } of errors) {
    const path = normalizeFieldPath(field)
    map[path] = map[path] ? `${map[path]}; ${message}` : message
  }
  return map
}

/** Server-side field errors for el-form-item's `error` prop. */
export function useFormErrors() {
  const byPath = ref<Record<string, string>>({})
  return {
    of: (path: string): string => byPath.value[path] ?? '',
    /** Every error by path, for a form that shows nested errors itself (an order's lines). */
    all: (): Record<string, string> => byPath.value,
    set: (errors: readonly FieldError[]): void => {
      byPath.value = fieldErrorMap(errors)
    },
    clear: (): void => {
      byPath.value = {}
    },
  }
}

export type FormErrors = ReturnType<typeof useFormErrors>

/** The line number in a validated prop path such as `downtimes.2.endsAt`. */
export function lineIndex(path: string | undefined): number {
  const match = /\.(\d+)\./.exec(path ?? '')
  return match ? Number(match[1]) : -1
}
