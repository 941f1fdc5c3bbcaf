/**
 * The reason codes the phone offers (docs/shopfloor.md, "Phone screens"); the report carries the code, the screens
 * translate it (`shopfloor.mobile.scrapReasons.<CODE>`). "Other" sends the text the operator types instead.
 */
export const SCRAP_REASONS = ['SCRATCH', 'CHIPPED_EDGE', 'WRONG_SIZE', 'MATERIAL_DEFECT', 'GLUE', 'OTHER'] as const
export const PAUSE_REASONS = ['BREAK', 'MATERIAL_SHORTAGE', 'MACHINE_BREAKDOWN', 'WAITING_INSPECTION', 'SETUP', 'OTHER'] as const

export type ScrapReason = (typeof SCRAP_REASONS)[number]
export type PauseReason = (typeof PAUSE_REASONS)[number]

/** The reason as sent: the code, or the typed text for "other". */
export function reasonToSend(code: string, other: string): string {
  return code === 'OTHER' ? other.trim() : code
}

/** A stored reason as shown: a known code translated, anything else (typed text) as it is. */
export function reasonLabel(reason: string | null | undefined, kind: 'scrap' | 'pause', t: (key: string) => string): string {
  if (!reason) return ''
  const known: readonly string[] = kind === 'scrap' ? SCRAP_REASONS : PAUSE_REASONS
  return known.includes(reason) ? t(`shopfloor.mobile.${kind}Reasons.${reason}`) : reason
}
