import type { PracticeCardData } from '../queries.js'
import {
  andRankIn,
  compareBytes,
  matchesWith,
  matchState,
  NO_MATCH,
  orItemRankIn,
  type ParsedQuery,
  PHRASE_DECIDES,
  phrasePositions,
  tsRank,
  UnsupportedQuery,
} from './tsquery.js'

/** Shares of postings kept for ranking (8 bytes each): 4,000,000 hold about 32 MB. */
const MAX_SHARES_HELD = 4_000_000

/** Each query's matchState for every set of words a vector may hold (≤ 16 items), kept with the query. */
const stateTables = new WeakMap<ParsedQuery, Uint8Array | null>()

function stateTable(query: ParsedQuery): Uint8Array | null {
  let table = stateTables.get(query)
  if (table === undefined) {
    table = null
    if (query.items.length <= 16) {
      table = new Uint8Array(1 << query.items.length)
      for (let bits = 0; bits < table.length; bits++)
        table[bits] = matchState(query.root, (item) => ((bits >> item) & 1) === 1)
    }
    stateTables.set(query, table)
  }
  return table
}

/** One practice as the loader reads it: card fields, facet values and its parsed search vectors. */
export interface IndexedPractice {
  id: string
  slug: string
  /** Microseconds since the epoch (exact in a double), NaN when never published. */
  publishedUs: number
  card: Omit<PracticeCardData, 'highlighted'>
  /** lower(stoa_unaccent(title)) as PostgreSQL folds it, for the A–Z order. */
  titleKey: string
  /** The text-search configuration of the original's language. */
  config: string
  translations: { language: string; title: string; summary: string; titleKey: string; config: string }[]
  organisationKind: string | null
  populationBand: string | null
  selected: boolean
  /** The original's vector first, then each translation's: text-search configuration and tsvector text. */
  vectors: { config: string; tsvector: string }[]
}

/** A typed array that grows by doubling. */
class Column<T extends Int32Array | Uint16Array | Uint8Array | Float64Array> {
  length = 0
  constructor(
    public data: T,
    private readonly make: (size: number) => T,
  ) {}
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = this.make(Math.max(16, this.data.length * 2))
      bigger.set(this.data)
      this.data = bigger
    }
    this.data[this.length++] = value
  }
}

const int32 = (size: number) => new Int32Array(size)
const uint16 = (size: number) => new Uint16Array(size)
const uint8 = (size: number) => new Uint8Array(size)
const float64 = (size: number) => new Float64Array(size)

/** Interns the values of one facet dimension as small integers. */
export class Dictionary {
  readonly values: string[] = []
  private readonly ids = new Map<string, number>()
  id(value: string): number {
    let id = this.ids.get(value)
    if (id === undefined) {
      id = this.values.length
      this.values.push(value)
      this.ids.set(value, id)
    }
    return id
  }
  find(value: string): number | undefined {
    return this.ids.get(value)
  }
}

/**
 * The index: practices in slots (a changed practice gets a new slot, its old one dies), their
 * vectors stored vector-major (entries sorted by lexeme id, with positions), and postings per
 * lexeme: a compact part built in one go and a small part for vectors added since.
 */
export class PracticeIndex {
  readonly lexicon = new Map<string, number>()
  /** Each lexeme id's text. */
  readonly lexemeNames: string[] = []
  readonly configs = new Dictionary()
  readonly countries = new Dictionary()
  readonly themes = new Dictionary()
  readonly transformations = new Dictionary()
  readonly statuses = new Dictionary()
  readonly organisationKinds = new Dictionary()
  readonly populationBands = new Dictionary()

  // Slots.
  readonly practices: IndexedPractice[] = []
  readonly slotOf = new Map<string, number>()
  private readonly alive = new Column(uint8(0), uint8)
  readonly publishedUs = new Column(float64(0), float64)
  readonly country = new Column(int32(0), int32)
  /** Dictionary id, or -1 for null. */
  readonly status = new Column(int32(0), int32)
  readonly organisationKind = new Column(int32(0), int32)
  readonly populationBand = new Column(int32(0), int32)
  /** 0 when unknown. */
  readonly startYear = new Column(int32(0), int32)
  readonly selected = new Column(uint8(0), uint8)
  readonly themeIds: number[][] = []
  readonly transformationIds: number[][] = []
  /** The same as bits (id n is bit n), usable while the dictionaries hold at most 31 values. */
  readonly themeBits = new Column(int32(0), int32)
  readonly transformationBits = new Column(int32(0), int32)
  private readonly slotVectorStart = new Column(int32(0), int32)
  private readonly slotVectorCount = new Column(uint8(0), uint8)
  liveCount = 0

