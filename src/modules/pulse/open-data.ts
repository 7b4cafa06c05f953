import { stringify } from 'csv-stringify/sync'
import {
  answerColumns,
  answersToCsvRows,
  dataDictionaryRows,
  type QuestionnaireVersion,
} from '../questionnaires/index.js'
import type { SubmittedAnswer, Survey } from './queries.js'
import { isText, questionResult } from './results.js'

const PLACE_HEADERS = ['organisation', 'city', 'country', 'kind', 'population_band', 'sample_data']

/** Text answers never go into the named files: they are shown, when public, without any name. */
function publishableColumns(versions: readonly QuestionnaireVersion[]): ReturnType<typeof answerColumns> {
  return answerColumns(versions).filter(
    (column) => !['short-text', 'long-text', 'file', 'email', 'url', 'organisation', 'consent'].includes(column.type),
  )
}

function versionsOf(rows: readonly SubmittedAnswer[], current: QuestionnaireVersion | undefined) {
  const byId = new Map(rows.map((row) => [row.version.id, row.version]))
  if (current) byId.set(current.id, current)
  return [...byId.values()]
}

/** Only organisations that consented to publication under their name: never the others' values. */
const named = (rows: readonly SubmittedAnswer[]) => rows.filter((row) => row.consentToName)

export function surveyCsv(survey: Survey, rows: readonly SubmittedAnswer[], current?: QuestionnaireVersion): string {
  const columns = publishableColumns(versionsOf(rows, current))
  const consenting = named(rows)
  const cells = answersToCsvRows(columns, consenting)
  return stringify([
    [...PLACE_HEADERS, ...columns.map((column) => column.questionId)],
    ...consenting.map((row, index) => [
      row.name,
      row.city ?? '',
      row.country,
      row.kind,
      row.populationBand ?? '',
      survey.isSample ? 'yes' : 'no',
      ...cells[index]!,
    ]),
  ])
}

export function dictionaryCsv(rows: readonly SubmittedAnswer[], current?: QuestionnaireVersion): string {
  const columns = publishableColumns(versionsOf(rows, current))
  return stringify(dataDictionaryRows(columns))
}

/** The same as the CSV, plus the dictionary and every aggregate the results page shows. */
export function surveyJson(
  survey: Survey,
  rows: readonly SubmittedAnswer[],
  options: { current?: QuestionnaireVersion; url: string },
) {
  const versions = versionsOf(rows, options.current)
  const columns = publishableColumns(versions)
  const consenting = named(rows)
  const cells = answersToCsvRows(columns, consenting)
  const questions = (options.current ?? versions[0])?.content.sections.flatMap((section) => section.questions) ?? []
  return {
    title: survey.title,
    year: survey.year,
    url: options.url,
    sampleData: survey.isSample,
    licence: survey.licence,
    respondents: rows.length,
    dictionary: columns.map((column) => ({
      column: column.questionId,
      question: column.header,
      type: column.type,
      unit: column.unit,
      scale: column.scale,
    })),
    organisations: consenting.map((row, index) => ({
      organisation: row.name,
      city: row.city,
      country: row.country,
      kind: row.kind,
      populationBand: row.populationBand,
      answers: Object.fromEntries(columns.map((column, at) => [column.questionId, cells[index]![at]])),
    })),
    aggregates: questions
      .filter((question) => !isText(question))
      .map((question) => {
        const result = questionResult(question, rows, { filter: {}, textAnswersPublic: false })
        return {
          question: question.id,
          respondents: result.n,
          summary: result.kind === 'numeric' ? result.summary : undefined,
          countries: result.kind === 'numeric' ? result.countries : undefined,
          choices: result.kind === 'choice' ? result.options : undefined,
        }
      }),
  }
}
