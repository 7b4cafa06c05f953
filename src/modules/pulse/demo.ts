import { eq, sql } from 'drizzle-orm'
import type { Config } from '../../config.js'
import type { Db } from '../../db/client.js'
import type { Actor } from '../../platform/http/actor.js'
import type { Translate } from '../../platform/i18n/catalogue.js'
import type { DemoPart } from '../../platform/module.js'
import type { PopulationBand } from '../accounts/index.js'
import { organisations } from '../accounts/tables.js'
import { publishQuestionnaire, submitResponse, type VersionContent } from '../questionnaires/index.js'
import { createSurvey } from './commands.js'
import { pulseParticipations, pulseSurveys } from './tables.js'

/** The demo acts as an editor that is nobody: it never signs in. */
const DEMO_EDITOR: Actor = {
  id: 'demo-editor',
  name: 'Demo',
  email: 'demo@stoa.localhost',
  emailVerified: true,
  roles: ['editor'],
  locale: 'en',
  memberships: [],
}

/** No question of the demo takes a file: file storage (the only use of the config) is never reached. */
const NO_FILES = {} as Config

type DemoCity = [slug: string, name: string, country: string, city: string, band: PopulationBand]

// Real European cities with their population band (the municipality, where far from a band's
// edge). The accounts demo already has eleven of them; these are added as unverified organisations.
const MORE_CITIES: DemoCity[] = [
  ['city-of-vienna', 'City of Vienna', 'AT', 'Vienna', 'over-1m'],
  ['city-of-ghent', 'City of Ghent', 'BE', 'Ghent', '250k-500k'],
  ['city-of-antwerp', 'City of Antwerp', 'BE', 'Antwerp', '500k-1m'],
  ['sofia-municipality', 'Sofia Municipality', 'BG', 'Sofia', 'over-1m'],
  ['city-of-zagreb', 'City of Zagreb', 'HR', 'Zagreb', '500k-1m'],
  ['city-of-prague', 'City of Prague', 'CZ', 'Prague', 'over-1m'],
  ['city-of-copenhagen', 'City of Copenhagen', 'DK', 'Copenhagen', '500k-1m'],
  ['city-of-tallinn', 'City of Tallinn', 'EE', 'Tallinn', '250k-500k'],
  ['city-of-espoo', 'City of Espoo', 'FI', 'Espoo', '250k-500k'],
  ['city-of-lyon', 'City of Lyon', 'FR', 'Lyon', '500k-1m'],
  ['city-of-nantes', 'City of Nantes', 'FR', 'Nantes', '250k-500k'],
  ['city-of-munich', 'City of Munich', 'DE', 'Munich', 'over-1m'],
  ['city-of-athens', 'City of Athens', 'GR', 'Athens', '500k-1m'],
  ['city-of-budapest', 'City of Budapest', 'HU', 'Budapest', 'over-1m'],
  ['dublin-city-council', 'Dublin City Council', 'IE', 'Dublin', '500k-1m'],
  ['city-of-milan', 'City of Milan', 'IT', 'Milan', 'over-1m'],
  ['city-of-bologna', 'City of Bologna', 'IT', 'Bologna', '250k-500k'],
  ['city-of-genoa', 'City of Genoa', 'IT', 'Genoa', '500k-1m'],
  ['riga-city-council', 'Riga City Council', 'LV', 'Riga', '500k-1m'],
  ['vilnius-city-municipality', 'Vilnius City Municipality', 'LT', 'Vilnius', '500k-1m'],
  ['city-of-utrecht', 'City of Utrecht', 'NL', 'Utrecht', '250k-500k'],
  ['city-of-rotterdam', 'City of Rotterdam', 'NL', 'Rotterdam', '500k-1m'],
  ['city-of-oslo', 'City of Oslo', 'NO', 'Oslo', '500k-1m'],
  ['city-of-cluj-napoca', 'City of Cluj-Napoca', 'RO', 'Cluj-Napoca', '250k-500k'],
  ['city-of-ljubljana', 'City of Ljubljana', 'SI', 'Ljubljana', '250k-500k'],
  ['city-of-malmo', 'City of Malmö', 'SE', 'Malmö', '250k-500k'],
  ['city-of-bilbao', 'City of Bilbao', 'ES', 'Bilbao', '250k-500k'],
  ['city-of-porto', 'City of Porto', 'PT', 'Porto', '100k-250k'],
  // Five cities in each of five countries, so the country map of a numeric question has colours to
  // show: a country's aggregate over fewer than five organisations is suppressed.
  ['city-of-turin', 'City of Turin', 'IT', 'Turin', '500k-1m'],
  ['city-of-florence', 'City of Florence', 'IT', 'Florence', '250k-500k'],
  ['city-of-bordeaux', 'City of Bordeaux', 'FR', 'Bordeaux', '250k-500k'],
  ['city-of-strasbourg', 'City of Strasbourg', 'FR', 'Strasbourg', '250k-500k'],
  ['city-of-leipzig', 'City of Leipzig', 'DE', 'Leipzig', '500k-1m'],
  ['city-of-cologne', 'City of Cologne', 'DE', 'Cologne', 'over-1m'],
  ['city-of-valencia', 'City of Valencia', 'ES', 'Valencia', '500k-1m'],
  ['city-of-seville', 'City of Seville', 'ES', 'Seville', '500k-1m'],
  ['city-of-eindhoven', 'City of Eindhoven', 'NL', 'Eindhoven', '100k-250k'],
  ['city-of-groningen', 'City of Groningen', 'NL', 'Groningen', '100k-250k'],
]