  // Vectors.
  private readonly vectorSlot = new Column(int32(0), int32)
  private readonly vectorConfig = new Column(uint8(0), uint8)
  private readonly vectorEntryStart = new Column(int32(0), int32)
  private readonly vectorEntryCount = new Column(int32(0), int32)
  private readonly entryLexeme = new Column(int32(0), int32)
  private readonly entryPositionStart = new Column(int32(0), int32)
  private readonly entryPositionCount = new Column(uint16(0), uint16)
  private readonly positions = new Column(uint16(0), uint16)

  // Postings: vectors [compactStart[l], compactStart[l + 1]) of compactVectors, then recent ones.
  private compactStart = new Int32Array(1)
  private compactVectors = new Int32Array(0)
  private recent = new Map<number, number[]>()
  private recentCount = 0
  private liveVectors = 0

  /** Bumped on every change, so that anything derived (orders, cached counts) knows to recompute. */
  version = 0

  private live: { version: number; slots: Int32Array } | null = null

  /** Every live slot, in slot order. */
  liveSlots(): Int32Array {
    if (this.live?.version !== this.version) {
      const slots = new Int32Array(this.liveCount)
      let n = 0
      for (let slot = 0; slot < this.practices.length; slot++) if (this.alive.data[slot] === 1) slots[n++] = slot
      this.live = { version: this.version, slots: slots.subarray(0, n) }
    }
    return this.live.slots
  }

  get slotCount(): number {
    return this.practices.length
  }

  isAlive(slot: number): boolean {
    return this.alive.data[slot] === 1
  }

  /** Adds or replaces practices; null removes the practice with that id. */
  apply(changes: Iterable<{ id: string; practice: IndexedPractice | null }>, compactWhenNeeded = true): void {
    for (const { id, practice } of changes) {
      const old = this.slotOf.get(id)
      if (old !== undefined) {
        this.alive.data[old] = 0
        this.liveCount--
        this.liveVectors -= this.slotVectorCount.data[old]!
        this.slotOf.delete(id)
      }
      if (practice) this.add(practice)
    }
    this.version++
    // Many dead vectors or long recent postings slow every query: rebuild compactly.
    if (!compactWhenNeeded) return
    if (this.recentCount > 200_000 || this.vectorSlot.length > 2 * this.liveVectors + 50_000) this.compact()
  }

  private add(practice: IndexedPractice): void {
    const slot = this.practices.length
    this.practices.push(practice)
    this.slotOf.set(practice.id, slot)
    this.alive.push(1)
    this.liveCount++
    this.publishedUs.push(practice.publishedUs)
    this.country.push(this.countries.id(practice.card.country))
    this.status.push(practice.card.status ? this.statuses.id(practice.card.status) : -1)
    this.organisationKind.push(practice.organisationKind ? this.organisationKinds.id(practice.organisationKind) : -1)
    this.populationBand.push(practice.populationBand ? this.populationBands.id(practice.populationBand) : -1)
    this.startYear.push(practice.card.startYear ?? 0)
    this.selected.push(practice.selected ? 1 : 0)
    const themeIds = [...new Set(practice.card.themes.map((theme) => this.themes.id(theme)))]
    const transformationIds = [...new Set(practice.card.transformations.map((value) => this.transformations.id(value)))]
    this.themeIds.push(themeIds)
    this.transformationIds.push(transformationIds)
    this.themeBits.push(themeIds.reduce((bits, id) => (id < 31 ? bits | (1 << id) : bits), 0))
    this.transformationBits.push(transformationIds.reduce((bits, id) => (id < 31 ? bits | (1 << id) : bits), 0))
    this.slotVectorStart.push(this.vectorSlot.length)
    this.slotVectorCount.push(practice.vectors.length)
    for (const vector of practice.vectors) {
      const id = this.addVector(slot, this.configs.id(vector.config), vector.tsvector)
      for (let e = this.vectorEntryStart.data[id]!; e < this.entryLexeme.length; e++) {
        const lexeme = this.entryLexeme.data[e]!
        let list = this.recent.get(lexeme)
        if (!list) {
          list = []
          this.recent.set(lexeme, list)
        }
        list.push(id)
        this.recentCount++
      }
    }
    this.liveVectors += practice.vectors.length
    // The texts stay for the cards; the vector texts are parsed and not needed again.
    practice.vectors = []
  }

