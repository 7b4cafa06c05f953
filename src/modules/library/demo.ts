import { and, eq, inArray, isNotNull, isNull } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import type { DemoPart } from '../../platform/module.js'
import type { FileStorage } from '../../platform/storage/index.js'
import { users } from '../accounts/tables.js'
import { findActivityIdsBySlugs } from '../activities/index.js'
import { practices } from '../practices/tables.js'
import { extractPdfText, pdfPreview, silentMp3, simplePdf } from './files.js'
import { libraryItems, podcasts } from './tables.js'

/*
 * The library as the seeds describe it: "a repository for relevant materials, documents and
 * multimedia, initially populated by the consortium" — toolkits, MOOCs, podcasts, and the story
 * Cultural tourism in post-Covid cities. Texts are written for Stoa; links go to real sites only.
 * The demo part runs in a transaction without storage, so it writes the rows and names each
 * file's content; `writeDemoFiles` (the module's start) makes and stores the files that are still
 * missing: a text PDF (its text then extracted like any upload) and short silent MP3 episodes.
 */

const TOOLKIT_TEXT = [
  'Adaptive reuse of cultural heritage: a toolkit for cities',
  '',
  '1. Map what you have: empty churches, factories, barracks, railway stations and their owners.',
  '2. Open the building early: temporary uses test ideas and build a community around the site.',
  '3. Share the governance: cooperatives, foundations and community land trusts keep uses local.',
  '4. Finance in layers: public heritage funds, social investors, rents from creative tenants.',
  '5. Keep the story: interpretation panels, oral histories and open days connect old and new users.',
  '',
  'Checklist for a first feasibility study: structure, accessibility, energy retrofit,',
  'fire safety, heritage protection status, neighbourhood needs and likely anchor tenants.',
]

const TOURISM_TEXT = [
  'Cultural tourism in post-Covid cities: towards more sustainable patterns?',
  '',
  'Tourism is one of the major economic assets of cities. It generates jobs and social value,',
  'but over-tourism also strains housing, public services and the daily life of residents.',
  'The pandemic stopped visitor flows overnight and gave cities a chance to rethink them:',
  'spreading visitors across neighbourhoods and seasons, favouring longer and slower stays,',
  'measuring the carrying capacity of historic centres, and involving residents in decisions.',
]

const EPISODES = [
  {
    number: 1,
    slug: 'from-cable-factory-to-cultural-centre',
    title: 'From cable factory to cultural centre',
    description:
      'How a disused industrial building became a home for hundreds of artists, studios and small companies, and what other cities can borrow from the model: a property company owned by the city, rents that cover the costs, and tenants who shape the place.',
    seconds: 9,
    transcript: `WEBVTT

00:00:00.000 --> 00:00:03.000
<v Host>Welcome to Heritage in practice, the podcast of the network's peer-learning programme.

00:00:03.000 --> 00:00:06.000
<v Host>Today: how an old cable factory became a cultural centre run on its own rents.

00:00:06.000 --> 00:00:09.000
<v Guest>We started with temporary leases, and the artists never left.
`,
  },
  {
    number: 2,
    slug: 'cultural-tourism-after-the-pandemic',
    title: 'Cultural tourism after the pandemic',
    description:
      'Three cities compare how they reopened to visitors: spreading them beyond the historic centre, asking residents first, and counting what tourism costs as well as what it brings.',
    seconds: 8,
    transcript:
      'Host: In this episode we talk about cultural tourism after the pandemic.\n\nGuest: When visitors came back, we asked residents first which places they wanted to share, and which they wanted to keep quiet.\n\nHost: Spreading visitors across neighbourhoods and seasons came up in every city we spoke to.',
  },
  {
    number: 3,
    slug: 'young-people-and-municipal-museums',
    title: 'Young people and municipal museums',
    description:
      'Door breakers: how a city’s museums invited teenagers to curate, film and host events, and why the museums changed more than the young people did.',
    seconds: 7,
    transcript:
      'Host: Our guest works with the municipal museums on a programme called Door breakers.\n\nGuest: The young people chose the objects, wrote the labels and ran the opening night.\n\nHost: And the museums kept the new labels.',
  },
]

