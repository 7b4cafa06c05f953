import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRoleCast, type RoleName } from './modules/accounts/organisation-testing.js'
import { createPerson } from './modules/accounts/testing.js'
import { createPractice } from './modules/practices/testing.js'
import { createProgramme } from './modules/programmes/testing.js'
import { mailOutbox } from './platform/mail/index.js'
import type { RouteMatrixPart, RouteMatrixRow } from './platform/testing/route-matrix.js'
import { createTestApp, type TestApp } from './platform/testing/test-app.js'

/**
 * Every route of the app, requested as every kind of person, with the status each must get.
 * A route that is not listed here fails the first test: a new route cannot ship without
 * someone deciding who may reach it. Columns, in order:
 * visitor · unverified · member (of "home") · orgAdmin (of home) · otherMember (of another
 * organisation) · expert · editor · admin.
 */
type Who = 'visitor' | RoleName
const everyone: Who[] = ['visitor', 'unverified', 'member', 'orgAdmin', 'otherMember', 'expert', 'editor', 'admin']

interface Fixture {
  home: { slug: string }
  /** A member of home, whose public page is requested. */
  someone: string
  /** A person outside the cast whose roles the admin pages change. */
  target: string
  programme: string
  practice: string
  outboxId: string
}

interface Row {
  /** Method and route pattern as registered, with the locale written as :locale. */
  route: string
  /** The concrete URL to request (in English; every locale mounts the same routes). */
  url: (f: Fixture) => string
  statuses: [number, number, number, number, number, number, number, number]
}

const all = (status: number): Row['statuses'] => [status, status, status, status, status, status, status, status]
const G = 'GET '
const P = 'POST '

