import { and, asc, count, eq, gt, ilike, inArray, isNotNull, isNull, ne, sql } from 'drizzle-orm'
import type { Db } from '../../../db/client.js'
import type { Actor } from '../../../platform/http/actor.js'
import { ForbiddenError, NotFoundError } from '../../../platform/http/errors.js'
import { can } from '../policy.js'
import {
  invitations,
  ORGANISATION_KINDS,
  organisationMemberships,
  organisations,
  type POPULATION_BANDS,
  profiles,
  users,
} from '../tables.js'
import { profileVisibility } from './people.js'

export type Organisation = typeof organisations.$inferSelect
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number]
export type PopulationBand = (typeof POPULATION_BANDS)[number]

export function isOrganisationKind(value: string | undefined): value is OrganisationKind {
  return (ORGANISATION_KINDS as readonly string[]).includes(value ?? '')
}

export const ORGANISATIONS_PAGE_SIZE = 24

export interface OrganisationFilter {
  kind?: OrganisationKind
  country?: string
  page?: number
}

export interface OrganisationPage {
  items: Organisation[]
  total: number
  page: number
  pageCount: number
}

/**
 * The directory: organisations not merged into another, by name. Visitors see verified ones only;
 * a verified person also sees those still waiting for an editor, so they can ask to join them.
 */
export async function listOrganisations(
  db: Db,
  actor: Actor | null,
  filter: OrganisationFilter = {},
): Promise<OrganisationPage> {
  const conditions = [isNull(organisations.mergedIntoId)]
  if (!can(actor, 'organisation.read', { verified: false })) conditions.push(isNotNull(organisations.verifiedAt))
  if (filter.kind) conditions.push(eq(organisations.kind, filter.kind))
  if (filter.country) conditions.push(eq(organisations.country, filter.country))
  const where = and(...conditions)
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(organisations).where(where)
  const pageCount = Math.max(1, Math.ceil(total / ORGANISATIONS_PAGE_SIZE))
  const page = Math.min(Math.max(1, Math.floor(filter.page ?? 1)), pageCount)
  const items = await db
    .select()
    .from(organisations)
    .where(where)
    .orderBy(asc(sql`lower(${organisations.name})`), asc(organisations.id))
    .limit(ORGANISATIONS_PAGE_SIZE)
    .offset((page - 1) * ORGANISATIONS_PAGE_SIZE)
  return { items, total, page, pageCount }
}

export async function findOrganisationBySlug(db: Db, slug: string): Promise<Organisation | undefined> {
  const [row] = await db.select().from(organisations).where(eq(organisations.slug, slug))
  return row
}

export async function findOrganisationById(db: Db, id: string): Promise<Organisation | undefined> {
  if (!isUuid(id)) return undefined
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id))
  return row
}

export type OrganisationLookup = { organisation: Organisation } | { mergedInto: Organisation }

/**
 * The organisation at this address, or the one it was merged into (the page then redirects).
 * Unknown, and unverified for a visitor, are the same 404: the page does not say it exists.
 */
export async function getOrganisationBySlug(db: Db, actor: Actor | null, slug: string): Promise<OrganisationLookup> {
  const organisation = await findOrganisationBySlug(db, slug)
  if (!organisation) throw new NotFoundError('organisation')
  if (organisation.mergedIntoId) {
    const target = await findOrganisationById(db, organisation.mergedIntoId)
    if (!target || !can(actor, 'organisation.read', { verified: target.verifiedAt !== null })) {
      throw new NotFoundError('organisation')
    }
    return { mergedInto: target }
  }
  if (!can(actor, 'organisation.read', { verified: organisation.verifiedAt !== null })) {
    throw new NotFoundError('organisation')
  }
  return { organisation }
}

/** A current (not merged) organisation the actor may see, for the pages that act on one. */
export async function getCurrentOrganisation(db: Db, actor: Actor | null, slug: string): Promise<Organisation> {
  const found = await getOrganisationBySlug(db, actor, slug)
  if ('mergedInto' in found) throw new NotFoundError('organisation')
  return found.organisation
}

