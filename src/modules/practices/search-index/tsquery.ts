/**
 * A tsquery as PostgreSQL prints it (`'citi' <2> 'art' & !'museum' | 'park'`), read back into a
 * tree that is evaluated on the index's postings exactly as `@@` evaluates it on a tsvector, and
 * ranked exactly as `ts_rank` (default weights, normalization 0) ranks it, float32 arithmetic included.
 */
export type QueryNode =
  | { op: 'val'; lexeme: string; item: number }
  | { op: 'not'; arg: QueryNode }
  | { op: 'and' | 'or'; left: QueryNode; right: QueryNode }
  | { op: 'phrase'; distance: number; left: QueryNode; right: QueryNode }

export interface ParsedQuery {
  root: QueryNode
  /** Distinct lexemes in byte order, as ts_rank's SortAndUniqItems sees them; `item` indexes this. */
  items: string[]
  /** ts_rank uses its AND formula when the top operator is & or <->. */
  rankAsAnd: boolean
  /** True when a vector with none of the lexemes matches (a query of exclusions only). */
  matchesEmpty: boolean
}

/** Thrown for tsquery forms websearch_to_tsquery does not produce; the caller then asks SQL. */
export class UnsupportedQuery extends Error {}

export function parseTsquery(text: string): ParsedQuery | null {
  const tokens = tokenize(text)
  if (tokens.length === 0) return null
  let at = 0
  const lexemes: string[] = []
  const operand = (lexeme: string): QueryNode => {
    lexemes.push(lexeme)
    return { op: 'val', lexeme, item: -1 }
  }
  const parseOr = (): QueryNode => {
    let left = parseAnd()
    while (tokens[at]?.kind === '|') {
      at++
      left = { op: 'or', left, right: parseAnd() }
    }
    return left
  }
  const parseAnd = (): QueryNode => {
    let left = parsePhrase()
    while (tokens[at]?.kind === '&') {
      at++
      left = { op: 'and', left, right: parsePhrase() }
    }
    return left
  }
  const parsePhrase = (): QueryNode => {
    let left = parseUnary()
    for (let token = tokens[at]; token?.kind === 'phrase'; token = tokens[at]) {
      at++
      left = { op: 'phrase', distance: token.distance, left, right: parseUnary() }
    }
    return left
  }
  const parseUnary = (): QueryNode => {
    const token = tokens[at++]
    if (!token) throw new UnsupportedQuery(`unexpected end of ${text}`)
    if (token.kind === '!') return { op: 'not', arg: parseUnary() }
    if (token.kind === '(') {
      const inner = parseOr()
      if (tokens[at++]?.kind !== ')') throw new UnsupportedQuery(`unbalanced ${text}`)
      return inner
    }
    if (token.kind === 'lexeme') return operand(token.lexeme)
    throw new UnsupportedQuery(`unexpected ${token.kind} in ${text}`)
  }
  const root = parseOr()
  if (at !== tokens.length) throw new UnsupportedQuery(`trailing tokens in ${text}`)
  checkPhrases(root, false)
  const items = [...new Set(lexemes)].sort(compareBytes)
  const itemOf = new Map(items.map((lexeme, index) => [lexeme, index]))
  const number = (node: QueryNode): void => {
    if (node.op === 'val') node.item = itemOf.get(node.lexeme)!
    else if (node.op === 'not') number(node.arg)
    else {
      number(node.left)
      number(node.right)
    }
  }
  number(root)
  return {
    root,
    items,
    rankAsAnd: root.op === 'and' || root.op === 'phrase',
    matchesEmpty: matchesWith(root, () => false),
  }
}

/** Inside a phrase, PostgreSQL gives ! and & a positional meaning this evaluator does not mirror. */
function checkPhrases(node: QueryNode, inPhrase: boolean): void {
  if (node.op === 'val') return
  if (inPhrase && (node.op === 'not' || node.op === 'and')) throw new UnsupportedQuery(`${node.op} inside a phrase`)
  if (node.op === 'not') checkPhrases(node.arg, inPhrase)
  else {
    checkPhrases(node.left, inPhrase || node.op === 'phrase')
    checkPhrases(node.right, inPhrase || node.op === 'phrase')
  }
}

type Token =
  | { kind: 'lexeme'; lexeme: string }
  | { kind: 'phrase'; distance: number }
  | { kind: '&' | '|' | '!' | '(' | ')' }

