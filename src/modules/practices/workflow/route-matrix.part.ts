import { translatorFor } from '../../../platform/i18n/catalogue.js'
import type { RouteMatrixPart, Statuses } from '../../../platform/testing/route-matrix.js'
import { PracticeFields } from '../practice-fields.js'
import { createDraftPractice } from './write-practice.js'

const G = 'GET '
const P = 'POST '
// Columns: visitor · unverified · member (of home) · orgAdmin (of home) · otherMember · expert · editor · admin.
const verifiedPeople = (status: number): Statuses => [303, 403, status, status, status, status, status, status]
// A draft of home: its members and the editors; a 404 for everyone else, so its existence stays private.
const draftWriters = (status: number): Statuses => [303, 404, status, status, 404, 404, status, status]
const draftReviewers = (status: number): Statuses => [303, 404, 403, 403, 404, 404, status, status]

/** Writing and reviewing practices, around a draft of the member's organisation (empty POST bodies). */
export const routeMatrixPart: RouteMatrixPart<{ draft: string }> = {
  async setup(t, cast) {
    const fields = PracticeFields(translatorFor('en')).parse({
      title: 'Route matrix draft',
      language: 'en',
      city: 'Lisbon',
      country: 'PT',
      summary: 'A draft for the route matrix.',
      themes: [],
      transformations: [],
    })
    const env = { now: new Date(), baseUrl: t.config.http.baseUrl, t: translatorFor('en') }
    const draft = await createDraftPractice(t.db, cast.actors.member, cast.home.id, fields, env)
    return { draft: draft.slug }
  },
  rows: [
    { route: `${G}/:locale/practices/new`, url: () => '/en/practices/new', statuses: verifiedPeople(200) },
    { route: `${P}/:locale/practices/new`, url: () => '/en/practices/new', statuses: verifiedPeople(422) },
    { route: `${G}/:locale/practices/mine`, url: () => '/en/practices/mine', statuses: verifiedPeople(200) },
    {
      route: `${G}/:locale/practices/:slug/edit`,
      url: (f) => `/en/practices/${f.draft}/edit`,
      statuses: draftWriters(200),
    },
    {
      route: `${P}/:locale/practices/:slug/edit`,
      url: (f) => `/en/practices/${f.draft}/edit`,
      statuses: draftWriters(422),
    },
    {
      route: `${G}/:locale/practices/:slug/translation`,
      url: (f) => `/en/practices/${f.draft}/translation?language=fr`,
      statuses: draftWriters(200),
    },
    {
      route: `${P}/:locale/practices/:slug/translation`,
      url: (f) => `/en/practices/${f.draft}/translation`,
      statuses: draftWriters(422),
    },
    // No translation named: nothing to remove, for those who may translate too.
    {
      route: `${P}/:locale/practices/:slug/translation/remove`,
      url: (f) => `/en/practices/${f.draft}/translation/remove`,
      statuses: draftWriters(404),
    },
    {
      route: `${G}/:locale/practices/review`,
      url: () => '/en/practices/review',
      statuses: [303, 403, 403, 403, 403, 403, 200, 200],
    },
    {
      route: `${G}/:locale/practices/:slug/review`,
      url: (f) => `/en/practices/${f.draft}/review`,
      statuses: draftReviewers(200),
    },
    {
      route: `${P}/:locale/practices/:slug/review`,
      url: (f) => `/en/practices/${f.draft}/review`,
      statuses: draftReviewers(422),
    },
    {
      route: `${G}/:locale/practices/:slug/history`,
      url: (f) => `/en/practices/${f.draft}/history`,
      statuses: draftReviewers(200),
    },
    {
      route: `${G}/:locale/practices/:slug/compare`,
      url: (f) => `/en/practices/${f.draft}/compare?from=1&to=1`,
      statuses: draftReviewers(200),
    },
  ],
}
