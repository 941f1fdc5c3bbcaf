import type { Reference, ReferenceSource } from '../api/resource'

const cache = new Map<string, Promise<string>>()

/** How a referenced record is shown: "code · name"; labels fetched by id are cached for the page's lifetime. */
export const referenceLabel = {
  of: (reference: Pick<Reference, 'code' | 'name'>): string => `${reference.code} · ${reference.name}`,

  load(source: ReferenceSource, id: number): Promise<string> {
    const key = `${source.path}/${id}`
    let label = cache.get(key)
    if (!label) {
      label = source.get(id).then(referenceLabel.of, () => {
        cache.delete(key)
        return String(id)
      })
      cache.set(key, label)
    }
    return label
  },
}

/** The label from a record's display helpers (e.g. `workshopCode`, `workshopName`), if it has them. */
export function helperLabel(code: string | null | undefined, name: string | null | undefined): string | undefined {
  return code && name ? referenceLabel.of({ code, name }) : undefined
}