  /** Parses `'lexeme':1A,5 'other':3` into entries sorted by lexeme id. */
  private addVector(slot: number, config: number, text: string): number {
    const id = this.vectorSlot.length
    this.vectorSlot.push(slot)
    this.vectorConfig.push(config)
    this.vectorEntryStart.push(this.entryLexeme.length)
    const parsed: { lexeme: number; positions: number[] }[] = []
    let i = 0
    while (i < text.length) {
      if (text[i] === ' ') {
        i++
        continue
      }
      if (text[i] !== "'") throw new Error(`unexpected tsvector text at ${i}: ${text.slice(i, i + 20)}`)
      i++
      let lexeme = ''
      let from = i
      for (;;) {
        const c = text.charCodeAt(i)
        if (c === 39 /* ' */) {
          if (text.charCodeAt(i + 1) === 39) {
            lexeme += `${text.slice(from, i)}'`
            i += 2
            from = i
            continue
          }
          lexeme += text.slice(from, i)
          i++
          break
        }
        if (c === 92 /* \ */) {
          lexeme += text.slice(from, i) + text[i + 1]
          i += 2
          from = i
          continue
        }
        i++
      }
      let lexemeId = this.lexicon.get(lexeme)
      if (lexemeId === undefined) {
        lexemeId = this.lexicon.size
        this.lexicon.set(lexeme, lexemeId)
        this.lexemeNames.push(lexeme)
      }
      const positions: number[] = []
      if (text[i] === ':') {
        i++
        for (;;) {
          let position = 0
          while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) {
            position = position * 10 + text.charCodeAt(i) - 48
            i++
          }
          const weight = text[i] === 'A' ? 3 : text[i] === 'B' ? 2 : text[i] === 'C' ? 1 : 0
          if (text[i] === 'A' || text[i] === 'B' || text[i] === 'C' || text[i] === 'D') i++
          positions.push((weight << 14) | position)
          if (text[i] !== ',') break
          i++
        }
      }
      parsed.push({ lexeme: lexemeId, positions })
    }
    parsed.sort((a, b) => a.lexeme - b.lexeme)
    for (const entry of parsed) {
      this.entryLexeme.push(entry.lexeme)
      this.entryPositionStart.push(this.positions.length)
      this.entryPositionCount.push(entry.positions.length)
      for (const position of entry.positions) this.positions.push(position)
    }
    this.vectorEntryCount.push(parsed.length)
    return id
  }

  /** Moves every live vector's postings into the compact arrays (and drops dead ones). */
  compact(): void {
    const lexemeCount = this.lexicon.size
    const counts = new Int32Array(lexemeCount + 1)
    const vectors = this.vectorSlot.length
    for (let v = 0; v < vectors; v++) {
      if (this.alive.data[this.vectorSlot.data[v]!] !== 1) continue
      const start = this.vectorEntryStart.data[v]!
      const end = start + this.vectorEntryCount.data[v]!
      for (let e = start; e < end; e++) counts[this.entryLexeme.data[e]! + 1]!++
    }
    for (let l = 0; l < lexemeCount; l++) counts[l + 1]! += counts[l]!
    const postings = new Int32Array(counts[lexemeCount]!)
    const fill = counts.slice(0, lexemeCount)
    for (let v = 0; v < vectors; v++) {
      if (this.alive.data[this.vectorSlot.data[v]!] !== 1) continue
      const start = this.vectorEntryStart.data[v]!
      const end = start + this.vectorEntryCount.data[v]!
      for (let e = start; e < end; e++) postings[fill[this.entryLexeme.data[e]!]!++] = v
    }
    this.compactStart = counts
    this.compactVectors = postings
    this.recent = new Map()
    this.recentCount = 0
    this.shares.clear()
    this.sharesHeld = 0
  }

  /** Raw positions (weight bits kept) of a lexeme in a vector, by binary search of its entries. */
  private positionsIn(vector: number, lexeme: number): Uint16Array | null {
    const entry = this.entryOf(vector, lexeme)
    if (entry < 0) return null
    const start = this.entryPositionStart.data[entry]!
    return this.positions.data.subarray(start, start + this.entryPositionCount.data[entry]!)
  }

  /** The vector of the practice's original text (its `practices.search`). */
  originalVector(slot: number): number {
    return this.slotVectorStart.data[slot]!
  }

  /** Whether this vector is its practice's original (not a translation) and the practice is live. */
  isLiveOriginal(vector: number): boolean {
    const slot = this.vectorSlot.data[vector]!
    return this.alive.data[slot] === 1 && this.slotVectorStart.data[slot] === vector
  }

  vectorSlotOf(vector: number): number {
    return this.vectorSlot.data[vector]!
  }

  /** The lexemes of a vector with at least one position weighted A or B (`ts_filter(v, '{a,b}')`). */
  weightedLexemes(vector: number): string[] {
    const found: string[] = []
    const start = this.vectorEntryStart.data[vector]!
    const end = start + this.vectorEntryCount.data[vector]!
    for (let e = start; e < end; e++) {
      const from = this.entryPositionStart.data[e]!
      const to = from + this.entryPositionCount.data[e]!
      for (let p = from; p < to; p++)
        if (this.positions.data[p]! >> 14 >= 2) {
          found.push(this.lexemeNames[this.entryLexeme.data[e]!]!)
          break
        }
    }
    return found
  }

  /** Positions (weight bits kept) of a lexeme in a vector; null when absent. */
  positionsOf(vector: number, lexeme: number): Uint16Array | null {
    return this.positionsIn(vector, lexeme)
  }

  /** How many vectors hold this lexeme (live or not): the cost of walking its postings. */
  postingLength(lexeme: number): number {
    const compact =
      lexeme + 1 < this.compactStart.length ? this.compactStart[lexeme + 1]! - this.compactStart[lexeme]! : 0
    return compact + (this.recent.get(lexeme)?.length ?? 0)
  }

  /**
   * Calls `visit` with each vector holding the lexeme and the lexeme's share of ts_rank's OR
   * formula in it (orItemRank of its positions), until it returns false.
   */
  eachPosting(lexeme: number, visit: (vector: number, share: number) => boolean): void {
    if (lexeme < 0) return
    if (lexeme + 1 < this.compactStart.length) {
      const shares = this.sharesOf(lexeme)
      const to = this.compactStart[lexeme + 1]!
      for (let p = this.compactStart[lexeme]!; p < to; p++)
        if (!visit(this.compactVectors[p]!, this.shareAt(shares, lexeme, p))) return
    }
    for (const vector of this.recent.get(lexeme) ?? []) if (!visit(vector, this.shareIn(vector, lexeme))) return
  }

  /** ts_rank of one vector against a query whose items have these lexeme ids (-1 when unknown). */
  rankVector(vector: number, query: ParsedQuery, lexemeIds: readonly number[]): number {
    return tsRank(query, this.vectorEntryCount.data[vector]!, (item) => this.positionsIn(vector, lexemeIds[item]!))
  }

  private stamp = new Int32Array(0)
  private mask = new Int32Array(0)
  private generation = 0
  private slotSeen = new Int32Array(0)

  private lastLexemeIds: number[][] = []

  /**
   * The live slots with a vector matching its configuration's query (`queries` by configuration
   * id), as `vector @@ query` would decide. `rank` may follow for some of them, before any other match.
   */
  match(queries: (ParsedQuery | null)[], withRanks = false): number[] {
    const vectorCount = this.vectorSlot.length
    if (this.stamp.length < vectorCount) {
      this.stamp = new Int32Array(vectorCount * 2)
      this.mask = new Int32Array(vectorCount * 2)
      this.slotSeen.fill(0)
      this.generation = 0
    }
    if (this.slotSeen.length < this.practices.length) this.slotSeen = new Int32Array(this.practices.length * 2)
    const generation = ++this.generation
    const stamp = this.stamp
    const mask = this.mask
    const lexemeIds = queries.map((query) => query?.items.map((lexeme) => this.lexicon.get(lexeme) ?? -1) ?? [])
    this.lastLexemeIds = lexemeIds
    // For each lexeme of any query: its bit in each configuration's query (0 when not in it).
    const bitsByLexeme = new Map<number, Int32Array>()
    for (let config = 0; config < lexemeIds.length; config++) {
      const ids = lexemeIds[config]!
      if (ids.length > 31) throw new UnsupportedQuery('more than 31 distinct lexemes')
      for (let item = 0; item < ids.length; item++) {
        const lexeme = ids[item]!
        if (lexeme < 0) continue
        let bits = bitsByLexeme.get(lexeme)
        if (!bits) {
          bits = new Int32Array(queries.length)
          bitsByLexeme.set(lexeme, bits)
        }
        bits[config] = 1 << item
      }
    }
    let touched = this.touched
    let touchedCount = 0
    const configOf = this.vectorConfig.data
    // ts_rank's OR formula is a float32 sum of each held item's share in item order: with the
    // lexemes walked in byte order (the items' order in every query), it adds up during the walk.
    const scoring = withRanks && queries.every((query) => !query || !(query.rankAsAnd && query.items.length >= 2))
    this.scoredGeneration = scoring ? generation : -1
    if (scoring && this.scores.length < mask.length) this.scores = new Float64Array(mask.length)
    const scores = this.scores
    const lexemeOrder = [...bitsByLexeme.keys()].sort((a, b) =>
      compareBytes(this.lexemeNames[a]!, this.lexemeNames[b]!),
    )
    const f = Math.fround
    for (const lexeme of lexemeOrder) {
      const bits = bitsByLexeme.get(lexeme)!
      const recent = this.recent.get(lexeme)
      const compactFrom = lexeme + 1 < this.compactStart.length ? this.compactStart[lexeme]! : 0
      const compactTo = lexeme + 1 < this.compactStart.length ? this.compactStart[lexeme + 1]! : 0
      const total = compactTo - compactFrom + (recent?.length ?? 0)
      if (touchedCount + total > touched.length) {
        const bigger = new Int32Array(Math.max(touched.length * 2, touchedCount + total))
        bigger.set(touched.subarray(0, touchedCount))
        touched = bigger
        this.touched = bigger
      }
      const shares = scoring ? this.sharesOf(lexeme) : null
      for (let list = 0; list < 2; list++) {
        const vectors: ArrayLike<number> | undefined = list === 0 ? this.compactVectors : recent
        if (!vectors) continue
        const from = list === 0 ? compactFrom : 0
        const to = list === 0 ? compactTo : vectors.length
        for (let p = from; p < to; p++) {
          const vector = vectors[p]!
          const bit = bits[configOf[vector]!]!
          if (bit === 0) continue
          if (stamp[vector] !== generation) {
            stamp[vector] = generation
            mask[vector] = bit
            touched[touchedCount++] = vector
            if (scoring) scores[vector] = 0
          } else mask[vector]! |= bit
          if (scoring) {
            const share = list === 0 ? this.shareAt(shares!, lexeme, p) : this.shareIn(vector, lexeme)
            scores[vector] = f(scores[vector]! + share)
          }
        }
      }
    }
    // A query of exclusions only matches vectors that hold none of its words: look at them all.
    if (queries.some((query) => query?.matchesEmpty)) {
      if (touched.length < vectorCount) {
        const bigger = new Int32Array(vectorCount)
        bigger.set(touched.subarray(0, touchedCount))
        touched = bigger
        this.touched = bigger
      }
      for (let v = 0; v < vectorCount; v++) {
        if (stamp[v] === generation || !queries[configOf[v]!]?.matchesEmpty) continue
        stamp[v] = generation
        mask[v] = 0
        if (scoring) scores[v] = 0
        touched[touchedCount++] = v
      }
    }
    // Which words a vector holds decides, except for phrases whose words are all there: tabulated
    // once per query, and positions read only for those.
    const tables = queries.map((query) => (query ? stateTable(query) : null))
    const slots: number[] = []
    const seen = this.slotSeen
    const slotOfVector = this.vectorSlot.data
    const alive = this.alive.data
    for (let t = 0; t < touchedCount; t++) {
      const vector = touched[t]!
      const slot = slotOfVector[vector]!
      if (alive[slot] !== 1 || seen[slot] === generation) continue
      const config = configOf[vector]!
      const query = queries[config]
      if (!query) continue
      const bits = mask[vector]!
      const table = tables[config]
      const state = table ? table[bits]! : matchState(query.root, (item) => ((bits >> item) & 1) === 1)
      if (state === NO_MATCH) continue
      if (state === PHRASE_DECIDES && !this.phraseMatches(vector, query, lexemeIds[config]!, bits)) continue
      seen[slot] = generation
      slots.push(slot)
    }
    return slots
  }

  /** The exact decision for a vector holding a phrase's words: their positions line up or not. */
  private phraseMatches(vector: number, query: ParsedQuery, lexemes: readonly number[], bits: number): boolean {
    const positionsOf = (item: number) => ((bits >> item) & 1 ? this.positionsIn(vector, lexemes[item]!) : null)
    return matchesWith(
      query.root,
      (item) => ((bits >> item) & 1) === 1,
      (node) => phrasePositions(node, positionsOf).positions.length > 0,
    )
  }

  /** ts_rank's OR share of a lexeme in a vector (0 when absent). */
  private shareIn(vector: number, lexeme: number): number {
    const entry = this.entryOf(vector, lexeme)
    if (entry < 0) return 0
    return orItemRankIn(this.positions.data, this.entryPositionStart.data[entry]!, this.entryPositionCount.data[entry]!)
  }

  /**
   * The share of each of a lexeme's compact postings, in posting order (NaN until worked out by
   * shareAt), kept until the next compaction (a bounded number of them).
   */
  private sharesOf(lexeme: number): Float64Array {
    let shares = this.shares.get(lexeme)
    if (shares) return shares
    const from = lexeme + 1 < this.compactStart.length ? this.compactStart[lexeme]! : 0
    const to = lexeme + 1 < this.compactStart.length ? this.compactStart[lexeme + 1]! : 0
    // NaN until read: similar practices read a few postings of a common word.
    shares = new Float64Array(to - from).fill(Number.NaN)
    if (this.sharesHeld + shares.length > MAX_SHARES_HELD) {
      this.shares.clear()
      this.sharesHeld = 0
    }
    this.shares.set(lexeme, shares)
    this.sharesHeld += shares.length
    return shares
  }

  /** The share of the lexeme in the compact posting `p`, through the kept shares. */
  private shareAt(shares: Float64Array, lexeme: number, p: number): number {
    const from = this.compactStart[lexeme]!
    let share = shares[p - from]!
    if (Number.isNaN(share)) {
      share = this.shareIn(this.compactVectors[p]!, lexeme)
      shares[p - from] = share
    }
    return share
  }

  private readonly shares = new Map<number, Float64Array>()
  private sharesHeld = 0
  private scores = new Float64Array(0)
  /** The generation whose match added up OR ranks in `scores` (-1 when none did). */
  private scoredGeneration = -1
  private touched = new Int32Array(1024)
  private rankScratch = new Float64Array(0)
  private itemStarts = new Int32Array(32)
  private itemCounts = new Int32Array(32)

  /**
   * Each slot's rank (see rankOf), for slots the last `match` returned, by slot. The array is
   * reused: it holds these ranks until the next call.
   */
  rank(slots: readonly number[], queries: (ParsedQuery | null)[]): Float64Array {
    if (this.rankScratch.length < this.practices.length)
      this.rankScratch = new Float64Array(Math.max(1024, this.practices.length * 2))
    const ranks = this.rankScratch
    const lexemeIds = this.lastLexemeIds
    const generation = this.generation
    if (this.scoredGeneration === generation) {
      // Added up by match: the best of the slot's vectors, each sum divided by its query's items.
      const vectorStart = this.slotVectorStart.data
      const vectorCount = this.slotVectorCount.data
      const configOf = this.vectorConfig.data
      const stamp = this.stamp
      const scores = this.scores
      for (let i = 0; i < slots.length; i++) {
        const slot = slots[i]!
        let best = 0
        const end = vectorStart[slot]! + vectorCount[slot]!
        for (let vector = vectorStart[slot]!; vector < end; vector++) {
          if (stamp[vector] !== generation) continue
          const query = queries[configOf[vector]!]
          if (!query || query.items.length === 0) continue
          const rank = Math.fround(scores[vector]! / query.items.length)
          if (rank > best) best = rank
        }
        ranks[slot] = best
      }
      return ranks
    }
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i]!
      ranks[slot] = this.rankOf(slot, queries, lexemeIds, generation)
    }
    return ranks
  }

  /** greatest(ts_rank of the original, ts_rank of each translation), each with its own query. */
  private rankOf(slot: number, queries: (ParsedQuery | null)[], lexemeIds: number[][], generation: number): number {
    let best = 0
    const start = this.slotVectorStart.data[slot]!
    const end = start + this.slotVectorCount.data[slot]!
    for (let vector = start; vector < end; vector++) {
      const query = queries[this.vectorConfig.data[vector]!]
      if (!query) continue
      const bits = this.stamp[vector] === generation ? this.mask[vector]! : 0
      const rank = this.rankVectorWith(vector, query, lexemeIds[this.vectorConfig.data[vector]!]!, bits)
      if (rank > best) best = rank
    }
    return best
  }

  /**
   * tsRank(query, …) for one vector, reading positions in place: `bits` says which items the
   * vector holds (from match), so absent ones are not looked up.
   */
  private rankVectorWith(vector: number, query: ParsedQuery, lexemes: readonly number[], bits: number): number {
    if (this.vectorEntryCount.data[vector] === 0) return 0
    const items = query.items.length
    const positions = this.positions.data
    let rank: number
    if (query.rankAsAnd && items >= 2) {
      const starts = this.itemStarts
      const counts = this.itemCounts
      for (let item = 0; item < items; item++) {
        const entry = (bits >> item) & 1 ? this.entryOf(vector, lexemes[item]!) : -1
        if (entry < 0) counts[item] = 0
        else {
          starts[item] = this.entryPositionStart.data[entry]!
          counts[item] = this.entryPositionCount.data[entry]!
        }
      }
      rank = andRankIn(positions, starts, counts, items)
    } else {
      let sum = 0
      for (let item = 0; item < items; item++) {
        if (((bits >> item) & 1) === 0) continue
        const entry = this.entryOf(vector, lexemes[item]!)
        if (entry < 0) continue
        sum = Math.fround(
          sum + orItemRankIn(positions, this.entryPositionStart.data[entry]!, this.entryPositionCount.data[entry]!),
        )
      }
      rank = items > 0 ? Math.fround(sum / items) : sum
    }
    return rank < 0 ? Math.fround(1e-20) : rank
  }

  /** The entry of a lexeme in a vector, by binary search, or -1. */
  private entryOf(vector: number, lexeme: number): number {
    if (lexeme < 0) return -1
    let low = this.vectorEntryStart.data[vector]!
    let high = low + this.vectorEntryCount.data[vector]! - 1
    const lexemes = this.entryLexeme.data
    while (low <= high) {
      const middle = (low + high) >> 1
      const found = lexemes[middle]!
      if (found === lexeme) return middle
      if (found < lexeme) low = middle + 1
      else high = middle - 1
    }
    return -1
  }

  /** Bytes held by the typed arrays (strings and card objects come on top). */
  typedBytes(): number {
    const columns = [
      this.alive,
      this.themeBits,
      this.transformationBits,
      this.publishedUs,
      this.country,
      this.status,
      this.organisationKind,
      this.populationBand,
      this.startYear,
      this.selected,
      this.slotVectorStart,
      this.slotVectorCount,
      this.vectorSlot,
      this.vectorConfig,
      this.vectorEntryStart,
      this.vectorEntryCount,
      this.entryLexeme,
      this.entryPositionStart,
      this.entryPositionCount,
      this.positions,
    ]
    return (
      columns.reduce((sum, column) => sum + column.data.byteLength, 0) +
      this.compactStart.byteLength +
      this.compactVectors.byteLength +
      this.stamp.byteLength +
      this.mask.byteLength
    )
  }
}
