import type { Question } from '../questionnaires/index.js'
import type { Place, SubmittedAnswer } from './queries.js'
import { MIN_GROUP, type Position, positionOf, type Summary, summarise } from './stats.js'

/** The filters of a results page, from its query string. */
export interface ResultFilter {
  country?: string
  kind?: string
  band?: string
}

export function parseResultFilter(params: URLSearchParams): ResultFilter {
  const pick = (name: string) => {
    const value = params.get(name)?.trim()
    return value && /^[a-z0-9-]{1,40}$/i.test(value) ? value : undefined
  }
  return { country: pick('country')?.toUpperCase(), kind: pick('kind'), band: pick('band') }
}

export function matches(place: Place, filter: ResultFilter): boolean {
  return (
    (!filter.country || place.country === filter.country) &&
    (!filter.kind || place.kind === filter.kind) &&
    (!filter.band || place.populationBand === filter.band)
  )
}

export const NUMERIC_TYPES = ['number', 'percentage', 'scale'] as const
export const CHOICE_TYPES = ['single-choice', 'multiple-choice', 'yes-no'] as const
export const TEXT_TYPES = ['short-text', 'long-text'] as const

export const isNumeric = (question: Question) => (NUMERIC_TYPES as readonly string[]).includes(question.type)
export const isChoice = (question: Question) => (CHOICE_TYPES as readonly string[]).includes(question.type)
export const isText = (question: Question) => (TEXT_TYPES as readonly string[]).includes(question.type)

/** A value shown by name: only of an organisation that consented. */
export interface NamedValue {
  place: Place
  value: number
}

/** The viewer's own organisation: its value and where it stands, shown to it alone. */
export interface OwnPosition {
  place: Place
  value: number
  overall: Position | null
  band: Position | null
}

export interface NumericResult {
  kind: 'numeric'
  /** Respondents with a value, consenting or not. */
  n: number
  summary: Summary | null
  /** Consenting organisations only, highest first. */
  named: NamedValue[]
  own: OwnPosition | null
  /** Averages per country, each over at least MIN_GROUP organisations (others left out). */
  countries: { country: string; n: number; mean: number; median: number }[]
}

export interface ChoiceResult {
  kind: 'choice'
  n: number
  /** Null below MIN_GROUP respondents. */
  options: { value: string; label: string; count: number }[] | null
}

export interface TextResult {
  kind: 'text'
  n: number
  /** Null when the survey keeps text answers private, or below MIN_GROUP respondents. */
  texts: string[] | null
}

export type QuestionResult = NumericResult | ChoiceResult | TextResult

export const cityLabel = (place: Pick<Place, 'city' | 'name'>) => place.city ?? place.name

function numericValue(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined
}

/**
 * One question's results over the submitted answers matching the filter. The consent rule lives
 * here: an organisation without consent is counted in `n`, the summary and the choices, never in
 * `named`; every aggregate over fewer than MIN_GROUP organisations is null. `ownOrganisationId`
 * is the signed-in member's organisation, whose position is computed over everyone.
 */
export function questionResult(
  question: Question,
  all: readonly SubmittedAnswer[],
  options: { filter: ResultFilter; ownOrganisationIds?: readonly string[]; textAnswersPublic: boolean },
): QuestionResult {
  const rows = all.filter((row) => matches(row, options.filter))
  if (isNumeric(question)) {
    const withValue = rows
      .map((row) => ({ row, value: numericValue(row.answers[question.id]) }))
      .filter((item): item is { row: SubmittedAnswer; value: number } => item.value !== undefined)
    const values = withValue.map((item) => item.value)
    const named = withValue
      .filter((item) => item.row.consentToName)
      .map((item) => ({ place: placeOf(item.row), value: item.value }))
      .sort((a, b) => b.value - a.value || cityLabel(a.place).localeCompare(cityLabel(b.place)))
    const byCountry = new Map<string, number[]>()
    for (const item of withValue)
      byCountry.set(item.row.country, [...(byCountry.get(item.row.country) ?? []), item.value])
    const countries = [...byCountry]
      .filter(([, list]) => list.length >= MIN_GROUP)
      .map(([country, list]) => {
        const summary = summarise(list) as Summary
        return { country, n: list.length, mean: summary.mean, median: summary.median }
      })
    return {
      kind: 'numeric',
      n: values.length,
      summary: summarise(values),
      named,
      own: ownPosition(question, all, options.ownOrganisationIds ?? []),
      countries,
    }
  }
  if (isChoice(question)) {
    const answered = rows.filter((row) => row.answers[question.id] !== undefined)
    const choices =
      question.type === 'yes-no'
        ? [
            { value: 'yes', label: 'yes' },
            { value: 'no', label: 'no' },
          ]
        : 'options' in question
          ? question.options
          : []
    const counts = choices.map((option) => ({
      ...option,
      count: answered.filter((row) => {
        const value = row.answers[question.id]
        if (typeof value === 'boolean') return (value ? 'yes' : 'no') === option.value
        return Array.isArray(value) ? value.includes(option.value) : value === option.value
      }).length,
    }))
    return { kind: 'choice', n: answered.length, options: answered.length >= MIN_GROUP ? counts : null }
  }
  const texts = rows
    .map((row) => row.answers[question.id])
    .filter((value): value is string => typeof value === 'string' && value.trim() !== '')
  return {
    kind: 'text',
    n: texts.length,
    texts: options.textAnswersPublic && texts.length >= MIN_GROUP ? [...texts].sort() : null,
  }
}

function placeOf(row: SubmittedAnswer): Place {
  const { organisationId, slug, name, city, country, kind, populationBand } = row
  return { organisationId, slug, name, city, country, kind, populationBand }
}

/** The first of the viewer's organisations that answered this question, with its position. */
function ownPosition(question: Question, all: readonly SubmittedAnswer[], ids: readonly string[]): OwnPosition | null {
  for (const id of ids) {
    const row = all.find((item) => item.organisationId === id)
    const value = row ? numericValue(row.answers[question.id]) : undefined
    if (!row || value === undefined) continue
    const values = (list: readonly SubmittedAnswer[]) =>
      list.map((item) => numericValue(item.answers[question.id])).filter((v): v is number => v !== undefined)
    const sameBand = row.populationBand ? all.filter((item) => item.populationBand === row.populationBand) : []
    return {
      place: placeOf(row),
      value,
      overall: positionOf(value, values(all)),
      band: row.populationBand ? positionOf(value, values(sameBand)) : null,
    }
  }
  return null
}

/** A city beside the average of its size band and of its country (each suppressed below MIN_GROUP). */
export function cityComparison(question: Question, all: readonly SubmittedAnswer[], place: Place) {
  const values = (predicate: (row: SubmittedAnswer) => boolean) =>
    all
      .filter(predicate)
      .map((row) => numericValue(row.answers[question.id]))
      .filter((value): value is number => value !== undefined)
  return {
    band: place.populationBand ? summarise(values((row) => row.populationBand === place.populationBand)) : null,
    country: summarise(values((row) => row.country === place.country)),
  }
}
