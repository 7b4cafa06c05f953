import { eq, sql } from 'drizzle-orm'
import type { Db } from '../../../db/client.js'
import type { PracticeCardData } from '../queries.js'
import { practices } from '../tables.js'
import { freshPracticeIndex } from './freshness.js'
import type { PracticeIndex } from './index-data.js'
import { cardFor, globalOrder, newestFirst } from './search.js'
import { parseTsquery } from './tsquery.js'

/** Title and summary words used to compare texts: enough to find a likeness, few enough to stay fast. */
const MAX_WORDS = 40
/** Postings read at most to find practices sharing words: bounds the cost whatever the catalogue's size. */
const WORD_BUDGET = 2000

/**
 * The practice's title and summary words (lexemes weighted A or B in its search vector, in
 * tsvector order) that can be quoted safely in a tsquery: plain letters and digits only.
 */
export function similarityWords(lexemes: readonly string[]): string[] {
  return lexemes.filter((word) => /^[\p{L}\p{N}]+$/u.test(word)).slice(0, MAX_WORDS)
}

/** The likeness query: those words as an OR query; null when there are none. */
export function similarityQuery(lexemes: readonly string[]): string | null {
  const words = similarityWords(lexemes)
  return words.length > 0 ? words.map((word) => `'${word}'`).join(' | ') : null
}

interface ThemeGroup {
  themeIds: number[]
  /** Live slots with exactly these themes, newest first. */
  slots: number[]
}

/** Live practices grouped by their set of themes (a few hundred groups), kept while the index stays. */
const groupsByIndex = new WeakMap<PracticeIndex, { version: number; groups: ThemeGroup[] }>()

function themeGroups(index: PracticeIndex): ThemeGroup[] {
  const cached = groupsByIndex.get(index)
  if (cached?.version === index.version) return cached.groups
  const byKey = new Map<string, ThemeGroup>()
  for (const slot of globalOrder(index, 'newest', newestFirst(index))) {
    const themeIds = index.themeIds[slot]!
    const key = [...themeIds].sort((a, b) => a - b).join(',')
    let group = byKey.get(key)
    if (!group) {
      group = { themeIds, slots: [] }
      byKey.set(key, group)
    }
    group.slots.push(slot)
  }
  const groups = [...byKey.values()]
  groupsByIndex.set(index, { version: index.version, groups })
  return groups
}

/**
 * The slots of up to `limit` live practices most like one with these themes and words, ordered
 * as the SQL reference orders them: shared themes + least(ts_rank of the words on the original
 * text, 0.99), then newest. Practices sharing more themes always come first, so only the levels
 * of shared themes that can fill the list are looked at, and words only through a bounded number
 * of postings (rarest words first): exact while those postings fit the budget.
 */