const rows: Row[] = [
  // The frame and public reading: the same for everyone.
  { route: `${G}/`, url: () => '/', statuses: all(302) },
  { route: `${G}/healthz`, url: () => '/healthz', statuses: all(200) },
  { route: `${G}/robots.txt`, url: () => '/robots.txt', statuses: all(200) },
  { route: `${G}/sitemap.xml`, url: () => '/sitemap.xml', statuses: all(200) },
  { route: `${G}/favicon.ico`, url: () => '/favicon.ico', statuses: all(301) },
  { route: `${G}/assets/*`, url: () => '/assets/none.000000000000.css', statuses: all(404) },
  { route: `${G}/api/openapi.json`, url: () => '/api/openapi.json', statuses: all(200) },
  { route: `${G}/api/programmes`, url: () => '/api/programmes', statuses: all(200) },
  { route: `${G}/api/programmes/:slug`, url: (f) => `/api/programmes/${f.programme}`, statuses: all(200) },
  { route: `${G}/:locale`, url: () => '/en', statuses: all(200) },
  { route: `${G}/:locale/accessibility`, url: () => '/en/accessibility', statuses: all(200) },
  { route: `${G}/:locale/privacy`, url: () => '/en/privacy', statuses: all(200) },
  { route: `${G}/:locale/open-data`, url: () => '/en/open-data', statuses: all(200) },
  { route: `${G}/:locale/contact`, url: () => '/en/contact', statuses: all(200) },
  { route: `${G}/:locale/api`, url: () => '/en/api', statuses: all(200) },
  { route: `${G}/:locale/search`, url: () => '/en/search?q=lisbon', statuses: all(200) },
  { route: `${G}/:locale/programmes`, url: () => '/en/programmes', statuses: all(200) },
  { route: `${G}/:locale/programmes/:slug`, url: (f) => `/en/programmes/${f.programme}`, statuses: all(200) },
  { route: `${G}/api/practices`, url: () => '/api/practices', statuses: all(200) },
  { route: `${G}/api/practices/:slug`, url: (f) => `/api/practices/${f.practice}`, statuses: all(200) },
  { route: `${G}/api/methods`, url: () => '/api/methods', statuses: all(200) },
  { route: `${G}/api/methods/:slug`, url: () => '/api/methods/no-such-method', statuses: all(404) },
  { route: `${G}/api/news`, url: () => '/api/news', statuses: all(200) },
  { route: `${G}/api/news/:slug`, url: () => '/api/news/no-such-news', statuses: all(404) },
  { route: `${G}/:locale/practices`, url: () => '/en/practices?q=test', statuses: all(200) },
  { route: `${G}/:locale/practices/feed.xml`, url: () => '/en/practices/feed.xml', statuses: all(200) },
  { route: `${G}/:locale/practices/:slug`, url: (f) => `/en/practices/${f.practice}`, statuses: all(200) },
  { route: `${G}/:locale/organisations`, url: () => '/en/organisations', statuses: all(200) },
  { route: `${G}/:locale/organisations/:slug`, url: (f) => `/en/organisations/${f.home.slug}`, statuses: all(200) },
  {
    route: `${G}/:locale/organisations/:slug/logo`,
    url: (f) => `/en/organisations/${f.home.slug}/logo`,
    statuses: all(404),
  },
  { route: `${G}/:locale/people/:id`, url: (f) => `/en/people/${f.someone}`, statuses: all(200) },
  { route: `${G}/:locale/people/:id/photo`, url: (f) => `/en/people/${f.someone}/photo`, statuses: all(404) },

  // Signing up and in: forms anyone may see; an empty form comes back with its errors (422).
  // Signed-in people asking for sign-up or sign-in are sent to their account.
  { route: `${G}/:locale/sign-up`, url: () => '/en/sign-up', statuses: [200, 303, 303, 303, 303, 303, 303, 303] },
  { route: `${P}/:locale/sign-up`, url: () => '/en/sign-up', statuses: all(422) },
  { route: `${G}/:locale/sign-up/check-email`, url: () => '/en/sign-up/check-email', statuses: all(200) },
  { route: `${G}/:locale/sign-in`, url: () => '/en/sign-in', statuses: [200, 303, 303, 303, 303, 303, 303, 303] },
  { route: `${P}/:locale/sign-in`, url: () => '/en/sign-in', statuses: all(422) },
  { route: `${P}/:locale/sign-in/link`, url: () => '/en/sign-in/link', statuses: all(422) },
  { route: `${G}/:locale/sign-in/link-sent`, url: () => '/en/sign-in/link-sent', statuses: all(200) },
  // A sign-in link only shows a button on GET (mail scanners prefetch links); the POST checks the token.
  { route: `${G}/:locale/sign-in/link`, url: () => '/en/sign-in/link?token=forged', statuses: all(200) },
  { route: `${P}/:locale/sign-in/link/confirm`, url: () => '/en/sign-in/link/confirm', statuses: all(400) },
  { route: `${G}/:locale/reset-password`, url: () => '/en/reset-password', statuses: all(200) },
  { route: `${P}/:locale/reset-password`, url: () => '/en/reset-password', statuses: all(422) },
  { route: `${G}/:locale/reset-password/sent`, url: () => '/en/reset-password/sent', statuses: all(200) },
  { route: `${G}/:locale/account/verify`, url: () => '/en/account/verify?token=forged', statuses: all(400) },
  { route: `${P}/:locale/account/verify`, url: () => '/en/account/verify', statuses: all(400) },
  { route: `${G}/:locale/account/verified`, url: () => '/en/account/verified', statuses: all(200) },
  // An unverified person gets a new link to their own address; others must name one.
  {
    route: `${P}/:locale/account/verify/resend`,
    url: () => '/en/account/verify/resend',
    statuses: [422, 303, 422, 422, 422, 422, 422, 422],
  },
  { route: `${G}/:locale/account/verify/sent`, url: () => '/en/account/verify/sent', statuses: all(200) },
  { route: `${G}/:locale/invitations/:token`, url: () => '/en/invitations/forged', statuses: all(404) },
  { route: `${P}/:locale/invitations/:token`, url: () => '/en/invitations/forged', statuses: all(404) },

  // One's own account: visitors are sent to sign in (303), everyone signed in reaches theirs.
  { route: `${G}/:locale/account`, url: () => '/en/account', statuses: [303, 200, 200, 200, 200, 200, 200, 200] },
  {
    route: `${P}/:locale/account/email`,
    url: () => '/en/account/email',
    statuses: [303, 422, 422, 422, 422, 422, 422, 422],
  },
  {
    route: `${P}/:locale/account/password`,
    url: () => '/en/account/password',
    statuses: [303, 422, 422, 422, 422, 422, 422, 422],
  },
  {
    route: `${G}/:locale/account/profile`,
    url: () => '/en/account/profile',
    statuses: [303, 200, 200, 200, 200, 200, 200, 200],
  },
  {
    route: `${P}/:locale/account/profile`,
    url: () => '/en/account/profile',
    statuses: [303, 422, 422, 422, 422, 422, 422, 422],
  },
  {
    route: `${G}/:locale/account/privacy`,
    url: () => '/en/account/privacy',
    statuses: [303, 200, 200, 200, 200, 200, 200, 200],
  },
  {
    route: `${P}/:locale/account/privacy/download`,
    url: () => '/en/account/privacy/download',
    statuses: [303, 200, 200, 200, 200, 200, 200, 200],
  },
  {
    route: `${G}/:locale/account/delete`,
    url: () => '/en/account/delete',
    statuses: [303, 200, 200, 200, 200, 200, 200, 200],
  },
  // The only admin cannot delete their account (409): someone must be left to grant roles.
  {
    route: `${P}/:locale/account/delete`,
    url: () => '/en/account/delete',
    statuses: [303, 422, 422, 422, 422, 422, 422, 409],
  },
  { route: `${G}/:locale/account/deleted`, url: () => '/en/account/deleted', statuses: all(200) },

  // Organisations: verified people propose; organisation admins and editors manage; editors verify and merge.
  {
    route: `${G}/:locale/organisations/new`,
    url: () => '/en/organisations/new',
    statuses: [303, 403, 200, 200, 200, 200, 200, 200],
  },
  {
    route: `${P}/:locale/organisations/new`,
    url: () => '/en/organisations/new',
    statuses: [303, 403, 422, 422, 422, 422, 422, 422],
  },
  {
    route: `${G}/:locale/organisations/:slug/edit`,
    url: (f) => `/en/organisations/${f.home.slug}/edit`,
    statuses: [303, 403, 403, 200, 403, 403, 200, 200],
  },
  {
    route: `${P}/:locale/organisations/:slug/edit`,
    url: (f) => `/en/organisations/${f.home.slug}/edit`,
    statuses: [303, 403, 403, 422, 403, 403, 422, 422],
  },
  {
    route: `${G}/:locale/organisations/:slug/manage`,
    url: (f) => `/en/organisations/${f.home.slug}/manage`,
    statuses: [303, 403, 403, 200, 403, 403, 200, 200],
  },
  {
    route: `${P}/:locale/organisations/:slug/invitations`,
    url: (f) => `/en/organisations/${f.home.slug}/invitations`,
    statuses: [303, 403, 403, 422, 403, 403, 422, 422],
  },
  // No pending request from that person: 404 to those who may decide requests.
  {
    route: `${P}/:locale/organisations/:slug/requests/:userId`,
    url: (f) => `/en/organisations/${f.home.slug}/requests/${f.someone}`,
    statuses: [303, 403, 403, 404, 403, 403, 404, 404],
  },
  {
    route: `${P}/:locale/organisations/:slug/verify`,
    url: (f) => `/en/organisations/${f.home.slug}/verify`,
    statuses: [303, 403, 403, 403, 403, 403, 303, 303],
  },
  {
    route: `${G}/:locale/organisations/:slug/merge`,
    url: (f) => `/en/organisations/${f.home.slug}/merge`,
    statuses: [303, 403, 403, 403, 403, 403, 200, 200],
  },
  {
    route: `${P}/:locale/organisations/:slug/merge`,
    url: (f) => `/en/organisations/${f.home.slug}/merge`,
    statuses: [303, 403, 403, 403, 403, 403, 422, 422],
  },
  {
    route: `${P}/:locale/organisations/:slug/join`,
    url: (f) => `/en/organisations/${f.home.slug}/join`,
    statuses: [303, 403, 303, 303, 303, 303, 303, 303],
  },
  {
    route: `${G}/:locale/organisations/:slug/leave`,
    url: (f) => `/en/organisations/${f.home.slug}/leave`,
    statuses: [303, 303, 200, 200, 303, 303, 303, 303],
  },

  // Administration: editors keep the expert pool; admins keep people, roles, the outbox and the audit log.
  {
    route: `${G}/:locale/admin/experts`,
    url: () => '/en/admin/experts',
    statuses: [303, 403, 403, 403, 403, 403, 200, 200],
  },
  {
    route: `${P}/:locale/admin/experts`,
    url: () => '/en/admin/experts',
    statuses: [303, 403, 403, 403, 403, 403, 422, 422],
  },
  {
    route: `${G}/:locale/admin/people`,
    url: () => '/en/admin/people',
    statuses: [303, 403, 403, 403, 403, 403, 403, 200],
  },
  {
    route: `${G}/:locale/admin/people/:id`,
    url: (f) => `/en/admin/people/${f.target}`,
    statuses: [303, 403, 403, 403, 403, 403, 403, 200],
  },
  {
    route: `${G}/:locale/admin/people/:id/roles/:role/:change`,
    url: (f) => `/en/admin/people/${f.target}/roles/editor/grant`,
    statuses: [303, 403, 403, 403, 403, 403, 403, 200],
  },
  {
    route: `${P}/:locale/admin/people/:id/roles/:role/:change`,
    url: (f) => `/en/admin/people/${f.target}/roles/editor/grant`,
    statuses: [303, 403, 403, 403, 403, 403, 403, 303],
  },
  {
    route: `${G}/:locale/admin/outbox`,
    url: () => '/en/admin/outbox',
    statuses: [303, 403, 403, 403, 403, 403, 403, 200],
  },
  {
    route: `${P}/:locale/admin/outbox/test`,
    url: () => '/en/admin/outbox/test',
    statuses: [303, 403, 403, 403, 403, 403, 403, 422],
  },
  {
    route: `${G}/:locale/admin/outbox/:id`,
    url: (f) => `/en/admin/outbox/${f.outboxId}`,
    statuses: [303, 403, 403, 403, 403, 403, 403, 200],
  },
  {
    route: `${P}/:locale/admin/outbox/:id/retry`,
    url: (f) => `/en/admin/outbox/${f.outboxId}/retry`,
    statuses: [303, 403, 403, 403, 403, 403, 403, 303],
  },
  {
    route: `${G}/:locale/admin/audit`,
    url: () => '/en/admin/audit',
    statuses: [303, 403, 403, 403, 403, 403, 403, 200],
  },

  // Last, because they end memberships and sessions.
  {
    route: `${P}/:locale/organisations/:slug/leave`,
    url: (f) => `/en/organisations/${f.home.slug}/leave`,
    statuses: [303, 303, 303, 303, 303, 303, 303, 303],
  },
  { route: `${G}/:locale/sign-out`, url: () => '/en/sign-out', statuses: all(200) },
  {
    route: `${P}/:locale/account/sign-out-everywhere`,
    url: () => '/en/account/sign-out-everywhere',
    statuses: [303, 303, 303, 303, 303, 303, 303, 303],
  },
  { route: `${P}/:locale/sign-out`, url: () => '/en/sign-out', statuses: all(303) },
]

