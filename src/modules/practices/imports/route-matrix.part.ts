import type { RouteMatrixPart, Statuses } from '../../../platform/testing/route-matrix.js'
import { uploadPracticeImport } from './commands.js'

const G = 'GET '
const P = 'POST '
/** Imports are for editors and admins; visitors are asked to sign in, everyone else refused. */
const editorsOnly = (status: number): Statuses => [303, 403, 403, 403, 403, 403, status, status]

export const routeMatrixPart: RouteMatrixPart<{ importId: string }> = {
  async setup(t, cast) {
    // A preview with a bad row (unknown country): starting it is refused with the preview again (409).
    const upload = await uploadPracticeImport(t.db, cast.actors.editor, {
      fileName: 'practices.csv',
      bytes: new TextEncoder().encode('title,city,country,summary\nMatrix,Ghent,XX,A summary\n'),
      publish: false,
    })
    if (!upload.ok) throw new Error(upload.problem.key)
    return { importId: upload.importId }
  },
  rows: [
    { route: `${G}/:locale/practices/import`, url: () => '/en/practices/import', statuses: editorsOnly(200) },
    { route: `${P}/:locale/practices/import`, url: () => '/en/practices/import', statuses: editorsOnly(422) },
    {
      route: `${G}/:locale/practices/import/template.csv`,
      url: () => '/en/practices/import/template.csv',
      statuses: editorsOnly(200),
    },
    {
      route: `${G}/:locale/practices/import/:id`,
      url: (f) => `/en/practices/import/${f.importId}`,
      statuses: editorsOnly(200),
    },
    {
      route: `${P}/:locale/practices/import/:id/start`,
      url: (f) => `/en/practices/import/${f.importId}/start`,
      statuses: editorsOnly(409),
    },
    {
      route: `${G}/:locale/practices/import/:id/progress.json`,
      url: (f) => `/en/practices/import/${f.importId}/progress.json`,
      statuses: editorsOnly(200),
    },
  ],
}
