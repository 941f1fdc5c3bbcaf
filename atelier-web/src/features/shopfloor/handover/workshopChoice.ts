/** The workshop this phone works for, remembered on the phone (a worker's user account has no workshop of its own). */
const KEY = 'atelier.handover.workshopId'

export function rememberedWorkshop(): number | undefined {
  const stored = Number(localStorage.getItem(KEY))
  return Number.isSafeInteger(stored) && stored > 0 ? stored : undefined
}

export function rememberWorkshop(id: number | undefined): void {
  if (id) localStorage.setItem(KEY, String(id))
  else localStorage.removeItem(KEY)
}

/** A fresh key per scan: a retry of the same tap (flaky Wi-Fi) sends it again and gets the first answer. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID()
}
