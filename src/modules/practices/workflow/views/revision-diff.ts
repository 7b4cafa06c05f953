import { diffWords } from 'diff'
import { linkLines } from '../../practice-fields.js'
import type { PracticeLink, PracticeSnapshot } from '../../tables.js'
import { SNAPSHOT_FIELDS } from '../revisions.js'

export interface DiffPart {
  text: string
  change: 'same' | 'added' | 'removed'
}

/** One field that differs between two revisions; `language` is set for a translation's field. */
export interface FieldDiff {
  field: string
  language?: string
  parts: DiffPart[]
}

function asText(field: string, value: unknown): string {
  if (value === null || value === undefined) return ''
  if (field === 'links') return linkLines(value as PracticeLink[])
  if (Array.isArray(value)) return value.join(', ')
  return String(value)
}

function wordDiff(older: string, newer: string): DiffPart[] {
  return diffWords(older, newer).map((change) => ({
    text: change.value,
    change: change.added ? 'added' : change.removed ? 'removed' : 'same',
  }))
}

/**
 * What changed from one revision to another, word by word: the state and slug, every field,
 * then each translation's texts. Unchanged fields are left out.
 */
export function diffSnapshots(older: PracticeSnapshot, newer: PracticeSnapshot): FieldDiff[] {
  const diffs: FieldDiff[] = []
  const compare = (field: string, before: string, after: string, language?: string) => {
    if (before !== after) diffs.push({ field, ...(language ? { language } : {}), parts: wordDiff(before, after) })
  }
  compare('publicationStatus', older.publicationStatus, newer.publicationStatus)
  compare('slug', older.slug, newer.slug)
  for (const field of SNAPSHOT_FIELDS)
    compare(field, asText(field, older.fields[field]), asText(field, newer.fields[field]))
  const languages = [...new Set([...Object.keys(older.translations), ...Object.keys(newer.translations)])].sort()
  for (const language of languages) {
    const before = older.translations[language] ?? {}
    const after = newer.translations[language] ?? {}
    for (const field of ['title', 'summary', 'challenge', 'approach', 'results', 'transferability', 'lessons'])
      compare(field, before[field] ?? '', after[field] ?? '', language)
  }
  return diffs
}