export interface VisibleMember {
  id: string
  name: string
}

/**
 * The members the organisation's page lists for this viewer: those who let the viewer see both
 * their name and their organisations. Everyone else stays off the page, not even counted.
 */
export async function listVisibleMembers(
  db: Db,
  actor: Actor | null,
  organisationId: string,
): Promise<VisibleMember[]> {
  const rows = await db
    .select({ id: users.id, name: users.name, visibility: profiles.visibility })
    .from(organisationMemberships)
    .innerJoin(users, eq(users.id, organisationMemberships.userId))
    .leftJoin(profiles, eq(profiles.userId, users.id))
    .where(
      and(
        eq(organisationMemberships.organisationId, organisationId),
        eq(organisationMemberships.status, 'active'),
        isNull(users.deletedAt),
      ),
    )
    .orderBy(asc(sql`lower(${users.name})`), asc(users.id))
  return rows
    .filter((row) => {
      const visibility = profileVisibility(row.visibility)
      return (
        can(actor, 'profile.read-field', { userId: row.id, audience: visibility.name }) &&
        can(actor, 'profile.read-field', { userId: row.id, audience: visibility.organisation })
      )
    })
    .map(({ id, name }) => ({ id, name }))
}

export interface OrganisationMember {
  userId: string
  name: string
  email: string
  role: 'admin' | 'member'
  status: 'active' | 'requested'
  createdAt: Date
}

/** Everyone in the organisation and everyone asking to join, for its admins and editors. */
export async function listOrganisationMembers(
  db: Db,
  actor: Actor | null,
  organisationId: string,
): Promise<OrganisationMember[]> {
  if (!can(actor, 'organisation.manage', { organisationId })) throw new ForbiddenError()
  return db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      role: organisationMemberships.role,
      status: organisationMemberships.status,
      createdAt: organisationMemberships.createdAt,
    })
    .from(organisationMemberships)
    .innerJoin(users, eq(users.id, organisationMemberships.userId))
    .where(and(eq(organisationMemberships.organisationId, organisationId), isNull(users.deletedAt)))
    .orderBy(asc(organisationMemberships.status), asc(sql`lower(${users.name})`), asc(users.id))
}

export interface PendingInvitation {
  id: string
  email: string
  role: 'admin' | 'member' | null
  expiresAt: Date
  createdAt: Date
}

/** Invitations sent and neither accepted, withdrawn nor expired. */
export async function listPendingOrganisationInvitations(
  db: Db,
  actor: Actor | null,
  organisationId: string,
  now: Date,
): Promise<PendingInvitation[]> {
  if (!can(actor, 'organisation.manage', { organisationId })) throw new ForbiddenError()
  return db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.organisationRole,
      expiresAt: invitations.expiresAt,
      createdAt: invitations.createdAt,
    })
    .from(invitations)
    .where(
      and(
        eq(invitations.organisationId, organisationId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, now),
      ),
    )
    .orderBy(asc(invitations.createdAt))
}

/** The actor's own link to the organisation: an active membership, a pending request, or none. */
export async function findOwnMembership(db: Db, actor: Actor | null, organisationId: string) {
  if (!actor) return undefined
  const [row] = await db
    .select({ role: organisationMemberships.role, status: organisationMemberships.status })
    .from(organisationMemberships)
    .where(
      and(eq(organisationMemberships.organisationId, organisationId), eq(organisationMemberships.userId, actor.id)),
    )
  return row
}

export interface ActingOrganisation {
  id: string
  slug: string
  name: string
  /** A call may accept only verified organisations; the choice is the calling module's. */
  verified: boolean
}

/**
 * The organisations on whose behalf the actor may act (apply to a call, answer a survey, register a
 * delegation): their active memberships, once their address is verified. Empty for anyone else.
 * @example
 * const choices = await listOrganisationsActorCanActFor(c.var.db, c.var.actor)
 * <ActingOrganisationSelect t={t} organisations={choices} value={fieldValue(values, 'organisationId')} />
 */
