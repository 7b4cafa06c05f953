import ExcelJS from 'exceljs'
import type { Db } from '../../db/client.js'
import type { Translate } from '../../platform/i18n/catalogue.js'
import { findMailRecipient } from '../accounts/index.js'
import { answerColumns, answersToCsvRows, findResponse, getVersion } from '../questionnaires/index.js'
import type { DashboardRow } from './dashboard.js'
import { criteriaOf } from './scoring.js'
import type { Call, Round } from './tables.js'

export type Sheet = { name: string; rows: (string | number)[][] }

/** A cell a spreadsheet would run as a formula is kept as text. */
function guarded(value: string | number): string | number {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

/** One row per application (editors only): who, where, round, decision, scores, then every answer. */
export async function applicationsSheet(db: Db, rows: DashboardRow[], t: Translate): Promise<Sheet> {
  const responses = []
  for (const row of rows) {
    const response = await findResponse(db, row.application.responseId)
    if (!response) continue
    responses.push({ row, answers: response.answers, version: await getVersion(db, response.versionId) })
  }
  const versions = [...new Map(responses.map((entry) => [entry.version.id, entry.version])).values()]
  const columns = answerColumns(versions)
  const answers = answersToCsvRows(columns, responses)
  return {
    name: t('calls.export.applications'),
    rows: [
      [
        t('calls.export.reference'),
        t('calls.export.organisation'),
        t('calls.export.country'),
        t('calls.export.status'),
        t('calls.export.round'),
        t('calls.export.submittedAt'),
        t('calls.export.mean'),
        t('calls.export.spread'),
        t('calls.export.decision'),
        t('calls.export.reason'),
        ...columns.map((column) => column.header),
      ],
      ...responses.map(({ row }, index) => [
        row.application.reference ?? '',
        guarded(row.organisationName ?? ''),
        row.application.country ?? '',
        row.application.status,
        row.application.round,
        row.application.submittedAt?.toISOString() ?? '',
        row.mean ?? '',
        row.spread ?? '',
        row.application.decision ?? '',
        guarded(row.application.decisionReason),
        ...(answers[index] ?? []),
      ]),
    ],
  }
}

/** One row per review of the round: the expert, each criterion's score, the weighted total, the recommendation. */
export async function scoresSheet(
  db: Db,
  call: Call,
  round: Round,
  rows: DashboardRow[],
  t: Translate,
): Promise<Sheet> {
  const criteria = criteriaOf(call, round)
  const names = new Map<string, string>()
  const out: (string | number)[][] = [
    [
      t('calls.export.reference'),
      t('calls.export.expert'),
      t('calls.export.status'),
      ...criteria.map((criterion) => criterion.name),
      t('calls.export.total'),
      t('calls.export.recommendation'),
      t('calls.export.comment'),
    ],
  ]
  for (const row of rows)
    for (const review of row.reviews) {
      if (!names.has(review.expertId))
        names.set(review.expertId, (await findMailRecipient(db, review.expertId))?.name ?? '')
      out.push([
        row.application.reference ?? '',
        guarded(names.get(review.expertId) ?? ''),
        review.status,
        ...criteria.map((criterion) => review.scores[criterion.id] ?? ''),
        review.total ?? '',
        review.recommendation ?? '',
        guarded(review.comment),
      ])
    }
  return { name: t('calls.export.scores'), rows: out }
}

export function toCsv(sheet: Sheet): string {
  const cell = (value: string | number) => {
    const text = String(value)
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
  }
  return `\uFEFF${sheet.rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`
}

export async function toXlsx(sheets: Sheet[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name.slice(0, 31))
    for (const row of sheet.rows) worksheet.addRow(row)
    worksheet.getRow(1).font = { bold: true }
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
