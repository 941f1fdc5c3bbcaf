/** What the sender scanned or typed on the scan-out form: an operation or a work order. */
export type Sender = { operationId: number } | { workOrderId: number }

const PRINTED = /^ATL:(OP|WO):(\d{1,18})$/i
const LINK = /\/m\/(op|wo)\/(\d{1,18})(?:[/?#].*)?$/i

/**
 * Reads a job card's code as printed (`ATL:OP:1234`, `ATL:WO:56`) or as a link (`…/m/op/1234`), or a bare number,
 * taken as an operation id; anything else is undefined (docs/shopfloor.md, "Scan codes").
 */
export function parseSender(input: string): Sender | undefined {
  const text = input.trim()
  const match = PRINTED.exec(text) ?? LINK.exec(text) ?? (/^\d{1,18}$/.test(text) ? ['', 'OP', text] : null)
  if (!match) return undefined
  const id = Number(match[2])
  if (!Number.isSafeInteger(id) || id <= 0) return undefined
  return match[1].toUpperCase() === 'WO' ? { workOrderId: id } : { operationId: id }
}
