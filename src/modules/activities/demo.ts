import { eq, inArray } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import type { Actor } from '../../platform/http/actor.js'
import { formatDate } from '../../platform/i18n/format.js'
import type { DemoPart } from '../../platform/module.js'
import { dayIn, zonedTimeToUtc } from '../../platform/time/zoned-time.js'
import { EU_MEMBER_STATES, SOUTH_CAUCASUS } from '../accounts/index.js'
import { organisations } from '../accounts/tables.js'
import { createCall, PARTICIPANTS_FORM } from '../calls/index.js'
import { practices } from '../practices/tables.js'
import { publishQuestionnaire } from '../questionnaires/index.js'
import { createActivity, createSeries } from './commands.js'

const BRUSSELS = 'Europe/Brussels'

/** A wall-clock time `days` after today in a zone. */
function at(today: Date, days: number, time: string, timeZone: string): Date {
  const day = dayIn(new Date(today.getTime() + days * 24 * 3600_000), timeZone)
  return zonedTimeToUtc(`${day}T${time}`, timeZone)!
}

// Every fact comes from the seeds (seeds/000 and 001): the Krakow visit and its call for
// participants with a deadline, the Sharing stories webinars (three to watch again, a fourth to
// join) and the project clinic on reusing old premises for culture. The seeds give no replay
// addresses, so past episodes say a recording is available on request; no URL is invented.
export const activitiesDemo: DemoPart = {
  name: 'activities',
  async seed(db: Db, { today }) {
    const [krakow] = await db
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.slug, 'city-of-krakow'))
    const linked = await db
      .select({ id: practices.id, slug: practices.slug })
      .from(practices)
      .where(inArray(practices.slug, ['pocket-parks', 'kaapeli']))
    const practiceId = (slug: string) =>
      linked.filter((practice) => practice.slug === slug).map((practice) => practice.id)

    const visitStart = at(today, 60, '09:00', 'Europe/Warsaw')
    const deadline = at(today, 21, '23:59', BRUSSELS)
    // The seeds' "call for participants in peer learning visit to Krakow": a participants call whose
    // form is the application, 20 places funded by the project (seeds/002) and a few self-funded.
    const call = await createCall(
      db,
      null,
      {
        slug: 'call-for-participants-peer-learning-visit-to-krakow',
        kind: 'participants',
        title: 'Call for participants in the peer-learning visit to Krakow',
        description:
          'Join a delegation of 20 participants funded by the project on a peer-learning visit to Krakow, which builds pocket parks with local people in formerly neglected outdoor public spaces.',
        guidance:
          '- Tell us what you work on and why the visit would help.\n- Say what you most want to learn: the hosts shape the programme with your answers.',
        eligibleCountries: [...EU_MEMBER_STATES, ...SOUTH_CAUCASUS],
        eligibleOrganisationKinds: [],
        applicantType: 'both',
        timeZone: BRUSSELS,
        opensAt: new Date(today.getTime() - 14 * 24 * 3600_000),
        closesAt: deadline,
        quota: 20,
        reviewsPerSubmission: 1,
        criteria: {},
        practiceMapping: {},
        referencePrefix: 'PLV',
        blind: false,
        editAfterSubmit: false,
        sameCountryConflict: false,
      },
      PARTICIPANTS_FORM,
    )
    if (call.ok && call.call.questionnaireId) await publishQuestionnaire(db, SYSTEM_EDITOR, call.call.questionnaireId)
    await createActivity(
      db,
      {
        slug: 'peer-learning-visit-to-krakow',
        kind: 'peer-learning-visit',
        title: 'Peer-learning visit to Krakow',
        summary:
          'A peer-learning visit to Krakow, which is building pocket parks with local people in formerly neglected outdoor public spaces.',
        description: `Call for participants: the deadline is ${formatDate('en', deadline, BRUSSELS)}.\n\nKrakow suffers from a lack of easily accessible green spaces. To solve this issue, Krakow is building pocket parks built in cooperation with local people in formerly neglected outdoor public spaces.`,
        themes: ['green-spaces-and-climate', 'participation-and-inclusion'],
        hostCity: 'Krakow',
        hostCountry: 'PL',
        hostOrganisationId: krakow?.id ?? null,
        timeZone: 'Europe/Warsaw',
        startsAt: visitStart,
        endsAt: at(today, 61, '17:00', 'Europe/Warsaw'),
        capacity: 24,
        registrationMode: 'application',
        applicationCallId: call.ok ? call.call.id : null,
        fundedPlaces: 20,
        selfFundedPlaces: 4,
        registrationClosesAt: deadline,
        practiceIds: practiceId('pocket-parks'),
        languages: ['en'],
      },
      today,
    )

    const seriesId = await createSeries(db, {
      slug: 'sharing-stories',
      title: 'Sharing stories',
      summary: 'The Sharing stories webinars: watch again the first three episodes, and join the fourth session.',
      createdAt: today,
    })
    for (const [episode, days] of [
      [1, -90],
      [2, -60],
      [3, -30],
      [4, 20],
    ] as const) {
      await createActivity(
        db,
        {
          slug: `sharing-stories-episode-${episode}`,
          kind: 'webinar',
          seriesId,
          episodeNumber: episode,
          title: `Sharing stories webinar, episode ${episode}`,
          summary:
            episode === 4
              ? 'Join the fourth session of the Sharing stories webinars.'
              : `Episode ${episode} of the Sharing stories webinars.`,
          online: true,
          timeZone: BRUSSELS,
          startsAt: at(today, days, '10:00', BRUSSELS),
          endsAt: at(today, days, '11:30', BRUSSELS),
          recordingOnRequest: episode < 4,
          languages: ['en'],
        },
        today,
      )
    }

    await createActivity(
      db,
      {
        slug: 'project-clinic-sustainable-reuse-of-old-premises',
        kind: 'project-clinic',
        title: 'Project clinic: sustainable reuse of old premises for culture',
        summary: 'A project clinic on the sustainable reuse of old premises for cultural uses.',
        description:
          'Towards a sustainable model of reusing old premises for cultural uses: the example of Kaapeli in Helsinki. The KAAPELI model demonstrates how to transform a significant heritage asset while managing financial risk.',
        themes: ['adaptive-reuse'],
        online: true,
        timeZone: BRUSSELS,
        startsAt: at(today, -45, '14:00', BRUSSELS),
        endsAt: at(today, -45, '16:00', BRUSSELS),
        recordingOnRequest: true,
        practiceIds: practiceId('kaapeli'),
        languages: ['en'],
      },
      today,
    )
  },
}

/** The demo publishes the call's form as an editor would; nobody signs in as this actor. */
const SYSTEM_EDITOR: Actor = {
  id: 'system',
  name: 'Stoa',
  email: 'system@stoa.localhost',
  emailVerified: true,
  roles: ['editor'],
  locale: 'en',
  memberships: [],
}