export const SAMPLE_CONTENT: VersionContent = {
  sections: [
    {
      id: 'sbudget01',
      title: 'Culture and heritage budgets',
      help: '',
      questions: [
        {
          id: 'qbudget01',
          type: 'number',
          label: 'Culture budget per inhabitant',
          help: 'The city’s culture spending in the year divided by its population.',
          required: true,
          unit: 'EUR',
          min: 0,
          plausibleMin: 5,
          plausibleMax: 600,
          integer: false,
        },
        {
          id: 'qsites001',
          type: 'number',
          label: 'Protected heritage sites in the city',
          help: '',
          required: true,
          unit: 'sites',
          min: 0,
          plausibleMax: 5000,
          integer: true,
        },
        {
          id: 'qshare001',
          type: 'percentage',
          label: 'Share of the culture budget spent on heritage',
          help: '',
          required: false,
        },
        {
          id: 'qstrat001',
          type: 'yes-no',
          label: 'Does the city have a heritage strategy adopted by its council?',
          help: '',
          required: true,
        },
        {
          id: 'qfund0001',
          type: 'single-choice',
          label: 'Main source of heritage funding',
          help: '',
          required: true,
          options: [
            { value: 'o1', label: 'City budget' },
            { value: 'o2', label: 'National or regional funds' },
            { value: 'o3', label: 'EU funds' },
            { value: 'o4', label: 'Private sponsors and foundations' },
          ],
        },
      ],
    },
  ],
}

const OPEN_CONTENT: VersionContent = {
  sections: [
    {
      id: 'svolun001',
      title: 'Heritage volunteers',
      help: '',
      questions: [
        {
          id: 'qvolun001',
          type: 'number',
          label: 'Volunteers active in heritage sites last year',
          help: 'People, not hours. Count each volunteer once.',
          required: true,
          unit: 'people',
          min: 0,
          max: 1_000_000,
          plausibleMax: 5000,
          integer: true,
        },
        {
          id: 'qprog0001',
          type: 'yes-no',
          label: 'Does the city run a volunteering programme for heritage?',
          help: '',
          required: true,
        },
        {
          id: 'qlesson01',
          type: 'long-text',
          label: 'What worked best to keep volunteers?',
          help: '',
          required: false,
        },
      ],
    },
  ],
}

/** A made-up but steady number for a city: the same on every run. */
function pseudo(seed: string, min: number, max: number, digits = 0): number {
  let hash = 2166136261
  for (const char of seed) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0
  const value = min + ((hash % 10_000) / 10_000) * (max - min)
  return Number(value.toFixed(digits))
}

