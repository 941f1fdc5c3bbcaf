/**
 * Where the printable PDFs of the shop floor are (docs/shopfloor.md, "Job cards"): job cards (流转卡) of work orders,
 * badges and machine labels. They are plain GETs answered with the signed-in session, opened in a new tab where the
 * browser's PDF viewer prints them. The language is the UI's, not the browser's Accept-Language.
 */
export type PaperSize = 'A4' | 'LABEL'
export type PrintLanguage = 'en' | 'zh-CN'

function withLanguage(path: string, lang: PrintLanguage, extra: Record<string, string> = {}): string {
  return `${path}?${new URLSearchParams({ ...extra, lang }).toString()}`
}

export const printUrls = {
  traveller: (workOrderId: number, size: PaperSize, lang: PrintLanguage) =>
    withLanguage(`/api/work-orders/${workOrderId}/traveller.pdf`, lang, { size }),
  orderTravellers: (orderId: number, lang: PrintLanguage) => withLanguage(`/api/orders/${orderId}/travellers.pdf`, lang),
  badge: (workerId: number, lang: PrintLanguage) => withLanguage(`/api/workers/${workerId}/badge.pdf`, lang),
  machineLabel: (machineId: number, lang: PrintLanguage) => withLanguage(`/api/machines/${machineId}/label.pdf`, lang),
  workCenterLabels: (workCenterId: number, lang: PrintLanguage) =>
    withLanguage(`/api/work-centers/${workCenterId}/qr-labels.pdf`, lang),
}

/** The UI's locale as the server's `lang` parameter. */
export function printLanguage(locale: string): PrintLanguage {
  return locale.startsWith('zh') ? 'zh-CN' : 'en'
}

/** Opens the PDF in a new tab (the browser's viewer prints it). */
export function openPdf(url: string): void {
  window.open(url, '_blank', 'noopener')
}
