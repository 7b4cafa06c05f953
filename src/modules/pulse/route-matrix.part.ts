import type { RouteMatrixPart, Statuses } from '../../platform/testing/route-matrix.js'
import { sameForEveryone } from '../../platform/testing/route-matrix.js'
import { publishSurvey } from './commands.js'
import { createTestSurvey, TEST_EDITOR } from './testing.js'

const G = 'GET '
const P = 'POST '
/** Editors' pages: visitors sign in first; signed-in people other than editors and admins are refused. */
const editorsOnly = (status: number): Statuses => [303, 403, 403, 403, 403, 403, status, status]
/** Answering for "home": its member and admin only; a visitor signs in first; others find no such page. */
const homeMembers = (status: number): Statuses => [303, 404, status, status, 404, 404, 404, 404]

/**
 * Published results, the compare page and open data for everyone; answering for the members of an
 * organisation asked; the dashboard and its actions for editors. An empty post is refused (422)
 * where a note or answers are required.
 */
export const routeMatrixPart: RouteMatrixPart<{
  open: string
  published: string
  acted: string
  year: number
  home: string
  homeSlug: string
}> = {
  async setup(t, cast) {
    const now = new Date()
    const { survey: open } = await createTestSurvey(t.db, {}, now)
    const { survey: published } = await createTestSurvey(t.db, {}, now)
    await publishSurvey(t.db, TEST_EDITOR, published, now)
    const { survey: acted } = await createTestSurvey(t.db, {}, now)
    return {
      open: open.slug,
      published: published.slug,
      acted: acted.slug,
      year: published.year,
      home: cast.home.id,
      homeSlug: cast.home.slug,
    }
  },
  rows: [
    { route: `${G}/:locale/pulse`, url: () => '/en/pulse', statuses: sameForEveryone(200) },
    {
      route: `${G}/:locale/pulse/compare`,
      url: (f) => `/en/pulse/compare?survey=${f.published}&question=qbudget01`,
      statuses: sameForEveryone(200),
    },
    {
      route: `${G}/:locale/pulse/monitor/:year`,
      url: (f) => `/en/pulse/monitor/${f.year}`,
      statuses: sameForEveryone(200),
    },
    { route: `${G}/:locale/pulse/:slug`, url: (f) => `/en/pulse/${f.open}`, statuses: sameForEveryone(200) },
    {
      route: `${G}/:locale/pulse/:slug/questions/:id`,
      url: (f) => `/en/pulse/${f.published}/questions/qbudget01`,
      statuses: sameForEveryone(200),
    },
    {
      route: `${G}/:locale/pulse/:slug/data.csv`,
      url: (f) => `/en/pulse/${f.published}/data.csv`,
      statuses: sameForEveryone(200),
    },
    {
      route: `${G}/:locale/pulse/:slug/data.json`,
      url: (f) => `/en/pulse/${f.published}/data.json`,
      statuses: sameForEveryone(200),
    },
    {
      route: `${G}/:locale/pulse/:slug/dictionary.csv`,
      url: (f) => `/en/pulse/${f.published}/dictionary.csv`,
      statuses: sameForEveryone(200),
    },
    { route: `${G}/api/pulse/surveys`, url: () => '/api/pulse/surveys', statuses: sameForEveryone(200) },
    {
      route: `${G}/api/pulse/surveys/:slug`,
      url: (f) => `/api/pulse/surveys/${f.published}`,
      statuses: sameForEveryone(200),
    },
    {
      route: `${G}/:locale/pulse/:slug/answer/:organisation`,
      url: (f) => `/en/pulse/${f.open}/answer/${f.homeSlug}`,
      statuses: homeMembers(200),
    },
    {
      route: `${P}/:locale/pulse/:slug/answer/:organisation`,
      url: (f) => `/en/pulse/${f.open}/answer/${f.homeSlug}`,
      statuses: homeMembers(422),
    },
    { route: `${G}/:locale/pulse/admin`, url: () => '/en/pulse/admin', statuses: editorsOnly(200) },
    { route: `${P}/:locale/pulse/admin`, url: () => '/en/pulse/admin', statuses: editorsOnly(422) },
    { route: `${G}/:locale/pulse/admin/:slug`, url: (f) => `/en/pulse/admin/${f.open}`, statuses: editorsOnly(200) },
    {
      route: `${G}/:locale/pulse/admin/:slug/settings`,
      url: (f) => `/en/pulse/admin/${f.open}/settings`,
      statuses: editorsOnly(200),
    },
    {
      route: `${P}/:locale/pulse/admin/:slug/settings`,
      url: (f) => `/en/pulse/admin/${f.open}/settings`,
      statuses: editorsOnly(422),
    },
    {
      route: `${P}/:locale/pulse/admin/:slug/remind`,
      url: (f) => `/en/pulse/admin/${f.acted}/remind`,
      statuses: editorsOnly(303),
    },
    {
      route: `${P}/:locale/pulse/admin/:slug/reopen/:organisation`,
      url: (f) => `/en/pulse/admin/${f.acted}/reopen/${f.home}`,
      statuses: editorsOnly(422),
    },
    {
      route: `${P}/:locale/pulse/admin/:slug/exclude/:organisation/:question`,
      url: (f) => `/en/pulse/admin/${f.acted}/exclude/${f.home}/qbudget01`,
      statuses: editorsOnly(422),
    },
    {
      route: `${P}/:locale/pulse/admin/:slug/include/:organisation/:question`,
      url: (f) => `/en/pulse/admin/${f.acted}/include/${f.home}/qbudget01`,
      statuses: editorsOnly(303),
    },
    {
      route: `${P}/:locale/pulse/admin/:slug/monitor`,
      url: (f) => `/en/pulse/admin/${f.acted}/monitor`,
      statuses: editorsOnly(303),
    },
    {
      route: `${P}/:locale/pulse/admin/:slug/close`,
      url: (f) => `/en/pulse/admin/${f.acted}/close`,
      statuses: editorsOnly(303),
    },
    {
      route: `${P}/:locale/pulse/admin/:slug/publish`,
      url: (f) => `/en/pulse/admin/${f.acted}/publish`,
      statuses: editorsOnly(303),
    },
  ],
}
