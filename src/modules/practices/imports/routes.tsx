import { stringify } from 'csv-stringify/sync'
import type { Context } from 'hono'
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { AppEnv } from '../../../platform/http/env.js'
import { ForbiddenError, NotFoundError } from '../../../platform/http/errors.js'
import { stripLocale } from '../../../platform/http/page-context.js'
import { renderPage } from '../../../platform/http/render.js'
import { can } from '../../accounts/index.js'
import { checkPracticeImport, importProgress, startPracticeImport, uploadPracticeImport } from './commands.js'
import { IMPORT_COLUMNS, MAX_IMPORT_BYTES } from './parse-file.js'
import { findPracticeImport, listImportedPractices } from './queries.js'
import { ImportPreviewPage } from './views/import-preview-page.js'
import { ImportProgressPage } from './views/import-progress-page.js'
import { ImportUploadPage } from './views/import-upload-page.js'

/**
 * GET|POST /import · GET /import/template.csv · GET /import/:id (preview, progress or report) ·
 * POST /import/:id/start · GET /import/:id/progress.json; mounted at /:locale/practices, editors only.
 */
export const practiceImportRoutes = new Hono<AppEnv>()

/** Bulk imports write many practices at once: editors and admins only. */
function guard(c: Context<AppEnv>): Response | undefined {
  if (!c.var.actor) {
    const url = new URL(c.req.url)
    return c.redirect(
      `/${c.var.locale}/sign-in?next=${encodeURIComponent(`${stripLocale(url.pathname)}${url.search}`)}`,
      303,
    )
  }
  if (!can(c.var.actor, 'content.edit')) throw new ForbiddenError()
  return undefined
}

const EXAMPLE: Record<(typeof IMPORT_COLUMNS)[number], string> = {
  slug: 'pocket-parks-example',
  title: 'Pocket parks on former parking lots',
  language: 'en',
  city: 'Lisbon',
  country: 'PT',
  organisation: '',
  summary: 'Neighbours turned small parking lots into shaded pocket parks.',
  challenge: 'Streets without shade or places to sit.',
  approach: 'The city lent the lots; neighbours designed and planted them.',
  resources: 'Two staff, 40,000 euros a year.',
  results: 'Twelve parks in three years.',
  transferability: 'Any city with unused lots and active neighbours.',
  lessons: 'Start with one street.',
  themes: 'heritage-led-regeneration; cultural-tourism',
  transformations: 'green; social',
  startYear: '2021',
  status: 'ongoing',
  budgetBand: '10k-50k',
  populationBand: '',
  latitude: '38.72',
  longitude: '-9.14',
  links: 'Project page | https://example.org/pocket-parks',
  contactName: '',
  contactEmail: '',
}

practiceImportRoutes.get('/import/template.csv', (c) => {
  const refused = guard(c)
  if (refused) return refused
  const csv = stringify([[...IMPORT_COLUMNS], IMPORT_COLUMNS.map((column) => EXAMPLE[column])])
  // A byte-order mark, so spreadsheets open the file as UTF-8.
  return c.body(`\uFEFF${csv}`, 200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': 'attachment; filename="practices-template.csv"',
  })
})

practiceImportRoutes.get('/import', (c) => {
  const refused = guard(c)
  if (refused) return refused
  const errors =
    c.req.query('problem') === 'too-large'
      ? [{ field: 'file', message: c.var.t('practices.import.fileProblem.tooLarge') }]
      : undefined
  return renderPage(c, <ImportUploadPage ctx={c.var.pageContext()} errors={errors} />)
})

practiceImportRoutes.post(
  '/import',
  bodyLimit({
    maxSize: MAX_IMPORT_BYTES + 512 * 1024,
    onError: (c) => c.redirect(`${new URL(c.req.url).pathname}?problem=too-large`, 303),
  }),
  async (c) => {
    const refused = guard(c)
    if (refused) return refused
    const { t } = c.var
    const body = await c.req.parseBody({ all: true })
    const publish = ([] as unknown[]).concat(body.publish ?? []).includes('yes')
    const values: Record<string, string[]> = publish ? { publish: ['yes'] } : {}
    const file = body.file instanceof File && (body.file.size > 0 || body.file.name !== '') ? body.file : undefined
    const show = (message: string) =>
      renderPage(
        c,
        <ImportUploadPage ctx={c.var.pageContext()} values={values} errors={[{ field: 'file', message }]} />,
        422,
      )
    if (!file) return show(t('practices.import.file.missing'))
    const result = await uploadPracticeImport(c.var.db, c.var.actor!, {
      fileName: file.name || 'import',
      bytes: new Uint8Array(await file.arrayBuffer()),
      publish,
    })
    if (!result.ok) {
      const { problem } = result
      return show(t(`practices.import.fileProblem.${problem.key}`, 'values' in problem ? problem.values : {}))
    }
    return c.redirect(`/${c.var.locale}/practices/import/${result.importId}`, 303)
  },
)

async function editorsImport(c: Context<AppEnv>) {
  const practiceImport = await findPracticeImport(c.var.db, c.req.param('id') ?? '')
  if (!practiceImport) throw new NotFoundError('import')
  return practiceImport
}

practiceImportRoutes.get('/import/:id', async (c) => {
  const refused = guard(c)
  if (refused) return refused
  const practiceImport = await editorsImport(c)
  const ctx = c.var.pageContext()
  if (practiceImport.state === 'previewed') {
    const rows = await checkPracticeImport(c.var.db, practiceImport, c.var.t)
    return renderPage(c, <ImportPreviewPage ctx={ctx} practiceImport={practiceImport} rows={rows} />)
  }
  const created = await listImportedPractices(c.var.db, practiceImport.createdPracticeIds)
  const done = importProgress(practiceImport.id) ?? practiceImport.done
  return renderPage(c, <ImportProgressPage ctx={ctx} practiceImport={practiceImport} done={done} created={created} />)
})

practiceImportRoutes.post('/import/:id/start', async (c) => {
  const refused = guard(c)
  if (refused) return refused
  const practiceImport = await editorsImport(c)
  const result = await startPracticeImport(c.var.db, c.var.actor!, practiceImport.id, c.var.t, (error) =>
    c.var.logger.error({ err: error, importId: practiceImport.id }, 'practice import failed'),
  )
  if (!result.ok && result.reason === 'has-problems') {
    // The catalogue changed since the preview: the preview, checked again, says what now.
    const rows = await checkPracticeImport(c.var.db, practiceImport, c.var.t)
    return renderPage(
      c,
      <ImportPreviewPage ctx={c.var.pageContext()} practiceImport={practiceImport} rows={rows} />,
      409,
    )
  }
  return c.redirect(`/${c.var.locale}/practices/import/${practiceImport.id}`, 303)
})

practiceImportRoutes.get('/import/:id/progress.json', async (c) => {
  const refused = guard(c)
  if (refused) return refused
  const practiceImport = await editorsImport(c)
  return c.json(
    {
      state: practiceImport.state,
      done: importProgress(practiceImport.id) ?? practiceImport.done,
      total: practiceImport.total,
    },
    200,
    { 'cache-control': 'no-store' },
  )
})
