import type { RouteMatrixPart } from '../../platform/testing/route-matrix.js'
import { sameForEveryone } from '../../platform/testing/route-matrix.js'
import { createSeries } from './commands.js'
import { createTestActivity } from './testing.js'

const G = 'GET '
const P = 'POST '

/**
 * Public reading for everyone; registering needs a verified person (visitors go to sign in, an
 * unverified person is refused on the page); cancelling needs a registration of one's own.
 */
export const routeMatrixPart: RouteMatrixPart<{ slug: string; series: string; hosted: string }> = {
  async setup(t, cast) {
    const series = `test-series-${Date.now().toString(36)}`
    const seriesId = await createSeries(t.db, { slug: series, title: 'Test series' })
    const activity = await createTestActivity(t.db, { seriesId, episodeNumber: 1 }, new Date())
    // Hosted by the member's organisation: its admin (orgAdmin) organises it, with the editors.
    const hosted = await createTestActivity(t.db, { hostOrganisationId: cast.home.id }, new Date())
    return { slug: activity.slug, series, hosted: hosted.slug }
  },
  rows: [
    { route: `${G}/:locale/activities`, url: () => '/en/activities?kind=webinar', statuses: sameForEveryone(200) },
    // Organisers: editors, and admins of an organisation (of the host, for an existing activity).
    {
      route: `${G}/:locale/activities/new`,
      url: () => '/en/activities/new',
      statuses: [303, 403, 403, 200, 200, 403, 200, 200],
    },
    {
      route: `${P}/:locale/activities/new`,
      url: () => '/en/activities/new',
      statuses: [303, 403, 403, 422, 422, 403, 422, 422],
    },
    {
      route: `${G}/:locale/activities/:slug/edit`,
      url: (f) => `/en/activities/${f.hosted}/edit`,
      statuses: [303, 403, 403, 200, 403, 403, 200, 200],
    },
    {
      route: `${P}/:locale/activities/:slug/edit`,
      url: (f) => `/en/activities/${f.hosted}/edit`,
      statuses: [303, 403, 403, 422, 403, 403, 422, 422],
    },
    {
      // Publishing a published activity changes nothing; drafts are 404 to all but organisers (drafts.test.ts).
      route: `${P}/:locale/activities/:slug/publish`,
      url: (f) => `/en/activities/${f.hosted}/publish`,
      statuses: [303, 403, 403, 303, 403, 403, 303, 303],
    },
    {
      route: `${G}/:locale/activities/:slug/application`,
      url: (f) => `/en/activities/${f.hosted}/application`,
      statuses: [303, 403, 403, 403, 403, 403, 200, 200],
    },
    {
      route: `${P}/:locale/activities/:slug/application`,
      url: (f) => `/en/activities/${f.hosted}/application`,
      statuses: [303, 403, 403, 403, 403, 403, 422, 422],
    },
    // Selection, travel and learning needs exist only for an activity taking applications: the
    // hosted one takes registrations, so they are not found for anyone (who may reach them on an
    // application activity: application-routes.test.tsx).
    {
      route: `${G}/:locale/activities/:slug/learning-needs`,
      url: (f) => `/en/activities/${f.hosted}/learning-needs`,
      statuses: [404, 404, 404, 404, 404, 404, 404, 404],
    },
    {
      route: `${G}/:locale/activities/:slug/selection`,
      url: (f) => `/en/activities/${f.hosted}/selection`,
      statuses: [404, 404, 404, 404, 404, 404, 404, 404],
    },
    {
      route: `${P}/:locale/activities/:slug/selection`,
      url: (f) => `/en/activities/${f.hosted}/selection`,
      statuses: [404, 404, 404, 404, 404, 404, 404, 404],
    },
    {
      route: `${P}/:locale/activities/:slug/selection/release`,
      url: (f) => `/en/activities/${f.hosted}/selection/release`,
      statuses: [404, 404, 404, 404, 404, 404, 404, 404],
    },
    {
      route: `${P}/:locale/activities/:slug/selection/remove`,
      url: (f) => `/en/activities/${f.hosted}/selection/remove`,
      statuses: [404, 404, 404, 404, 404, 404, 404, 404],
    },
    {
      route: `${G}/:locale/activities/:slug/travel`,
      url: (f) => `/en/activities/${f.hosted}/travel`,
      statuses: [404, 404, 404, 404, 404, 404, 404, 404],
    },
    {
      route: `${P}/:locale/activities/:slug/travel`,
      url: (f) => `/en/activities/${f.hosted}/travel`,
      statuses: [404, 404, 404, 404, 404, 404, 404, 404],
    },
    {
      route: `${G}/:locale/activities/:slug/participants`,
      url: (f) => `/en/activities/${f.hosted}/participants`,
      statuses: [303, 403, 403, 200, 403, 403, 200, 200],
    },
    {
      route: `${G}/:locale/activities/:slug/participants.csv`,
      url: (f) => `/en/activities/${f.hosted}/participants.csv`,
      statuses: [303, 403, 403, 200, 403, 403, 200, 200],
    },
    {
      // Before the activity starts, attendance is refused on the page (409).
      route: `${P}/:locale/activities/:slug/participants/attendance`,
      url: (f) => `/en/activities/${f.hosted}/participants/attendance`,
      statuses: [303, 403, 403, 409, 403, 403, 409, 409],
    },
    {
      route: `${P}/:locale/activities/:slug/participants/:id/cancel`,
      url: (f) => `/en/activities/${f.hosted}/participants/00000000-0000-4000-8000-000000000000/cancel`,
      statuses: [303, 403, 403, 404, 403, 403, 404, 404],
    },
    {
      // Only for those marked as attended (nobody here): "not found" for everyone signed in.
      route: `${G}/:locale/activities/:slug/certificate`,
      url: (f) => `/en/activities/${f.hosted}/certificate`,
      statuses: [303, 404, 404, 404, 404, 404, 404, 404],
    },
    {
      route: `${G}/:locale/activities/:slug/certificate.pdf`,
      url: (f) => `/en/activities/${f.hosted}/certificate.pdf`,
      statuses: [303, 404, 404, 404, 404, 404, 404, 404],
    },
    {
      // Participants of an activity that has ended (nobody here, it is still to come).
      route: `${G}/:locale/activities/:slug/follow-up`,
      url: (f) => `/en/activities/${f.hosted}/follow-up`,
      statuses: [303, 404, 404, 404, 404, 404, 404, 404],
    },
    {
      route: `${P}/:locale/activities/:slug/follow-up`,
      url: (f) => `/en/activities/${f.hosted}/follow-up`,
      statuses: [303, 404, 404, 404, 404, 404, 404, 404],
    },
    {
      // Organisers: the host's admins and the editors.
      route: `${G}/:locale/activities/:slug/follow-up/answers`,
      url: (f) => `/en/activities/${f.hosted}/follow-up/answers`,
      statuses: [303, 403, 403, 200, 403, 403, 200, 200],
    },
    {
      route: `${P}/:locale/activities/:slug/follow-up/set-up`,
      url: (f) => `/en/activities/${f.hosted}/follow-up/set-up`,
      statuses: [303, 403, 403, 303, 403, 403, 303, 303],
    },
    {
      // Confirmed participants only (nobody here is registered).
      route: `${P}/:locale/activities/:slug/fellows`,
      url: (f) => `/en/activities/${f.hosted}/fellows`,
      statuses: [303, 404, 404, 404, 404, 404, 404, 404],
    },
    {
      // Admins of an organisation (any activity): the member's and the other organisation's admins.
      route: `${G}/:locale/activities/:slug/delegation`,
      url: (f) => `/en/activities/${f.hosted}/delegation`,
      statuses: [303, 403, 403, 200, 200, 403, 403, 403],
    },
    {
      route: `${P}/:locale/activities/:slug/delegation`,
      url: (f) => `/en/activities/${f.hosted}/delegation`,
      statuses: [303, 403, 403, 422, 422, 403, 403, 403],
    },
    {
      route: `${G}/:locale/activities/calendar.ics`,
      url: () => '/en/activities/calendar.ics',
      statuses: sameForEveryone(200),
    },
    {
      route: `${G}/:locale/activities/calendar`,
      url: () => '/en/activities/calendar?month=2026-06',
      statuses: sameForEveryone(200),
    },
    {
      route: `${G}/:locale/activities/registrations/:id/cancel`,
      url: () => '/en/activities/registrations/00000000-0000-4000-8000-000000000000/cancel?token=x',
      statuses: sameForEveryone(404),
    },
    {
      route: `${P}/:locale/activities/registrations/:id/cancel`,
      url: () => '/en/activities/registrations/00000000-0000-4000-8000-000000000000/cancel?token=x',
      statuses: sameForEveryone(404),
    },
    {
      route: `${G}/:locale/activities/series/:slug`,
      url: (f) => `/en/activities/series/${f.series}`,
      statuses: sameForEveryone(200),
    },
    {
      route: `${G}/:locale/activities/series/:slug/calendar.ics`,
      url: (f) => `/en/activities/series/${f.series}/calendar.ics`,
      statuses: sameForEveryone(200),
    },
    {
      route: `${G}/:locale/activities/series/:slug/feed.xml`,
      url: (f) => `/en/activities/series/${f.series}/feed.xml`,
      statuses: sameForEveryone(200),
    },
    { route: `${G}/:locale/activities/:slug`, url: (f) => `/en/activities/${f.slug}`, statuses: sameForEveryone(200) },
    {
      route: `${G}/:locale/activities/:slug/calendar.ics`,
      url: (f) => `/en/activities/${f.slug}/calendar.ics`,
      statuses: sameForEveryone(200),
    },
    {
      route: `${P}/:locale/activities/:slug/register`,
      url: (f) => `/en/activities/${f.slug}/register`,
      statuses: [303, 409, 303, 303, 303, 303, 303, 303],
    },
    {
      route: `${P}/:locale/activities/:slug/cancel`,
      url: (f) => `/en/activities/${f.slug}/cancel`,
      statuses: [303, 404, 303, 303, 303, 303, 303, 303],
    },
  ],
}
