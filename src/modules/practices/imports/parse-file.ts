import { parse } from 'csv-parse/sync'
import { PRACTICE_FIELD_NAMES } from '../practice-fields.js'

/**
 * Reading an uploaded import file into records, before any rule about practices: UTF-8 (with or
 * without a byte-order mark), CSV with commas or semicolons (as spreadsheets in much of Europe
 * save it), or JSON (an array of objects with the same names, translations allowed).
 */

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024
export const MAX_IMPORT_ROWS = 5000

/**
 * The columns of an import file, in the order of the template: the practice's fields, with the
 * slug first and the organisation (by slug) after the country.
 */
export const IMPORT_COLUMNS = [
  'slug',
  ...PRACTICE_FIELD_NAMES.slice(0, PRACTICE_FIELD_NAMES.indexOf('country') + 1),
  'organisation',
  ...PRACTICE_FIELD_NAMES.slice(PRACTICE_FIELD_NAMES.indexOf('country') + 1),
] as const satisfies readonly string[]
export type ImportColumn = (typeof IMPORT_COLUMNS)[number]
/** Only in JSON: a list of { language, title, summary, challenge, … } objects. */
export const JSON_ONLY_FIELDS = ['translations'] as const

/** One row of the file; `rowNumber` is the line of a CSV file (the header is line 1) or the item's number in JSON. */
export interface ImportRecord {
  rowNumber: number
  values: Record<string, unknown>
}

export type FileProblem =
  | { key: 'empty' | 'notUtf8' | 'notJson' | 'notArray' | 'noRows' | 'badCsv' | 'tooLarge' }
  | { key: 'tooManyRows'; values: { count: number; max: number } }
  | { key: 'unknownColumns'; values: { columns: string } }

export type ParsedFile =
  | { ok: true; format: 'csv' | 'json'; records: ImportRecord[] }
  | { ok: false; problem: FileProblem }

/** Reads the bytes as UTF-8 text; undefined when they are not UTF-8 (a file saved as Latin-1, say). */
export function decodeImportText(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    return undefined
  }
}

/** JSON when the text starts with "[" or "{" (after spaces), or the name ends with .json; else CSV. */
export function parseImportFile(fileName: string, text: string): ParsedFile {
  const body = text.replace(/^\uFEFF/, '')
  if (body.trim() === '') return { ok: false, problem: { key: 'empty' } }
  const looksJson = /^\s*[[{]/.test(body) || fileName.toLowerCase().endsWith('.json')
  const parsed = looksJson ? parseJson(body) : parseCsv(body)
  if (!parsed.ok) return parsed
  if (parsed.records.length === 0) return { ok: false, problem: { key: 'noRows' } }
  if (parsed.records.length > MAX_IMPORT_ROWS)
    return {
      ok: false,
      problem: { key: 'tooManyRows', values: { count: parsed.records.length, max: MAX_IMPORT_ROWS } },
    }
  return parsed
}

function parseJson(body: string): ParsedFile {
  let data: unknown
  try {
    data = JSON.parse(body)
  } catch {
    return { ok: false, problem: { key: 'notJson' } }
  }
  if (!Array.isArray(data)) return { ok: false, problem: { key: 'notArray' } }
  return {
    ok: true,
    format: 'json',
    records: data.map((item, index) => ({
      rowNumber: index + 1,
      values:
        item !== null && typeof item === 'object' && !Array.isArray(item) ? (item as Record<string, unknown>) : {},
    })),
  }
}

/** The separator of the header line: the one it uses more of, semicolon or comma. */
function separatorOf(body: string): ',' | ';' {
  const header = body.slice(0, body.search(/\r?\n|$/))
  const count = (character: string) => header.split(character).length - 1
  return count(';') > count(',') ? ';' : ','
}

function parseCsv(body: string): ParsedFile {
  let rows: string[][]
  try {
    rows = parse(body, { delimiter: separatorOf(body), relax_column_count: true, skip_empty_lines: false, bom: true })
  } catch {
    return { ok: false, problem: { key: 'badCsv' } }
  }
  const [header, ...lines] = rows
  if (!header) return { ok: false, problem: { key: 'noRows' } }
  const names = header.map((name) => name.trim())
  const unknown = names.filter((name) => name !== '' && !(IMPORT_COLUMNS as readonly string[]).includes(name))
  if (unknown.length > 0)
    return { ok: false, problem: { key: 'unknownColumns', values: { columns: unknown.join(', ') } } }
  const records: ImportRecord[] = []
  for (const [index, cells] of lines.entries()) {
    // A blank line (often the last one) is not a row.
    if (cells.every((cell) => cell.trim() === '')) continue
    const values: Record<string, unknown> = {}
    for (const [column, name] of names.entries()) if (name) values[name] = cells[column] ?? ''
    records.push({ rowNumber: index + 2, values })
  }
  return { ok: true, format: 'csv', records }
}
