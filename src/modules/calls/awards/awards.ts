import { and, asc, desc, eq, isNotNull, notInArray, sql } from 'drizzle-orm'
import type { Db } from '../../../db/client.js'
import { recordAudit } from '../../../platform/audit/index.js'
import type { Actor } from '../../../platform/http/actor.js'
import { NotFoundError } from '../../../platform/http/errors.js'
import { findMailRecipient, findOrganisationById } from '../../accounts/index.js'
import { findPublishedPracticeIdsBySlugs, listPracticeCardsByIds } from '../../practices/index.js'
import { findResponse } from '../../questionnaires/index.js'
import { ForbiddenCallError } from '../commands.js'
import { canManageCalls } from '../policy.js'
import { type Call, callApplications, calls } from '../tables.js'
import { type AwardRank, type CallAward, type CallAwardCategory, callAwardCategories, callAwards } from './tables.js'

function requireManager(actor: Actor | null): asserts actor is Actor {
  if (!canManageCalls(actor)) throw new ForbiddenCallError()
}

const by = (actor: Actor) => ({ actorId: actor.id, actorLabel: actor.email })

export async function listAwardCategories(db: Db, callId: string): Promise<CallAwardCategory[]> {
  return db
    .select()
    .from(callAwardCategories)
    .where(eq(callAwardCategories.callId, callId))
    .orderBy(asc(callAwardCategories.position))
}

export type AwardsChangeRefusal = 'released' | 'not-award'

/**
 * Sets an award call's categories from a list of names, in order: a category kept by name keeps
 * its awards, a removed one loses them. Refused once the results are public.
 */
export async function setAwardCategories(
  db: Db,
  actor: Actor | null,
  call: Call,
  names: string[],
): Promise<{ ok: true } | { ok: false; reason: AwardsChangeRefusal }> {
  requireManager(actor)
  if (call.kind !== 'award') return { ok: false, reason: 'not-award' }
  if (call.decidedAt) return { ok: false, reason: 'released' }
  const unique = [...new Set(names.map((name) => name.trim()).filter(Boolean))]
  await db.transaction(async (tx) => {
    await tx
      .delete(callAwardCategories)
      .where(
        and(
          eq(callAwardCategories.callId, call.id),
          unique.length > 0 ? notInArray(callAwardCategories.name, unique) : undefined,
        ),
      )
    for (const [position, name] of unique.entries())
      await tx
        .insert(callAwardCategories)
        .values({ callId: call.id, name, position })
        .onConflictDoUpdate({
          target: [callAwardCategories.callId, callAwardCategories.name],
          set: { position },
        })
    await recordAudit(tx, {
      action: 'call.award_categories_set',
      ...by(actor),
      subjectType: 'call',
      subjectId: call.id,
      details: { categories: unique },
    })
  })
  return { ok: true }
}

/** The answer that names an entry: the question mapped to a title, else the first text answered. */
function entryTitleFrom(call: Call, answers: Record<string, unknown>): string | undefined {
  const mapped = Object.entries(call.practiceMapping).find(([, field]) => field === 'title')?.[0]
  const candidates = mapped ? [answers[mapped]] : Object.values(answers)
  const found = candidates.find((value): value is string => typeof value === 'string' && value.trim() !== '')
  return found?.trim().slice(0, 200)
}

export type AwardResult =
  | { ok: true }
  | { ok: false; reason: AwardsChangeRefusal | 'not-found' | 'winner-taken' | 'no-practice' }

/**
 * Records the jury's award for one submitted application (winner or honourable mention in a
 * category), or removes it (rank null). One winner per category, held by a unique index. The
 * public facts (entry, organisation, city) are copied now; the awards page shows them after release.
 */