// Each module's rows beside its routes (see platform/testing/route-matrix.ts); Vitest resolves the glob.
const partModules = import.meta.glob<{ routeMatrixPart: RouteMatrixPart }>('./modules/**/route-matrix.part.ts', {
  eager: true,
})
const parts = Object.values(partModules).map((module) => module.routeMatrixPart)

let t: TestApp
let cast: Awaited<ReturnType<typeof createRoleCast>>
let fixture: Fixture
/** Every row to request, with the fixture it reads, in order: the main list's last rows end it. */
let allRows: { row: RouteMatrixRow<unknown>; fixture: unknown }[] = []

beforeAll(async () => {
  t = await createTestApp()
  cast = await createRoleCast(t.db, t.config)
  const target = await createPerson(t.db, t.config, { name: 'Tom Target' })
  const programme = await createProgramme(t.db)
  const practice = await createPractice(t.db, { contactName: 'Ana Contact', contactEmail: 'ana@example.org' })
  const [mail] = await t.db.select({ id: mailOutbox.id }).from(mailOutbox).limit(1)
  fixture = {
    home: cast.home,
    someone: cast.people.member.id,
    target: target.id,
    programme: programme.slug,
    practice: practice.slug,
    outboxId: mail!.id,
  }
  const partRows: typeof allRows = []
  const partLastRows: typeof allRows = []
  for (const part of parts) {
    const partFixture = await part.setup(t, cast)
    for (const row of part.rows) (part.last ? partLastRows : partRows).push({ row, fixture: partFixture })
  }
  const mainRows = rows.map((row) => ({ row: row as RouteMatrixRow<unknown>, fixture: fixture as unknown }))
  // The main list ends with the rows that sign people out: parts' rows go before them.
  const firstEnding = mainRows.findIndex(({ row }) => row.route === `${P}/:locale/organisations/:slug/leave`)
  allRows = [...mainRows.slice(0, firstEnding), ...partRows, ...partLastRows, ...mainRows.slice(firstEnding)]
})
afterAll(() => t?.close())

