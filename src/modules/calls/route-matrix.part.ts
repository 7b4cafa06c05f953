import type { RouteMatrixPart, Statuses } from '../../platform/testing/route-matrix.js'
import { sameForEveryone } from '../../platform/testing/route-matrix.js'
import { parseAnswers } from '../questionnaires/index.js'
import { questionnaireTranslator } from '../questionnaires/testing.js'
import { loadAnswers, saveApplication, startApplication, submitApplication } from './applications.js'
import { createTestCall } from './testing.js'

const G = 'GET '
const P = 'POST '
//                       visitor unverified member orgAdmin otherMember expert editor admin
const editorsOnly: Statuses = [403, 403, 403, 403, 403, 403, 200, 200]
const forEditors = (status: number): Statuses => [403, 403, 403, 403, 403, 403, status, status]
const NO_REVIEW = '00000000-0000-4000-8000-000000000000'
const signedIn = (status: number): Statuses => [303, status, status, status, status, status, status, status]

/**
 * Calls are public; editors build them; an application is read by its applicant (the member) and
 * editors only, 404 for anyone else so its existence is not told.
 */
export const routeMatrixPart: RouteMatrixPart<{ slug: string; submitted: string; draft: string }> = {
  async setup(t, cast) {
    const now = new Date()
    const call = await createTestCall(t.db, now)
    const actor = cast.actors.member
    const tr = questionnaireTranslator()
    const start = async () => {
      const started = await startApplication(t.db, t.config, actor, call, cast.home.id, now)
      if (!started.ok) throw new Error(`Could not apply: ${started.reason}`)
      return started.application
    }
    const submitted = await start()
    const loaded = (await loadAnswers(t.db, submitted))!
    const parsed = await parseAnswers(loaded.version, new URLSearchParams({ qtitle: 'Matrix practice' }), {
      t: tr,
      locale: 'en',
      mode: 'draft',
    })
    await saveApplication(
      t.db,
      t.config,
      actor,
      { call, application: submitted, version: loaded.version, revision: 1, parsed },
      now,
    )
    await submitApplication(t.db, t.config, actor, { applicationId: submitted.id, t: tr }, now)
    // A second application of the member, for another organisation of theirs would be refused: a draft of
    // another call stands for the one the withdraw row withdraws.
    const other = await createTestCall(t.db, now)
    const draft = await startApplication(t.db, t.config, actor, other, cast.home.id, now)
    if (!draft.ok) throw new Error('Could not start the draft')
    return { slug: call.slug, submitted: submitted.id, draft: draft.application.id }
  },
  rows: [
    { route: `${G}/api/calls`, url: () => '/api/calls?kind=good-practices', statuses: sameForEveryone(200) },
    { route: `${G}/:locale/calls`, url: () => '/en/calls?state=open', statuses: sameForEveryone(200) },
    { route: `${G}/:locale/calls/feed.xml`, url: () => '/en/calls/feed.xml', statuses: sameForEveryone(200) },
    { route: `${G}/:locale/calls/new`, url: () => '/en/calls/new', statuses: editorsOnly },
    { route: `${P}/:locale/calls/new`, url: () => '/en/calls/new', statuses: [403, 403, 403, 403, 403, 403, 422, 422] },
    { route: `${G}/:locale/calls/mine`, url: () => '/en/calls/mine', statuses: signedIn(200) },
    { route: `${G}/:locale/calls/:slug`, url: (f) => `/en/calls/${f.slug}`, statuses: sameForEveryone(200) },
    {
      route: `${G}/:locale/calls/:slug/deadline.ics`,
      url: (f) => `/en/calls/${f.slug}/deadline.ics`,
      statuses: sameForEveryone(200),
    },
    { route: `${G}/:locale/calls/:slug/edit`, url: (f) => `/en/calls/${f.slug}/edit`, statuses: editorsOnly },
    {
      route: `${P}/:locale/calls/:slug/edit`,
      url: (f) => `/en/calls/${f.slug}/edit`,
      statuses: [403, 403, 403, 403, 403, 403, 422, 422],
    },
    { route: `${P}/:locale/calls/:slug/apply`, url: (f) => `/en/calls/${f.slug}/apply`, statuses: signedIn(409) },
    {
      route: `${G}/:locale/calls/applications/:id`,
      url: (f) => `/en/calls/applications/${f.submitted}`,
      statuses: [303, 404, 200, 404, 404, 404, 200, 200],
    },
    {
      route: `${P}/:locale/calls/applications/:id`,
      url: (f) => `/en/calls/applications/${f.submitted}`,
      statuses: [303, 404, 303, 404, 404, 404, 303, 303],
    },
    {
      route: `${G}/:locale/calls/applications/:id/check`,
      url: (f) => `/en/calls/applications/${f.submitted}/check`,
      statuses: [303, 404, 303, 404, 404, 404, 303, 303],
    },
    {
      route: `${P}/:locale/calls/applications/:id/submit`,
      url: (f) => `/en/calls/applications/${f.submitted}/submit`,
      statuses: [303, 404, 303, 404, 404, 404, 303, 303],
    },
    {
      // The fixture's call does not allow editing after submitting: its applicant is refused (409),
      // everyone else does not find the application.
      route: `${P}/:locale/calls/applications/:id/reopen`,
      url: (f) => `/en/calls/applications/${f.submitted}/reopen`,
      statuses: [303, 404, 409, 404, 404, 404, 404, 404],
    },
    {
      route: `${P}/:locale/calls/applications/:id/withdraw`,
      url: (f) => `/en/calls/applications/${f.draft}/withdraw`,
      statuses: [303, 404, 303, 404, 404, 404, 409, 409],
    },
    {
      route: `${G}/:locale/calls/applications/:id/files/:questionId`,
      url: (f) => `/en/calls/applications/${f.submitted}/files/qtitle`,
      statuses: sameForEveryone(404),
    },
    {
      route: `${G}/:locale/calls/reviews`,
      url: () => '/en/calls/reviews',
      statuses: [303, 404, 404, 404, 404, 200, 404, 404],
    },
    {
      route: `${G}/:locale/calls/reviews/:id`,
      url: () => `/en/calls/reviews/${NO_REVIEW}`,
      statuses: sameForEveryone(404),
    },
    {
      route: `${P}/:locale/calls/reviews/:id`,
      url: () => `/en/calls/reviews/${NO_REVIEW}`,
      statuses: sameForEveryone(404),
    },
    {
      route: `${P}/:locale/calls/reviews/:id/conflict`,
      url: () => `/en/calls/reviews/${NO_REVIEW}/conflict`,
      statuses: [404, 404, 404, 404, 404, 303, 404, 404],
    },
    {
      route: `${G}/:locale/calls/:slug/applications`,
      url: (f) => `/en/calls/${f.slug}/applications`,
      statuses: forEditors(200),
    },
    {
      route: `${G}/:locale/calls/:slug/applications.csv`,
      url: (f) => `/en/calls/${f.slug}/applications.csv`,
      statuses: forEditors(200),
    },
    {
      route: `${G}/:locale/calls/:slug/applications.xlsx`,
      url: (f) => `/en/calls/${f.slug}/applications.xlsx`,
      statuses: forEditors(200),
    },
    {
      route: `${G}/:locale/calls/:slug/applications/scores.csv`,
      url: (f) => `/en/calls/${f.slug}/applications/scores.csv`,
      statuses: forEditors(200),
    },
    {
      route: `${P}/:locale/calls/:slug/applications/panel`,
      url: (f) => `/en/calls/${f.slug}/applications/panel`,
      statuses: forEditors(303),
    },
    {
      route: `${P}/:locale/calls/:slug/applications/actions`,
      url: (f) => `/en/calls/${f.slug}/applications/actions`,
      statuses: forEditors(303),
    },
    {
      route: `${G}/:locale/calls/:slug/applications/:id`,
      url: (f) => `/en/calls/${f.slug}/applications/${f.submitted}`,
      statuses: forEditors(200),
    },
    {
      route: `${P}/:locale/calls/:slug/applications/:id/assign`,
      url: (f) => `/en/calls/${f.slug}/applications/${f.submitted}/assign`,
      statuses: forEditors(409),
    },
    {
      route: `${P}/:locale/calls/:slug/applications/:id/unassign`,
      url: (f) => `/en/calls/${f.slug}/applications/${f.submitted}/unassign`,
      statuses: forEditors(303),
    },
    {
      route: `${P}/:locale/calls/:slug/applications/:id/forward`,
      url: (f) => `/en/calls/${f.slug}/applications/${f.submitted}/forward`,
      statuses: forEditors(303),
    },
    {
      route: `${P}/:locale/calls/:slug/applications/:id/decide`,
      url: (f) => `/en/calls/${f.slug}/applications/${f.submitted}/decide`,
      statuses: forEditors(409),
    },
  ],
}