export const libraryDemo: DemoPart = {
  name: 'library',
  async seed(db: Db, { today }) {
    const [editor] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'editor@stoa.localhost'))
    const related = await db
      .select({ id: practices.id, slug: practices.slug })
      .from(practices)
      .where(inArray(practices.slug, ['kaapeli', 'pocket-parks']))
    const practiceIds = (...slugs: string[]) =>
      related.filter((practice) => slugs.includes(practice.slug)).map((practice) => practice.id)
    // The project clinic on reusing old premises discussed the toolkit (when the activities demo ran).
    const clinic = await findActivityIdsBySlugs(db, ['project-clinic-sustainable-reuse-of-old-premises'])
    const days = (n: number) => new Date(today.getTime() - n * 24 * 3600_000)
    const common = { status: 'published' as const, contributorId: editor?.id ?? null }

    await db.insert(libraryItems).values([
      {
        ...common,
        slug: 'adaptive-reuse-toolkit',
        kind: 'toolkit',
        title: 'Adaptive reuse of cultural heritage: a toolkit for cities',
        description:
          'A step-by-step toolkit for municipalities that own **empty heritage buildings**: how to map them, open them to temporary uses, share their governance with communities and finance their new life.\n\n- A checklist for a first feasibility study\n- Governance models that keep uses local\n- Ways to keep the building’s story alive',
        authors: 'Programme team',
        organisation: 'European Heritage Hub',
        language: 'en',
        themes: ['adaptive-reuse', 'heritage-led-regeneration', 'circular-economy'],
        year: 2024,
        licence: 'cc-by',
        fileType: 'application/pdf',
        fileName: 'adaptive-reuse-toolkit.pdf',
        fileText: TOOLKIT_TEXT.join('\n'),
        practiceIds: practiceIds('kaapeli'),
        activityIds: clinic.map((activity) => activity.id),
        publishedAt: days(20),
      },
      {
        ...common,
        slug: 'cultural-tourism-in-post-covid-cities',
        kind: 'report',
        title: 'Cultural tourism in post-Covid cities: towards more sustainable patterns?',
        description:
          'Tourism is one of cities’ major economic assets, but it can also create downsides affecting people’s quality of life: over-tourism, tensions with locals, pressure on public services and housing prices. This report gathers what cities of the network learnt when visitors came back after the pandemic.',
        authors: 'Working group on culture and tourism',
        organisation: 'European Heritage Hub',
        language: 'en',
        themes: ['cultural-tourism'],
        year: 2022,
        licence: 'cc-by-nc',
        fileType: 'application/pdf',
        fileName: 'cultural-tourism-post-covid.pdf',
        fileText: TOURISM_TEXT.join('\n'),
        publishedAt: days(40),
      },
      {
        ...common,
        slug: 'eu-academy-free-online-courses',
        kind: 'course',
        title: 'EU Academy: free online courses on culture and cities',
        description:
          'The European Commission’s EU Academy offers free online courses (MOOCs) in many languages. Members of the network recommend its courses on cultural policy, audience development and EU funding as a starting point before an Academy Camp.',
        organisation: 'European Commission',
        language: 'en',
        themes: ['education-and-youth', 'participation-and-inclusion'],
        licence: 'all-rights-reserved',
        url: 'https://academy.europa.eu/',
        publishedAt: days(60),
      },
      {
        ...common,
        slug: 'european-capitals-of-culture',
        kind: 'link',
        title: 'European Capitals of Culture',
        description:
          'The European Commission’s page on the European Capitals of Culture: how cities are selected, which cities hold the title and the evaluations of past years.',
        organisation: 'European Commission',
        language: 'en',
        themes: ['heritage-led-regeneration', 'cultural-tourism'],
        licence: 'all-rights-reserved',
        url: 'https://culture.ec.europa.eu/policies/culture-in-cities-and-regions/european-capitals-of-culture',
        publishedAt: days(90),
      },
      {
        ...common,
        slug: 'reutilisation-du-patrimoine-guide',
        kind: 'document',
        title: 'Réutiliser le patrimoine religieux : repères pour les communes',
        description:
          'Une note de synthèse pour les élus et services techniques : inventorier les églises et chapelles peu utilisées, associer les habitants et choisir des usages partagés compatibles avec le culte.',
        organisation: 'European Heritage Hub',
        language: 'fr',
        themes: ['adaptive-reuse', 'rural-development'],
        year: 2023,
        licence: 'cc-by-sa',
        url: 'https://culture.ec.europa.eu/',
        publishedAt: days(30),
      },
    ])

    const [show] = await db
      .insert(podcasts)
      .values({
        slug: 'heritage-in-practice',
        title: 'Heritage in practice',
        description:
          'Conversations with the cities, regions and heritage organisations of the network about what worked, what did not, and what they would do again. Short episodes for people who run heritage projects.',
        author: 'European Heritage Hub',
        ownerEmail: 'podcast@stoa.localhost',
        language: 'en',
        category: 'Society & Culture',
      })
      .returning()
    await db.insert(libraryItems).values(
      EPISODES.map((episode, index) => ({
        ...common,
        slug: episode.slug,
        kind: 'podcast-episode' as const,
        title: episode.title,
        description: episode.description,
        authors: 'European Heritage Hub',
        organisation: 'European Heritage Hub',
        language: 'en',
        themes: index === 0 ? ['adaptive-reuse'] : index === 1 ? ['cultural-tourism'] : ['education-and-youth'],
        year: today.getUTCFullYear(),
        licence: 'cc-by' as const,
        fileType: 'audio/mpeg',
        fileName: `heritage-in-practice-${episode.number}.mp3`,
        durationSeconds: episode.seconds,
        transcript: episode.transcript,
        podcastId: show!.id,
        episodeNumber: episode.number,
        practiceIds: index === 0 ? practiceIds('kaapeli') : [],
        publishedAt: days(10 - index * 3),
      })),
    )
  },
}

/**
 * Makes and stores the demo's files still missing (a row naming a file type and name but no key):
 * PDFs from the text the demo wrote, silent MP3s of the episode's length. Runs at start, where
 * the storage is known; does nothing once every file exists.
 */
export async function writeDemoFiles(db: Db, storage: FileStorage): Promise<number> {
  const pending = await db
    .select()
    .from(libraryItems)
    .where(and(isNull(libraryItems.fileKey), isNotNull(libraryItems.fileType), isNotNull(libraryItems.fileName)))
  for (const item of pending) {
    let bytes: Uint8Array
    if (item.fileType === 'application/pdf') bytes = simplePdf(item.fileText.split('\n'))
    else if (item.fileType === 'audio/mpeg') bytes = silentMp3(item.durationSeconds ?? 5)
    else continue
    const fileKey = await storage.put('library-files', bytes, item.fileType)
    const isPdf = item.fileType === 'application/pdf'
    const fileText = isPdf ? await extractPdfText(bytes) : item.fileText
    const preview = isPdf ? await pdfPreview(bytes) : undefined
    const previewKey = preview ? await storage.put('library-previews', preview, 'image/png') : null
    await db
      .update(libraryItems)
      .set({ fileKey, fileSize: bytes.byteLength, fileText, previewKey })
      .where(eq(libraryItems.id, item.id))
  }
  return pending.length
}
