import { EVERYONE, type RouteMatrixPart, type Statuses } from '../../platform/testing/route-matrix.js'
import { changeQuestionnaire, createQuestionnaire } from './commands/versions.js'
import { addSection, saveQuestion } from './content-edits.js'

/** Visitors are sent to sign in; everyone signed in but editors and admins is refused. */
const editorsOnly = (editorStatus: number): Statuses =>
  EVERYONE.map((who) =>
    who === 'visitor' ? 303 : who === 'editor' || who === 'admin' ? editorStatus : 403,
  ) as Statuses
const G = 'GET /:locale/admin/questionnaires'
const P = 'POST /:locale/admin/questionnaires'

interface Fixture {
  id: string
}

// The posts carry an empty body: the forms come back with their errors (422), edits naming no
// section or question are refused as "not found" on the questionnaire's page (303), and nothing
// the later rows read is deleted.
export const routeMatrixPart: RouteMatrixPart<Fixture> = {
  async setup(t, cast) {
    const editor = cast.actors.editor
    const { questionnaire } = await createQuestionnaire(t.db, {
      ownerModule: 'tests',
      ownerId: 'matrix',
      title: 'Matrix',
    })
    await changeQuestionnaire(t.db, editor, questionnaire.id, (content) =>
      addSection(content, { title: 'First', help: '' }, 'smatrix1'),
    )
    await changeQuestionnaire(t.db, editor, questionnaire.id, (content) =>
      saveQuestion(content, 'smatrix1', {
        id: 'qmatrix1',
        type: 'short-text',
        label: 'Name',
        help: '',
        required: true,
      }),
    )
    return { id: questionnaire.id }
  },
  rows: [
    { route: G, url: () => '/en/admin/questionnaires', statuses: editorsOnly(200) },
    { route: P, url: () => '/en/admin/questionnaires', statuses: editorsOnly(422) },
    { route: `${G}/:id`, url: (f) => `/en/admin/questionnaires/${f.id}`, statuses: editorsOnly(200) },
    { route: `${P}/:id/sections`, url: (f) => `/en/admin/questionnaires/${f.id}/sections`, statuses: editorsOnly(303) },
    {
      route: `${G}/:id/sections/:sectionId`,
      url: (f) => `/en/admin/questionnaires/${f.id}/sections/smatrix1`,
      statuses: editorsOnly(200),
    },
    {
      route: `${P}/:id/sections/:sectionId`,
      url: (f) => `/en/admin/questionnaires/${f.id}/sections/smatrix1`,
      statuses: editorsOnly(303),
    },
    {
      route: `${P}/:id/sections/:sectionId/move`,
      url: (f) => `/en/admin/questionnaires/${f.id}/sections/smatrix1/move`,
      statuses: editorsOnly(303),
    },
    {
      route: `${P}/:id/sections/:sectionId/delete`,
      url: (f) => `/en/admin/questionnaires/${f.id}/sections/snothere1/delete`,
      statuses: editorsOnly(303),
    },
    {
      route: `${G}/:id/sections/:sectionId/questions/new`,
      url: (f) => `/en/admin/questionnaires/${f.id}/sections/smatrix1/questions/new`,
      statuses: editorsOnly(200),
    },
    {
      route: `${P}/:id/sections/:sectionId/questions/new`,
      url: (f) => `/en/admin/questionnaires/${f.id}/sections/smatrix1/questions/new`,
      statuses: editorsOnly(404),
    },
    {
      route: `${G}/:id/questions/:questionId`,
      url: (f) => `/en/admin/questionnaires/${f.id}/questions/qmatrix1`,
      statuses: editorsOnly(200),
    },
    {
      route: `${P}/:id/questions/:questionId`,
      url: (f) => `/en/admin/questionnaires/${f.id}/questions/qmatrix1`,
      statuses: editorsOnly(422),
    },
    {
      route: `${P}/:id/questions/:questionId/move`,
      url: (f) => `/en/admin/questionnaires/${f.id}/questions/qmatrix1/move`,
      statuses: editorsOnly(303),
    },
    {
      route: `${P}/:id/questions/:questionId/delete`,
      url: (f) => `/en/admin/questionnaires/${f.id}/questions/qnothere1/delete`,
      statuses: editorsOnly(303),
    },
    { route: `${P}/:id/publish`, url: (f) => `/en/admin/questionnaires/${f.id}/publish`, statuses: editorsOnly(303) },
    { route: `${G}/:id/preview`, url: (f) => `/en/admin/questionnaires/${f.id}/preview`, statuses: editorsOnly(200) },
    { route: `${P}/:id/preview`, url: (f) => `/en/admin/questionnaires/${f.id}/preview`, statuses: editorsOnly(422) },
  ],
}
