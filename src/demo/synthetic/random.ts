/**
 * A small seeded random source, so that the same seed always writes the same synthetic rows
 * (ids included): a benchmark run can be repeated and a slow page found again.
 */
export class Random {
  private state: number

  constructor(seed: number) {
    this.state = seed >>> 0
  }

  /** mulberry32: 32 bits of state, fast, and well enough distributed for test data. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }

  /** An integer from min to max, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  chance(probability: number): boolean {
    return this.next() < probability
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Cannot pick from an empty list')
    return items[Math.floor(this.next() * items.length)]!
  }

  /** A version-4-shaped UUID from this source, so primary keys repeat with the seed too. */
  uuid(): string {
    const bytes = Array.from({ length: 16 }, () => this.int(0, 255))
    bytes[6] = (bytes[6]! & 0x0f) | 0x40
    bytes[8] = (bytes[8]! & 0x3f) | 0x80
    const hex = bytes.map((byte) => byte.toString(16).padStart(2, '0')).join('')
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
  }

  /** A moment between `from` and `to`, to the second. */
  dateBetween(from: Date, to: Date): Date {
    const seconds = this.int(0, Math.floor((to.getTime() - from.getTime()) / 1000))
    return new Date(from.getTime() + seconds * 1000)
  }

  /** `count` words joined by spaces, drawn from `words`. */
  words(words: readonly string[], count: number): string {
    return Array.from({ length: count }, () => this.pick(words)).join(' ')
  }
}

/**
 * Each generator gets a stream of its own, derived from the run's seed and its name (FNV-1a),
 * so adding a generator to the list does not change the rows the others write.
 */
export function seedFor(runSeed: number, generatorName: string): number {
  let hash = 0x811c9dc5
  for (const char of `${runSeed}:${generatorName}`) {
    hash ^= char.codePointAt(0)!
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** `YYYY-MM-DD` in UTC, the form Drizzle's `date()` columns take. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10)
}
