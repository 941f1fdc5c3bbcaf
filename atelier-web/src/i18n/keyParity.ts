type Messages = { readonly [key: string]: unknown }

/** Every leaf key of a nested message object, as dotted paths (`factory.machines.title`). */
export function leafKeys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key
    return typeof value === 'object' && value !== null ? leafKeys(value as Messages, path) : [path]
  })
}

/** Leaf keys of `reference` that `other` lacks. */
export function missingKeys(reference: Messages, other: Messages): string[] {
  const present = new Set(leafKeys(other))
  return leafKeys(reference).filter((key) => !present.has(key))
}