export async function listOrganisationsActorCanActFor(db: Db, actor: Actor | null): Promise<ActingOrganisation[]> {
  if (!actor) return []
  const ids = actor.memberships
    .filter((membership) => can(actor, 'organisation.act-for', { organisationId: membership.organisationId }))
    .map((membership) => membership.organisationId)
  if (ids.length === 0) return []
  const rows = await db
    .select({
      id: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
      verifiedAt: organisations.verifiedAt,
    })
    .from(organisations)
    .where(and(inArray(organisations.id, ids), isNull(organisations.mergedIntoId)))
    .orderBy(asc(sql`lower(${organisations.name})`))
  return rows.map(({ verifiedAt, ...row }) => ({ ...row, verified: verifiedAt !== null }))
}

/**
 * Organisations an editor may merge this one into: current ones, other than itself, whose name
 * contains the words searched for, else those of the same country.
 */
export async function listMergeCandidates(
  db: Db,
  actor: Actor | null,
  organisation: Organisation,
  search?: string,
): Promise<Organisation[]> {
  if (!can(actor, 'organisation.merge')) throw new ForbiddenError()
  const words = search?.trim()
  return db
    .select()
    .from(organisations)
    .where(
      and(
        isNull(organisations.mergedIntoId),
        ne(organisations.id, organisation.id),
        words
          ? ilike(organisations.name, `%${words.replace(/[\\%_]/g, (match) => `\\${match}`)}%`)
          : eq(organisations.country, organisation.country),
      ),
    )
    .orderBy(asc(sql`lower(${organisations.name})`))
    .limit(50)
}

/** The organisations a person belongs to, current ones only, for their profile. */
export async function listMembershipsOf(db: Db, userId: string) {
  return db
    .select({
      id: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
      role: organisationMemberships.role,
    })
    .from(organisationMemberships)
    .innerJoin(organisations, eq(organisations.id, organisationMemberships.organisationId))
    .where(
      and(
        eq(organisationMemberships.userId, userId),
        eq(organisationMemberships.status, 'active'),
        isNull(organisations.mergedIntoId),
      ),
    )
    .orderBy(asc(sql`lower(${organisations.name})`))
}

export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)
}

export interface LeaveSituation {
  role: 'admin' | 'member'
  /** The actor is the organisation's last admin and others remain: they name who takes over. */
  needsSuccessor: boolean
  candidates: { id: string; name: string }[]
}

/** What leaving means for the actor: undefined when they are not an active member. */
export async function findLeaveSituation(
  db: Db,
  actor: Actor | null,
  organisationId: string,
): Promise<LeaveSituation | undefined> {
  if (!actor || !can(actor, 'organisation.leave', { organisationId })) return undefined
  const rows = await db
    .select({ id: users.id, name: users.name, role: organisationMemberships.role })
    .from(organisationMemberships)
    .innerJoin(users, eq(users.id, organisationMemberships.userId))
    .where(
      and(eq(organisationMemberships.organisationId, organisationId), eq(organisationMemberships.status, 'active')),
    )
    .orderBy(asc(sql`lower(${users.name})`), asc(users.id))
  const own = rows.find((row) => row.id === actor.id)
  if (!own) return undefined
  const others = rows.filter((row) => row.id !== actor.id)
  const needsSuccessor = own.role === 'admin' && others.length > 0 && !others.some((row) => row.role === 'admin')
  return { role: own.role, needsSuccessor, candidates: others.map(({ id, name }) => ({ id, name })) }
}

/** The public organisation pages, for the sitemap: verified and not merged away. */
export async function listPublicOrganisationSlugs(db: Db) {
  return db
    .select({ slug: organisations.slug, updatedAt: organisations.updatedAt })
    .from(organisations)
    .where(and(isNull(organisations.mergedIntoId), isNotNull(organisations.verifiedAt)))
    .orderBy(asc(organisations.slug))
}
