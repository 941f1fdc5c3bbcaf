import type { ParameterDefinition } from '@/features/configurator/api'
import type { OrderLineDraft } from '../api'

/** What a line is made as: `TPL-DESK v2` for a configured product, the item code for a catalog product. */
export function productLabel(line: OrderLineDraft): string {
  if (!line.templateCode) return line.itemCode ?? ''
  return line.templateVersion ? `${line.templateCode} v${line.templateVersion}` : line.templateCode
}

/**
 * A line's parameter values in one cell. With the template version's parameters, in their order and by name:
 * `宽度 Width 1200 mm; 材质 Material 橡木纹 Oak melamine; 圆角封边 是`; without them (not loaded, or not readable
 * for the user), as the import file writes them: `width=1200; material=oak`.
 */
export function parameterSummary(
  line: OrderLineDraft,
  parameters?: readonly ParameterDefinition[],
  yesNo: { yes: string; no: string } = { yes: 'true', no: 'false' },
): string {
  const values = line.parameters ?? {}
  if (!parameters?.length) {
    return Object.entries(values)
      .map(([code, value]) => `${code}=${value}`)
      .join('; ')
  }
  const shown = (parameter: ParameterDefinition, value: string): string => {
    if (parameter.kind === 'YES_NO') return value === 'true' ? yesNo.yes : yesNo.no
    if (parameter.kind === 'CHOICE') return parameter.options.find((option) => option.code === value)?.name ?? value
    if (parameter.kind === 'NUMBER' && parameter.unit) return `${value} ${parameter.unit}`
    return value
  }
  const known = parameters
    .filter((parameter) => (values[parameter.code] ?? '') !== '')
    .map((parameter) => `${parameter.name} ${shown(parameter, values[parameter.code])}`)
  const unknown = Object.entries(values)
    .filter(([code]) => !parameters.some((parameter) => parameter.code === code))
    .map(([code, value]) => `${code}=${value}`)
  return [...known, ...unknown].join('; ')
}

/** The order's field errors (by form path, `lines.2.parameters.width`) that concern one line, keyed within it. */
export function lineErrors(errors: Record<string, string>, index: number): Record<string, string> {
  const prefix = `lines.${index}.`
  return Object.fromEntries(
    Object.entries(errors)
      .filter(([path]) => path.startsWith(prefix))
      .map(([path, message]) => [path.slice(prefix.length), message]),
  )
}
