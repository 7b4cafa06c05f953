import { eq } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import type { DemoPart } from '../../platform/module.js'
import type { PopulationBand } from '../accounts/index.js'
import { organisations } from '../accounts/tables.js'
import { findProgrammeIdBySlug } from '../programmes/index.js'
import { type PracticeInput, savePractice } from './commands.js'

type DemoPractice = Omit<PracticeInput, 'organisationId' | 'programmeId'> & { organisationSlug?: string }

// Every fact here comes from seeds/000 and seeds/001: one sentence or two per practice. No year,
// figure or result that they do not give; the other sections stay empty. The translations are
// faithful renderings of that same sentence, nothing added. Coordinates are those of the city's
// centre (public geography, for the map); the population band is the organisation's, when the
// accounts demo gives one; the start year only where the sentence states it.
export const demoPractices: DemoPractice[] = [
  {
    slug: 'door-breakers',
    title: 'Door breakers',
    city: 'Zaragoza',
    latitude: 41.6488,
    longitude: -0.8891,
    country: 'ES',
    organisationSlug: 'city-of-zaragoza',
    summary:
      '‘Door breakers’ is about creating and strengthening links between municipal museums of Zaragoza and young people.',
    themes: ['education-and-youth', 'participation-and-inclusion'],
    transformations: ['social'],
    translations: [
      {
        language: 'es',
        title: 'Rompepuertas',
        summary:
          '‘Rompepuertas’ consiste en crear y reforzar los vínculos entre los museos municipales de Zaragoza y los jóvenes.',
      },
      {
        language: 'fr',
        title: 'Briseurs de portes',
        summary:
          '« Briseurs de portes » vise à créer et à renforcer les liens entre les musées municipaux de Saragosse et les jeunes.',
      },
    ],
  },
  {
    slug: 'cultural-rebirth-for-rural-repopulation',
    title: 'Cultural rebirth for rural repopulation',
    city: 'Urriés',
    latitude: 42.5451,
    longitude: -1.1296,
    country: 'ES',
    organisationSlug: 'urries-town-council',
    summary:
      'Urriés started developing a masterplan in 2015 forefronting culture, creativity and heritage as the engine of sustainable local development.',
    startYear: 2015,
    themes: ['rural-development', 'heritage-led-regeneration'],
    translations: [
      {
        language: 'es',
        title: 'Renacimiento cultural para la repoblación rural',
        summary:
          'Urriés empezó a elaborar en 2015 un plan director que sitúa la cultura, la creatividad y el patrimonio en primer plano como motor del desarrollo local sostenible.',
      },
    ],
  },
  {
    slug: 'shops-with-a-history',
    title: 'Shops with a History',
    city: 'Lisbon',
    latitude: 38.7223,
    longitude: -9.1393,
    country: 'PT',
    organisationSlug: 'lisbon-city-council',
    summary:
      'Lisbon City Council created the programme Lojas com História in 2015. A sense of urgency drove the city to preserve and boost a distinctive local commerce and trade heritage, knowing that in it lies a relevant part of the identity and character of Lisbon.',
    startYear: 2015,
    themes: ['local-commerce-and-crafts'],
    translations: [
      {
        language: 'pt',
        title: 'Lojas com História',
        summary:
          'A Câmara Municipal de Lisboa criou o programa Lojas com História em 2015. Um sentido de urgência levou a cidade a preservar e a dinamizar um património comercial e de ofícios local distintivo, sabendo que nele reside uma parte relevante da identidade e do carácter de Lisboa.',
      },
      {
        language: 'fr',
        title: 'Boutiques chargées d’histoire',
        summary:
          'La municipalité de Lisbonne a créé le programme Lojas com História en 2015. Un sentiment d’urgence a poussé la ville à préserver et à dynamiser un patrimoine commercial et artisanal local singulier, sachant qu’il porte une part importante de l’identité et du caractère de Lisbonne.',
      },
    ],
  },
  {
    slug: 'leeds-cultural-curriculum',
    title: 'The Leeds cultural curriculum',
    city: 'Leeds',
    latitude: 53.8008,
    longitude: -1.5491,
    country: 'GB',
    organisationSlug: 'leeds-city-council',
    summary:
      'In Leeds, consultation with teachers, universities and teacher trainers showed teachers wanted flexible, curriculum-linked classroom resources. Driven by the narrative of the city, these new resources are called ‘stories’ and aim to raise the educational achievement of children through heritage and the arts.',
    themes: ['education-and-youth'],
    transformations: ['social'],
  },
  {
    slug: 'pocket-parks',
    title: 'Pocket parks',
    city: 'Krakow',
    latitude: 50.0647,
    longitude: 19.945,
    country: 'PL',
    organisationSlug: 'city-of-krakow',
    summary:
      'Krakow suffers from a lack of easily accessible green spaces. To solve this issue, Krakow is building pocket parks built in cooperation with local people in formerly neglected outdoor public spaces.',
    themes: ['green-spaces-and-climate', 'participation-and-inclusion'],
    transformations: ['green', 'social'],
    translations: [
      {
        language: 'de',
        title: 'Pocket-Parks',
        summary:
          'Krakau fehlt es an leicht erreichbaren Grünflächen. Um dem abzuhelfen, baut Krakau gemeinsam mit den Menschen vor Ort Pocket-Parks auf früher vernachlässigten öffentlichen Freiflächen.',
      },
    ],
  },
  {
    slug: 'material-storehouse',
    title: 'Material Storehouse',
    city: 'Stockholm',
    latitude: 59.3293,
    longitude: 18.0686,
    country: 'SE',
    organisationSlug: 'city-of-stockholm',
    summary:
      'Since January 2021, in Materialmagasinet in Stockholm, you can rent everything from clothes from the opera and expensive men’s bed socks to headlights and screws.',
    startYear: 2021,
    themes: ['circular-economy'],
    transformations: ['green'],
  },
  {
    slug: 'culture-for-future',
    title: 'Culture for Future',
    city: 'Dresden',
    latitude: 51.0504,
    longitude: 13.7373,
    country: 'DE',
    organisationSlug: 'city-of-dresden',
    summary:
      'During a series of workshops, employees of local cultural institutions developed the Dresden Charter for Sustainability to introduce sustainability practices in the cultural and creative industries.',
    themes: ['green-spaces-and-climate'],
    transformations: ['green'],
    translations: [
      {
        language: 'de',
        title: 'Kultur für Zukunft',
        summary:
          'In einer Reihe von Workshops erarbeiteten Beschäftigte lokaler Kultureinrichtungen die Dresdner Charta für Nachhaltigkeit, um nachhaltige Praktiken in der Kultur- und Kreativwirtschaft einzuführen.',
      },
    ],
  },
  {
    slug: 'park-am-gleisdreieck',
    title: 'Park am Gleisdreieck',
    city: 'Berlin',
    latitude: 52.52,
    longitude: 13.405,
    country: 'DE',
    organisationSlug: 'city-of-berlin',
    summary:
      'Berlin’s Park am Gleisdreieck is a remarkable example of the revitalisation of an industrial wasteland and its reintegration into the urban space.',
    themes: ['adaptive-reuse', 'green-spaces-and-climate'],
    transformations: ['green'],
  },
  {
    slug: 'if-trees-can-walk-humans-can-change',
    title: 'If trees can walk, humans can change',
    city: 'Leeuwarden',
    latitude: 53.2012,
    longitude: 5.7999,
    country: 'NL',
    organisationSlug: 'city-of-leeuwarden',
    summary:
      'Leeuwarden created Arcadia, a 100-day arts festival occurring every 3 years. Bosk was one of its main events in 2022, raising awareness of nature and climate change through art.',
    themes: ['green-spaces-and-climate'],
    transformations: ['green'],
  },
  {
    slug: 'museum-in-transition',
    title: 'Museum in transition',
    city: 'Lille',
    latitude: 50.6292,
    longitude: 3.0573,
    country: 'FR',
    organisationSlug: 'city-of-lille',
    summary:
      'The City of Lille committed to making its cultural sector sustainable by 2024 as part of its involvement in Agenda 21 for culture. For museums, it translates to staging sustainable exhibitions.',
    themes: ['green-spaces-and-climate'],
    transformations: ['green'],
    translations: [
      {
        language: 'fr',
        title: 'Musée en transition',
        summary:
          'La Ville de Lille s’est engagée à rendre son secteur culturel durable d’ici 2024, dans le cadre de son engagement dans l’Agenda 21 de la culture. Pour les musées, cela se traduit par des expositions durables.',
      },
    ],
  },
  {
    slug: 'kaapeli',
    title: 'Kaapeli',
    city: 'Helsinki',
    latitude: 60.1699,
    longitude: 24.9384,
    country: 'FI',
    organisationSlug: 'city-of-helsinki',
    summary:
      'The KAAPELI model demonstrates how to transform a significant heritage asset while managing financial risk. The critical success factors included the company owning the assets, having long-term tenancies and a mix of services and activities.',
    themes: ['adaptive-reuse'],
  },
]

async function organisationBySlug(
  db: Db,
  slug: string | undefined,
): Promise<{ id: string; populationBand: PopulationBand | null } | null> {
  if (!slug) return null
  const [row] = await db
    .select({ id: organisations.id, populationBand: organisations.populationBand })
    .from(organisations)
    .where(eq(organisations.slug, slug))
  return row ?? null
}

/**
 * The eleven practices of the seeds, published, each linked to its city's organisation when the
 * accounts demo made it and to Cultural heritage in action. Published a day apart so "newest" has
 * an order; saving again changes nothing.
 */
export const practicesDemo: DemoPart = {
  name: 'practices',
  async seed(db, { today }) {
    const programmeId = (await findProgrammeIdBySlug(db, 'cultural-heritage-in-action')) ?? null
    for (const [index, { organisationSlug, ...practice }] of demoPractices.entries()) {
      const organisation = await organisationBySlug(db, organisationSlug)
      await savePractice(db, {
        ...practice,
        organisationId: organisation?.id ?? null,
        populationBand: organisation?.populationBand ?? null,
        programmeId,
        language: 'en',
        publicationStatus: 'published',
        publishedAt: new Date(today.getTime() - (demoPractices.length - index) * 86_400_000),
      })
    }
  },
}
