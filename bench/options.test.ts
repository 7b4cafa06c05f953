import { describe, expect, it } from 'vitest'
import type { SyntheticGenerator } from '../src/demo/synthetic/index.js'
import { parseOptions, UsageError } from './options.js'
import type { PageType } from './page-types.js'

const generators: SyntheticGenerator[] = [
  { name: 'practices', defaultCount: 100_000, generate: async () => ({}) },
  { name: 'programmes', defaultCount: 200, generate: async () => ({}) },
]
const pages: PageType[] = ['home', 'practice'].map((name) => ({ name, paths: async () => [], expectedStatus: 200 }))
const parse = (...argv: string[]) => parseOptions(argv, generators, pages)

describe('bench options', () => {
  it('measures every page type on both databases at the default size unless told otherwise', () => {
    expect(parse()).toMatchObject({
      counts: { practices: 100_000, programmes: 200 },
      duration: 10,
      warmup: 2,
      connections: 10,
      databases: ['embedded', 'postgres'],
      pages: ['home', 'practice'],
      keep: false,
    })
  })

  it('scales the counts by the size and lets a generator flag set one count', () => {
    expect(parse('--size=small', '--programmes=7').counts).toEqual({ practices: 10_000, programmes: 7 })
    expect(parse('--size', '0.5').counts).toEqual({ practices: 50_000, programmes: 100 })
  })

  it('refuses what it cannot run, naming the flag', () => {
    expect(() => parse('--db=mysql')).toThrow(/--db/)
    expect(() => parse('--pages=home,nope')).toThrow(/nope/)
    expect(() => parse('--connections=2.5')).toThrow(/--connections/)
    expect(() => parse('--programmes=-1')).toThrow(/--programmes/)
    expect(() => parse('--size=huge')).toThrow(UsageError)
    expect(() => parse('--unknown')).toThrow(UsageError)
  })
})