export async function recordAward(
  db: Db,
  actor: Actor | null,
  input: {
    call: Call
    applicationId: string
    categoryId: string | null
    rank: AwardRank | null
    practiceSlug?: string
  },
): Promise<AwardResult> {
  requireManager(actor)
  const { call } = input
  if (call.kind !== 'award') return { ok: false, reason: 'not-award' }
  if (call.decidedAt) return { ok: false, reason: 'released' }
  const [application] = await db
    .select()
    .from(callApplications)
    .where(
      and(
        eq(callApplications.id, input.applicationId),
        eq(callApplications.callId, call.id),
        eq(callApplications.status, 'submitted'),
      ),
    )
  if (!application) return { ok: false, reason: 'not-found' }
  if (!input.rank || !input.categoryId) {
    await db.transaction(async (tx) => {
      await tx.delete(callAwards).where(eq(callAwards.applicationId, application.id))
      await recordAudit(tx, {
        action: 'call_application.award_removed',
        ...by(actor),
        subjectType: 'call_application',
        subjectId: application.id,
        organisationId: application.organisationId,
      })
    })
    return { ok: true }
  }
  const categories = await listAwardCategories(db, call.id)
  if (!categories.some((category) => category.id === input.categoryId)) return { ok: false, reason: 'not-found' }
  let practiceId: string | null = null
  const slug = input.practiceSlug
    ?.trim()
    .replace(/^.*\/practices\//, '')
    .replace(/[/?#].*$/, '')
  if (slug) {
    const [practice] = await findPublishedPracticeIdsBySlugs(db, [slug])
    if (!practice) return { ok: false, reason: 'no-practice' }
    practiceId = practice.id
  }
  const organisation = application.organisationId
    ? await findOrganisationById(db, application.organisationId)
    : undefined
  const person = organisation ? undefined : await findMailRecipient(db, application.personId)
  const response = await findResponse(db, application.responseId)
  const values = {
    callId: call.id,
    categoryId: input.categoryId,
    applicationId: application.id,
    rank: input.rank,
    entryTitle: entryTitleFrom(call, response?.answers ?? {}) ?? application.reference ?? call.title,
    organisationId: organisation?.id ?? null,
    awardeeName: organisation?.name ?? person?.name ?? '',
    city: organisation?.city ?? null,
    country: organisation?.country ?? application.country,
    practiceId,
  }
  try {
    await db.transaction(async (tx) => {
      await tx
        .insert(callAwards)
        .values(values)
        .onConflictDoUpdate({ target: callAwards.applicationId, set: { ...values, createdAt: sql`now()` } })
      await recordAudit(tx, {
        action: 'call_application.awarded',
        ...by(actor),
        subjectType: 'call_application',
        subjectId: application.id,
        organisationId: application.organisationId,
        details: { categoryId: input.categoryId, rank: input.rank, practiceId },
      })
    })
  } catch (error) {
    const code =
      (error as { cause?: { code?: string }; code?: string }).cause?.code ?? (error as { code?: string }).code
    if (code === '23505') return { ok: false, reason: 'winner-taken' }
    throw error
  }
  return { ok: true }
}

/** The call's submitted applications, in reference order: the entries the jury awards. */
export async function listSubmittedApplications(db: Db, callId: string) {
  return db
    .select()
    .from(callApplications)
    .where(and(eq(callApplications.callId, callId), eq(callApplications.status, 'submitted')))
    .orderBy(asc(callApplications.reference))
}

/** The awards recorded for a call, for its editors (by application). */
export async function listAwardsOfCall(db: Db, callId: string): Promise<CallAward[]> {
  return db.select().from(callAwards).where(eq(callAwards.callId, callId))
}

/** One edition on the awards list: an award call whose results are released. */
export interface AwardEditionSummary {
  slug: string
  title: string
  decidedAt: Date
  winners: number
}

/** Award calls whose results are released, newest first: the public list of editions. */
export async function listAwardEditions(db: Db): Promise<AwardEditionSummary[]> {
  const rows = await db
    .select({
      slug: calls.slug,
      title: calls.title,
      decidedAt: calls.decidedAt,
      winners: sql<number>`(select count(*)::int from call_awards a where a.call_id = ${calls.id} and a.rank = 'winner')`,
    })
    .from(calls)
    .where(and(eq(calls.kind, 'award'), isNotNull(calls.decidedAt)))
    .orderBy(desc(calls.decidedAt), asc(calls.slug))
  return rows.map((row) => ({ ...row, decidedAt: row.decidedAt! }))
}

export interface AwardEntry extends CallAward {
  practice: { slug: string; title: string } | null
}

export interface AwardEdition {
  call: Call
  categories: (CallAwardCategory & { winners: AwardEntry[]; mentions: AwardEntry[] })[]
}

/** An edition's public page: 404 until its results are released, and for any other kind of call. */
export async function getAwardEdition(db: Db, slug: string, locale: string): Promise<AwardEdition> {
  const [call] = await db
    .select()
    .from(calls)
    .where(and(eq(calls.slug, slug), eq(calls.kind, 'award'), isNotNull(calls.decidedAt)))
  if (!call) throw new NotFoundError(`awards ${slug}`)
  const [categories, awards] = await Promise.all([listAwardCategories(db, call.id), listAwardsOfCall(db, call.id)])
  const practiceIds = [...new Set(awards.flatMap((award) => (award.practiceId ? [award.practiceId] : [])))]
  const practices = new Map<string, { slug: string; title: string }>()
  // Only published practices come back: an unpublished one is simply not linked.
  for (const id of practiceIds) {
    const [card] = await listPracticeCardsByIds(db, [id], locale)
    if (card) practices.set(id, { slug: card.slug, title: card.title })
  }
  const entries = awards
    .map((award) => ({ ...award, practice: award.practiceId ? (practices.get(award.practiceId) ?? null) : null }))
    .sort((a, b) => a.awardeeName.localeCompare(b.awardeeName))
  return {
    call,
    categories: categories.map((category) => ({
      ...category,
      winners: entries.filter((entry) => entry.categoryId === category.id && entry.rank === 'winner'),
      mentions: entries.filter((entry) => entry.categoryId === category.id && entry.rank === 'honourable-mention'),
    })),
  }
}

/** For the sitemap. */
export async function listAwardEditionSlugs(db: Db) {
  return db
    .select({ slug: calls.slug, updatedAt: calls.updatedAt })
    .from(calls)
    .where(and(eq(calls.kind, 'award'), isNotNull(calls.decidedAt)))
}
