import { describe, expect, it } from 'vitest'
import { leafKeys } from './keyParity'
import { messages } from './messages'

// The source of every component and module, to find the message keys it names literally.
const sources = import.meta.glob<string>(['/src/**/*.{ts,vue}', '!/src/**/*.spec.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
})

const KEY_USES = [/\b(?:t|te|translate)\(\s*'([a-zA-Z][\w.]*)'/g, /\b(?:titleKey|labelKey):\s*'([a-zA-Z][\w.]*)'/g]

function keysUsedIn(source: string): string[] {
  return KEY_USES.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1]))
}

describe('the message keys named in the source', () => {
  it('are found by the scan', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(50)
    expect(keysUsedIn("t('factory.machines.title') titleKey: 'home.title'")).toEqual(['factory.machines.title', 'home.title'])
  })

  it('all exist in the messages', () => {
    const known = new Set(leafKeys(messages.en))
    const unknown = Object.entries(sources).flatMap(([file, source]) =>
      keysUsedIn(source)
        .filter((key) => !known.has(key))
        .map((key) => `${file}: ${key}`),
    )
    expect(unknown).toEqual([])
  })
})