// A sample survey (clearly labelled sample data) answered by every demo city, two in three
// consenting to publication under their name; and an open one demo members can answer.
export const pulseDemo: DemoPart = {
  name: 'pulse',
  async seed(db: Db, { today }) {
    await db
      .insert(organisations)
      .values(
        MORE_CITIES.map(([slug, name, country, city, populationBand]) => ({
          slug,
          name,
          kind: 'city' as const,
          country,
          city,
          populationBand,
        })),
      )
      .onConflictDoNothing()
    const cities = await db
      .select({ id: organisations.id, slug: organisations.slug, band: organisations.populationBand })
      .from(organisations)
      .where(sql`${organisations.kind} = 'city'`)
      .orderBy(organisations.slug)

    const year = today.getUTCFullYear()
    const day = 24 * 3600_000
    const sample = await createSurvey(
      db,
      DEMO_EDITOR,
      {
        slug: `pulse-${year}-culture-budgets-sample`,
        title: `Pulse ${year}: culture and heritage budgets (sample data)`,
        year,
        description:
          'How much do cities spend on culture, and how much of it goes to heritage? **Sample data**: the figures are made up to show how Pulse presents a survey; they describe no real city.',
        audienceKinds: ['city'],
        audienceCountries: [],
        opensAt: new Date(today.getTime() - 90 * day),
        closesAt: new Date(today.getTime() - 30 * day),
        timeZone: 'Europe/Brussels',
        licence: 'CC-BY-4.0',
        textAnswersPublic: false,
        isSample: true,
      },
      SAMPLE_CONTENT,
    )
    const published = await publishQuestionnaire(db, DEMO_EDITOR, sample.questionnaireId)
    if (!published.ok) throw new Error('The sample survey could not be published')
    // The demo runs before the catalogues are loaded: a refusal's wording (never expected) is its key.
    const t: Translate = (key) => key
    for (const [index, city] of cities.entries()) {
      const budget = pseudo(`${city.slug}:budget`, 30, 260, 1)
      const answers = {
        qbudget01: city.slug === 'city-of-stockholm' ? 1450 : budget,
        qsites001: pseudo(`${city.slug}:sites`, 12, city.band === 'over-1m' ? 2400 : 900),
        qshare001: pseudo(`${city.slug}:share`, 8, 45),
        qstrat001: pseudo(`${city.slug}:strategy`, 0, 1, 2) > 0.4,
        qfund0001: `o${1 + Math.floor(pseudo(`${city.slug}:fund`, 0, 3.99, 2))}`,
      }
      const result = await submitResponse(db, NO_FILES, {
        version: published.version,
        respondent: { personId: 'demo-respondent', organisationId: city.id },
        t,
        parsed: { answers, confirmed: ['qbudget01', 'qsites001'], uploads: [] },
      })
      if (!result.ok) throw new Error(`The sample response of ${city.slug} was refused: ${JSON.stringify(result)}`)
      await db.insert(pulseParticipations).values({
        surveyId: sample.id,
        organisationId: city.id,
        responseId: result.response.id,
        answeredBy: 'demo-respondent',
        consentToName: index % 3 !== 2,
      })
    }
    await db
      .update(pulseSurveys)
      .set({ publishedAt: new Date(today.getTime() - 20 * day), closedAt: new Date(today.getTime() - 30 * day) })
      .where(eq(pulseSurveys.id, sample.id))

    const open = await createSurvey(
      db,
      DEMO_EDITOR,
      {
        slug: `pulse-${year}-heritage-volunteers`,
        title: `Pulse ${year}: heritage volunteers`,
        year,
        description: 'How many people volunteer in the heritage sites of member cities, and what keeps them.',
        audienceKinds: ['city'],
        audienceCountries: [],
        opensAt: new Date(today.getTime() - 7 * day),
        closesAt: new Date(today.getTime() + 60 * day),
        timeZone: 'Europe/Brussels',
        licence: 'CC-BY-4.0',
        textAnswersPublic: true,
      },
      OPEN_CONTENT,
    )
    await publishQuestionnaire(db, DEMO_EDITOR, open.questionnaireId)
  },
}