function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < text.length) {
    const char = text[i]!
    if (char === ' ') {
      i++
    } else if (char === "'") {
      let lexeme = ''
      i++
      for (;;) {
        if (i >= text.length) throw new UnsupportedQuery(`unterminated lexeme in ${text}`)
        const c = text[i]!
        if (c === "'" && text[i + 1] === "'") {
          lexeme += "'"
          i += 2
        } else if (c === '\\' && i + 1 < text.length) {
          lexeme += text[i + 1]
          i += 2
        } else if (c === "'") {
          i++
          break
        } else {
          lexeme += c
          i++
        }
      }
      // Weights (:A) and prefixes (:*) never come from websearch_to_tsquery.
      if (text[i] === ':') throw new UnsupportedQuery(`weighted or prefix lexeme in ${text}`)
      tokens.push({ kind: 'lexeme', lexeme })
    } else if (char === '<') {
      const end = text.indexOf('>', i)
      const inside = text.slice(i + 1, end)
      const distance = inside === '-' ? 1 : Number(inside)
      if (end < 0 || !Number.isInteger(distance)) throw new UnsupportedQuery(`bad phrase operator in ${text}`)
      tokens.push({ kind: 'phrase', distance })
      i = end + 1
    } else if (char === '&' || char === '|' || char === '!' || char === '(' || char === ')') {
      tokens.push({ kind: char })
      i++
    } else {
      throw new UnsupportedQuery(`unexpected ${char} in ${text}`)
    }
  }
  return tokens
}

const encoder = new TextEncoder()

/** tsCompareString: bytes compared, a prefix first. */
export function compareBytes(a: string, b: string): number {
  const x = encoder.encode(a)
  const y = encoder.encode(b)
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!
  return x.length - y.length
}

export function hasPhrase(node: QueryNode): boolean {
  if (node.op === 'val') return false
  if (node.op === 'phrase') return true
  if (node.op === 'not') return hasPhrase(node.arg)
  return hasPhrase(node.left) || hasPhrase(node.right)
}

/** Boolean evaluation; phrases need positions, which `present` cannot give, so they go to `phrase`. */
export function matchesWith(
  node: QueryNode,
  present: (item: number) => boolean,
  phrase: (node: QueryNode) => boolean = () => false,
): boolean {
  switch (node.op) {
    case 'val':
      return present(node.item)
    case 'not':
      return !matchesWith(node.arg, present, phrase)
    case 'and':
      return matchesWith(node.left, present, phrase) && matchesWith(node.right, present, phrase)
    case 'or':
      return matchesWith(node.left, present, phrase) || matchesWith(node.right, present, phrase)
    case 'phrase':
      return phrase(node)
  }
}

/** matchState's answers. */
export const NO_MATCH = 0
export const MATCH = 1
/** The words are there, but only the positions of a phrase can tell. */
export const PHRASE_DECIDES = 2

/**
 * Evaluation from which words a vector holds alone, phrases included: a phrase cannot match
 * without every word it needs (its `|` branches aside), so it is false when one is missing and
 * unknown otherwise, and unknowns go through & | ! as in three-valued logic. Only PHRASE_DECIDES
 * needs positions (matchesWith with phrasePositions then decides).
 */
export function matchState(node: QueryNode, present: (item: number) => boolean): number {
  switch (node.op) {
    case 'val':
      return present(node.item) ? MATCH : NO_MATCH
    case 'not': {
      const state = matchState(node.arg, present)
      return state === PHRASE_DECIDES ? state : MATCH - state
    }
    case 'and': {
      const left = matchState(node.left, present)
      if (left === NO_MATCH) return NO_MATCH
      const right = matchState(node.right, present)
      if (right === NO_MATCH) return NO_MATCH
      return left === MATCH && right === MATCH ? MATCH : PHRASE_DECIDES
    }
    case 'or': {
      const left = matchState(node.left, present)
      if (left === MATCH) return MATCH
      const right = matchState(node.right, present)
      if (right === MATCH) return MATCH
      return left === NO_MATCH && right === NO_MATCH ? NO_MATCH : PHRASE_DECIDES
    }
    case 'phrase':
      return wordsPresent(node, present) ? PHRASE_DECIDES : NO_MATCH
  }
}

/** Whether a phrase's words are there: both sides of <N>, either of |. */
function wordsPresent(node: QueryNode, present: (item: number) => boolean): boolean {
  switch (node.op) {
    case 'val':
      return present(node.item)
    case 'or':
      return wordsPresent(node.left, present) || wordsPresent(node.right, present)
    case 'phrase':
    case 'and':
      return wordsPresent(node.left, present) && wordsPresent(node.right, present)
    case 'not':
      // Never inside a phrase (checkPhrases): no conclusion.
      return true
  }
}

/** Positions (weights stripped) of an item in one vector, ascending, or null when absent. */
export type PositionsOf = (item: number) => ArrayLike<number> | null

const EMPTY: number[] = []

/**
 * TS_phrase_execute for the forms websearch_to_tsquery produces (lexemes, <N>, |): the end
 * positions of the phrase's matches, and its width.
 */
