import { sql } from 'drizzle-orm'
import type { Db } from '../../../db/client.js'
import { MARK_END, MARK_START } from '../queries.js'
import type { ParsedQuery, QueryNode } from './tsquery.js'

/** Words of a summary, as the reader sees them. */
const WORD = /[\p{L}\p{N}]+/gu
/** Summaries longer than this show a window around the first match, as ts_headline's MaxWords. */
const MAX_WORDS = 60
const WORDS_BEFORE_MATCH = 10

/** Each word's lexemes in a configuration and in stoa_simple, as PostgreSQL makes them. */
const lexemesOfWord = new Map<string, string[]>()
const MAX_WORDS_KEPT = 200_000

function wordKey(config: string, word: string): string {
  return `${config}\u0000${word.toLowerCase()}`
}

function lexemesIn(tsvectorText: string): string[] {
  return [...tsvectorText.matchAll(/'((?:[^']|'')*)'/g)].map((match) => match[1]!.replaceAll("''", "'"))
}

async function learnWords(db: Db, wanted: Map<string, { config: string; word: string }>): Promise<void> {
  if (wanted.size === 0) return
  const list = [...wanted.values()]
  const { rows } = await db.execute<{ a: string; b: string }>(sql`
    select to_tsvector(c::regconfig, w)::text as a, to_tsvector('stoa_simple', w)::text as b
    from unnest(array[${sql.join(
      list.map((entry) => sql`${entry.config}`),
      sql`, `,
    )}]::text[], array[${sql.join(
      list.map((entry) => sql`${entry.word}`),
      sql`, `,
    )}]::text[]) with ordinality as words(c, w, n)
    order by n`)
  if (lexemesOfWord.size + list.length > MAX_WORDS_KEPT) lexemesOfWord.clear()
  list.forEach((entry, i) => {
    const row = rows[i]
    lexemesOfWord.set(wordKey(entry.config, entry.word), row ? [...lexemesIn(row.a), ...lexemesIn(row.b)] : [])
  })
}

function positiveLexemes(node: QueryNode, into: Set<string>): Set<string> {
  if (node.op === 'val') into.add(node.lexeme)
  else if (node.op !== 'not') {
    positiveLexemes(node.left, into)
    positiveLexemes(node.right, into)
  }
  return into
}

/**
 * Each summary with the words that match the query between MARK_START and MARK_END (never HTML),
 * cut to a window around the first match when long.
 */
export async function highlightSummaries(
  db: Db,
  cards: readonly { summary: string; config: string }[],
  queries: Map<string, ParsedQuery | null>,
): Promise<(string | undefined)[]> {
  const texts = cards.map((card) => card.summary.replaceAll(MARK_START, '').replaceAll(MARK_END, ''))
  const unknown = new Map<string, { config: string; word: string }>()
  texts.forEach((text, i) => {
    const config = cards[i]!.config
    for (const [word] of text.matchAll(WORD)) {
      const key = wordKey(config, word)
      if (!lexemesOfWord.has(key)) unknown.set(key, { config, word: word.toLowerCase() })
    }
  })
  await learnWords(db, unknown)
  return texts.map((text, i) => {
    const config = cards[i]!.config
    const query = queries.get(config)
    if (!query) return undefined
    const wanted = positiveLexemes(query.root, new Set())
    const words = [...text.matchAll(WORD)]
    const marked = words.map((word) =>
      (lexemesOfWord.get(wordKey(config, word[0])) ?? []).some((lexeme) => wanted.has(lexeme)),
    )
    const first = Math.max(0, marked.indexOf(true))
    let from = 0
    let to = words.length
    if (words.length > MAX_WORDS) {
      from = Math.max(0, Math.min(first - WORDS_BEFORE_MATCH, words.length - MAX_WORDS))
      to = from + MAX_WORDS
    }
    let out = ''
    let at = from === 0 ? 0 : words[from]!.index
    for (let w = from; w < to; w++) {
      const word = words[w]!
      out += text.slice(at, word.index)
      out += marked[w] ? `${MARK_START}${word[0]}${MARK_END}` : word[0]
      at = word.index + word[0].length
    }
    out += to === words.length ? text.slice(at) : ''
    return out
  })
}
