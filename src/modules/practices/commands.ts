import { and, eq, notInArray, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import type { FileStorage } from '../../platform/storage/index.js'
import type { PopulationBand } from '../accounts/index.js'
import { practiceDocuments, practiceImages } from './media/tables.js'
import {
  type BudgetBand,
  type PracticeLink,
  practiceSlugRedirects,
  practices,
  practiceTranslations,
  type Transformation,
} from './tables.js'

export interface PracticeTranslationInput {
  language: string
  title: string
  summary: string
  challenge?: string
  approach?: string
  results?: string
  transferability?: string
  lessons?: string
}

export interface PracticeInput {
  slug: string
  title: string
  city: string
  country: string
  summary: string
  organisationId?: string | null
  programmeId?: string | null
  challenge?: string
  approach?: string
  resources?: string
  results?: string
  transferability?: string
  lessons?: string
  startYear?: number | null
  populationBand?: PopulationBand | null
  latitude?: number | null
  longitude?: number | null
  budgetBand?: BudgetBand | null
  selectedInCallId?: string | null
  status?: 'ongoing' | 'finished' | null
  transformations?: Transformation[]
  themes?: string[]
  language?: string
  publicationStatus?: 'draft' | 'published' | 'archived'
  publishedAt?: Date | null
  contactName?: string | null
  contactEmail?: string | null
  links?: PracticeLink[]
  translations?: PracticeTranslationInput[]
}

/**
 * Creates or updates the practice with this slug, with exactly the translations given; saving the
 * same input twice changes nothing but updated_at.
 */
export async function savePractice(db: Db, input: PracticeInput): Promise<string> {
  const { translations = [], ...fields } = input
  const values = {
    challenge: '',
    approach: '',
    resources: '',
    results: '',
    transferability: '',
    lessons: '',
    transformations: [],
    themes: [],
    links: [],
    ...fields,
  }
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(practices)
      .values(values)
      .onConflictDoUpdate({ target: practices.slug, set: { ...values, updatedAt: sql`now()` } })
      .returning({ id: practices.id })
    if (!row) throw new Error(`practice ${input.slug} was not saved`)
    const languages = translations.map((translation) => translation.language)
    await tx
      .delete(practiceTranslations)
      .where(
        languages.length > 0
          ? and(eq(practiceTranslations.practiceId, row.id), notInArray(practiceTranslations.language, languages))
          : eq(practiceTranslations.practiceId, row.id),
      )
    for (const translation of translations) {
      const texts = {
        challenge: '',
        approach: '',
        results: '',
        transferability: '',
        lessons: '',
        ...translation,
      }
      await tx
        .insert(practiceTranslations)
        .values({ practiceId: row.id, ...texts })
        .onConflictDoUpdate({
          target: [practiceTranslations.practiceId, practiceTranslations.language],
          set: { ...texts, updatedAt: sql`now()` },
        })
    }
    return row.id
  })
}

/** Gives a practice a new slug; the old one keeps working as a permanent redirect. */
export async function renamePractice(db: Db, oldSlug: string, newSlug: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(practices)
      .set({ slug: newSlug, updatedAt: sql`now()` })
      .where(eq(practices.slug, oldSlug))
      .returning({ id: practices.id })
    if (!row) throw new Error(`no practice ${oldSlug}`)
    // Moving back to a former slug: that slug is the page again, not a redirect.
    await tx.delete(practiceSlugRedirects).where(eq(practiceSlugRedirects.oldSlug, newSlug))
    await tx
      .insert(practiceSlugRedirects)
      .values({ oldSlug, practiceId: row.id })
      .onConflictDoUpdate({ target: practiceSlugRedirects.oldSlug, set: { practiceId: row.id } })
  })
}

/**
 * Records that a practice was selected in a call (or, with `callId` null, no longer is), with the
 * call's title and page so that the practice page can show it without reading the calls module.
 * For the calls module, through index.ts. Returns false when there is no such practice.
 */
export async function markPracticeSelectedInCall(
  db: Db,
  input: { practiceId: string; callId: string | null; callTitle?: string | null; callUrl?: string | null },
): Promise<boolean> {
  const selected = input.callId !== null
  const rows = await db
    .update(practices)
    .set({
      selectedInCallId: input.callId,
      selectedInCallTitle: selected ? (input.callTitle ?? null) : null,
      selectedInCallUrl: selected ? (input.callUrl ?? null) : null,
      updatedAt: sql`now()`,
    })
    .where(eq(practices.id, input.practiceId))
    .returning({ id: practices.id })
  return rows.length > 0
}

/**
 * Deletes a practice for good, with everything that hangs on it (translations, revisions, media
 * rows by cascade) and its stored images and documents. The rows go first, so that no row ever
 * points at a missing file; a file that cannot be deleted afterwards is only an orphan.
 * Returns false when there is no such practice.
 */
export async function deletePractice(db: Db, storage: FileStorage, practiceId: string): Promise<boolean> {
  const keys = await db.transaction(async (tx) => {
    const images = await tx
      .select({ key: practiceImages.storageKey })
      .from(practiceImages)
      .where(eq(practiceImages.practiceId, practiceId))
    const documents = await tx
      .select({ key: practiceDocuments.storageKey })
      .from(practiceDocuments)
      .where(eq(practiceDocuments.practiceId, practiceId))
    const deleted = await tx.delete(practices).where(eq(practices.id, practiceId)).returning({ id: practices.id })
    return deleted.length > 0 ? [...images, ...documents].map((row) => row.key) : null
  })
  if (keys === null) return false
  await Promise.allSettled(keys.map((key) => storage.delete(key)))
  return true
}