export function phrasePositions(node: QueryNode, positionsOf: PositionsOf): { positions: number[]; width: number } {
  if (node.op === 'val') {
    const found = positionsOf(node.item)
    const positions: number[] = []
    if (found) for (let i = 0; i < found.length; i++) positions.push(found[i]! & 0x3fff)
    return { positions, width: 0 }
  }
  if (node.op !== 'phrase' && node.op !== 'or') throw new UnsupportedQuery(`${node.op} inside a phrase`)
  const left = phrasePositions(node.left, positionsOf)
  const right = phrasePositions(node.right, positionsOf)
  if (node.op === 'phrase') {
    if (left.positions.length === 0 || right.positions.length === 0) return { positions: EMPTY, width: 0 }
    const leftOffset = node.distance + right.width
    const out: number[] = []
    let l = 0
    let r = 0
    while (l < left.positions.length && r < right.positions.length) {
      const lp = left.positions[l]! + leftOffset
      const rp = right.positions[r]!
      if (lp < rp) l++
      else if (lp > rp) r++
      else {
        out.push(rp)
        l++
        r++
      }
    }
    return { positions: out, width: node.distance + left.width + right.width }
  }
  const width = Math.max(left.width, right.width)
  const lo = width - left.width
  const ro = width - right.width
  const merged = [...left.positions.map((p) => p + lo), ...right.positions.map((p) => p + ro)].sort((a, b) => a - b)
  return { positions: merged.filter((p, i) => i === 0 || merged[i - 1] !== p), width }
}

// ts_rank's default weights for D, C, B, A, as the float4 constants PostgreSQL holds.
const f = Math.fround
const WEIGHTS = [f(0.1), f(0.2), f(0.4), f(1.0)]

function weightOf(entry: number): number {
  return WEIGHTS[entry >> 14]!
}

/** ts_rank(vector, query): `positionsOf` gives raw WordEntryPos values (weight in the top 2 bits). */
export function tsRank(query: ParsedQuery, vectorSize: number, positionsOf: PositionsOf): number {
  if (vectorSize === 0) return 0
  let rank = query.rankAsAnd && query.items.length >= 2 ? rankAnd(query, positionsOf) : rankOr(query, positionsOf)
  if (rank < 0) rank = f(1e-20)
  return rank
}

/** One query item's share of ts_rank's OR formula, from its positions in the vector. */
export function orItemRank(positions: ArrayLike<number>): number {
  return orItemRankIn(positions, 0, positions.length)
}

/** orItemRank of `positions[start, start + count)`, for callers that keep positions in one big array. */
export function orItemRankIn(positions: ArrayLike<number>, start: number, count: number): number {
  let resj = 0
  let wjm = -1
  let jm = 0
  for (let j = 0; j < count; j++) {
    const w = WEIGHTS[positions[start + j]! >> 14]!
    resj = f(resj + f(w / ((j + 1) * (j + 1))))
    if (w > wjm) {
      wjm = w
      jm = j
    }
  }
  return f(f(wjm + resj) - f(wjm / ((jm + 1) * (jm + 1)))) / 1.64493406685
}

/**
 * rankAnd on positions kept in one array: item i's positions are `positions[starts[i], starts[i] +
 * counts[i])`, absent when counts[i] is 0. The same arithmetic as rankAnd, without a closure per call.
 */
export function andRankIn(positions: ArrayLike<number>, starts: Int32Array, counts: Int32Array, items: number): number {
  let res = -1
  for (let i = 0; i < items; i++) {
    const postCount = counts[i]!
    if (postCount === 0) continue
    const postStart = starts[i]!
    for (let k = 0; k < i; k++) {
      const ctCount = counts[k]!
      if (ctCount === 0) continue
      const ctStart = starts[k]!
      for (let l = 0; l < postCount; l++) {
        const post = positions[postStart + l]!
        for (let p = 0; p < ctCount; p++) {
          const ct = positions[ctStart + p]!
          const distance = Math.abs((post & 0x3fff) - (ct & 0x3fff))
          if (distance === 0) continue
          const curw = f(Math.sqrt(f(f(WEIGHTS[post >> 14]! * WEIGHTS[ct >> 14]!) * wordDistance(distance))))
          res = res < 0 ? curw : f(1.0 - (1.0 - res) * (1.0 - curw))
        }
      }
    }
  }
  return res
}

function rankOr(query: ParsedQuery, positionsOf: PositionsOf): number {
  let res = 0
  for (let i = 0; i < query.items.length; i++) {
    const positions = positionsOf(i)
    if (!positions) continue
    res = f(res + orItemRank(positions))
  }
  return query.items.length > 0 ? f(res / query.items.length) : res
}

function wordDistance(distance: number): number {
  if (distance > 100) return f(1e-30)
  return f(1.0 / (1.005 + 0.05 * Math.exp(f(distance) / 1.5 - 2)))
}

function rankAnd(query: ParsedQuery, positionsOf: PositionsOf): number {
  let res = -1
  const found: (ArrayLike<number> | null)[] = []
  for (let i = 0; i < query.items.length; i++) {
    const post = positionsOf(i)
    found[i] = post
    if (!post) continue
    for (let k = 0; k < i; k++) {
      const ct = found[k]
      if (!ct) continue
      for (let l = 0; l < post.length; l++) {
        for (let p = 0; p < ct.length; p++) {
          const distance = Math.abs((post[l]! & 0x3fff) - (ct[p]! & 0x3fff))
          // Equal positions count only for vectors without positions, which the index never holds.
          if (distance === 0) continue
          const curw = f(Math.sqrt(f(f(weightOf(post[l]!) * weightOf(ct[p]!)) * wordDistance(distance))))
          res = res < 0 ? curw : f(1.0 - (1.0 - res) * (1.0 - curw))
        }
      }
    }
  }
  return res
}