export function similarSlots(
  index: PracticeIndex,
  self: { id: string; themes: readonly string[]; words: readonly string[] },
  limit: number,
  wordBudget = WORD_BUDGET,
): number[] {
  const selfThemes = new Set<number>()
  for (const theme of self.themes) {
    const id = index.themes.find(theme)
    if (id !== undefined) selfThemes.add(id)
  }
  const shared = (themeIds: readonly number[]) => {
    let count = 0
    for (const id of themeIds) if (selfThemes.has(id)) count++
    return count
  }
  const selfSlot = index.slotOf.get(self.id)
  // Levels of shared themes, highest first, down to the one that fills the list.
  const levels = new Map<number, ThemeGroup[]>()
  if (selfThemes.size > 0)
    for (const group of themeGroups(index)) {
      const level = shared(group.themeIds)
      if (level === 0) continue
      const list = levels.get(level)
      if (list) list.push(group)
      else levels.set(level, [group])
    }
  let finalLevel = 0
  let above = 0
  // Candidates, each with the likeness its words found so far (a sum of ts_rank's item shares).
  const candidates = new Map<number, number>()
  for (const level of [...levels.keys()].sort((a, b) => b - a)) {
    const groups = levels.get(level)!
    const size =
      groups.reduce((sum, group) => sum + group.slots.length, 0) -
      (selfSlot !== undefined && shared(index.themeIds[selfSlot]!) === level ? 1 : 0)
    if (above + size >= limit) {
      finalLevel = level
      // Without shared words the newest win: the newest of the level are candidates.
      const heads = groups.flatMap((group) => group.slots.slice(0, limit + 1))
      for (const slot of heads.sort(newestFirst(index)).slice(0, limit + 1)) candidates.set(slot, 0)
      break
    }
    above += size
    for (const group of groups) for (const slot of group.slots) candidates.set(slot, 0)
  }
  const query = self.words.length > 0 ? parseTsquery(self.words.map((word) => `'${word}'`).join(' | ')) : null
  const lexemeIds = query?.items.map((word) => index.lexicon.get(word) ?? -1) ?? []
  if (query) {
    // Each word's postings, rarest first, within the budget: every original text holding it gets
    // the word's share of the rank, so no candidate is looked at word by word.
    let budget = wordBudget
    const rarestFirst = lexemeIds
      .filter((id) => id >= 0)
      .sort((a, b) => index.postingLength(a) - index.postingLength(b))
    const rejected = new Set<number>()
    for (const lexeme of rarestFirst) {
      if (budget <= 0) break
      index.eachPosting(lexeme, (vector, share) => {
        if (--budget < 0) return false
        if (!index.isLiveOriginal(vector)) return true
        const slot = index.vectorSlotOf(vector)
        let sum = candidates.get(slot)
        if (sum === undefined) {
          if (rejected.has(slot)) return true
          if (shared(index.themeIds[slot]!) < finalLevel) {
            rejected.add(slot)
            return true
          }
          sum = 0
        }
        candidates.set(slot, sum + share)
        return true
      })
    }
  }
  if (selfSlot !== undefined) candidates.delete(selfSlot)
  const byNewest = newestFirst(index)
  const items = Math.max(1, lexemeIds.length)
  const scoreOf = (slot: number, likeness: number) => shared(index.themeIds[slot]!) + Math.min(likeness, 0.99)
  const approximate = new Map<number, number>()
  for (const [slot, sum] of candidates) approximate.set(slot, scoreOf(slot, sum / items))
  // The best by that sum, then ranked exactly as ts_rank does (float32 steps in the query's order).
  const shortlist = [...candidates.keys()]
    .sort((a, b) => approximate.get(b)! - approximate.get(a)! || byNewest(a, b))
    .slice(0, limit * 4)
  const exact = new Map<number, number>()
  for (const slot of shortlist)
    exact.set(slot, scoreOf(slot, query ? index.rankVector(index.originalVector(slot), query, lexemeIds) : 0))
  return shortlist.sort((a, b) => exact.get(b)! - exact.get(a)! || byNewest(a, b)).slice(0, limit)
}

/** Up to `limit` published practices most like this one (see similarSlots), as cards in `locale`. */
export async function listSimilarFromIndex(
  db: Db,
  practiceId: string,
  locale: string,
  limit: number,
  wordBudget = WORD_BUDGET,
): Promise<PracticeCardData[]> {
  const index = await freshPracticeIndex(db)
  const slot = index.slotOf.get(practiceId)
  let self: { id: string; themes: readonly string[]; words: readonly string[] }
  if (slot !== undefined) {
    const words = index.weightedLexemes(index.originalVector(slot)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    self = { id: practiceId, themes: index.practices[slot]!.card.themes, words: similarityWords(words) }
  } else {
    // Not published (an editor reading a draft): its words from the database.
    const [row] = await db
      .select({
        themes: practices.themes,
        lexemes: sql<string[]>`tsvector_to_array(ts_filter(${practices.search}, '{a,b}'))`,
      })
      .from(practices)
      .where(eq(practices.id, practiceId))
    if (!row) return []
    self = { id: practiceId, themes: row.themes, words: similarityWords(row.lexemes ?? []) }
  }
  return similarSlots(index, self, limit, wordBudget).map((found) => {
    const { config: _config, ...card } = cardFor(index, found, locale)
    return card
  })
}
