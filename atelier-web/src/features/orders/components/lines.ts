import type { OrderLineDraft } from '../api'

/** What a line is made as: `TPL-DESK v2` for a configured product, the item code for a catalog product. */
export function productLabel(line: OrderLineDraft): string {
  if (!line.templateCode) return line.itemCode ?? ''
  return line.templateVersion ? `${line.templateCode} v${line.templateVersion}` : line.templateCode
}

/** A line's parameter values in one cell, as the import file writes them: `width=1200; depth=600`. */
export function parameterSummary(line: OrderLineDraft): string {
  return Object.entries(line.parameters ?? {})
    .map(([code, value]) => `${code}=${value}`)
    .join('; ')
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