function registeredRoutes(): string[] {
  const seen = new Set<string>()
  for (const route of t.app.routes) {
    if (route.method === 'ALL') continue
    const path = route.path.replace(/^\/(en|fr|de)(?=\/|$)/, '/:locale')
    seen.add(`${route.method} ${path}`)
  }
  return [...seen].sort()
}

describe('the route matrix', () => {
  it('lists every route of the app', () => {
    const listed = new Set(allRows.map(({ row }) => row.route))
    expect(registeredRoutes().filter((route) => !listed.has(route))).toEqual([])
    expect([...listed].filter((route) => !registeredRoutes().includes(route))).toEqual([])
  })

  it('gives every kind of person the status they must get', async () => {
    const observed: string[] = []
    for (const { row, fixture } of allRows) {
      const [method] = row.route.split(' ')
      const statuses: number[] = []
      for (const who of everyone) {
        const response = await t.app.request(row.url(fixture), {
          method,
          headers: {
            origin: 'http://localhost',
            ...(method === 'POST' ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
            ...(who === 'visitor' ? {} : { cookie: cast.cookies[who] }),
          },
          ...(method === 'POST' ? { body: '' } : {}),
        })
        statuses.push(response.status)
      }
      if (statuses.join() !== row.statuses.join()) observed.push(`${row.route}: [${statuses.join(', ')}]`)
    }
    expect(observed).toEqual([])
    // Hundreds of requests, one after another, and more with each module: more than the default 30 s
    // on a loaded machine.
  }, 120_000)
})
