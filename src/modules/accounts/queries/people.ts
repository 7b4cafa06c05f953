import { and, arrayContains, asc, count, eq, gt, ilike, isNull, or, sql } from 'drizzle-orm'
import type { Db } from '../../../db/client.js'
import type { Actor, SiteRole } from '../../../platform/http/actor.js'
import { ForbiddenError, NotFoundError } from '../../../platform/http/errors.js'
import { can } from '../policy.js'
import { invitations, organisationMemberships, organisations, profiles, users } from '../tables.js'

/** The parts of a profile whose audience the person chooses. The e-mail address is not one: never public. */
export const PROFILE_FIELDS = ['name', 'organisation', 'country', 'languages', 'expertise', 'bio', 'photo'] as const
export type ProfileField = (typeof PROFILE_FIELDS)[number]

export const AUDIENCES = ['public', 'members', 'private'] as const
export type Audience = (typeof AUDIENCES)[number]

/** What a profile shows before its owner chooses: who they are and where, in public; the rest to members. */
export const DEFAULT_VISIBILITY: Readonly<Record<ProfileField, Audience>> = {
  name: 'public',
  organisation: 'public',
  country: 'public',
  languages: 'members',
  expertise: 'members',
  bio: 'members',
  photo: 'members',
}

/** The stored choices over the defaults; anything unknown in the stored JSON is ignored. */
export function profileVisibility(stored: Record<string, string> | null | undefined): Record<ProfileField, Audience> {
  const visibility = { ...DEFAULT_VISIBILITY }
  for (const field of PROFILE_FIELDS) {
    const audience = stored?.[field]
    if ((AUDIENCES as readonly string[]).includes(audience ?? '')) visibility[field] = audience as Audience
  }
  return visibility
}

export interface OwnProfile {
  id: string
  name: string
  email: string
  country: string | null
  languages: string[]
  expertise: string[]
  bio: string
  photoPath: string | null
  photoAlt: string | null
  visibility: Record<ProfileField, Audience>
  organisations: { slug: string; name: string }[]
}

/** The signed-in person's whole profile, to edit it. */
export async function getOwnProfile(db: Db, actor: Actor | null): Promise<OwnProfile> {
  if (!actor || !can(actor, 'profile.edit', { userId: actor.id })) throw new ForbiddenError()
  const person = await loadPerson(db, actor.id)
  if (!person) throw new NotFoundError('person')
  const memberships = await currentOrganisationsOf(db, actor.id)
  return {
    id: person.id,
    name: person.name,
    email: person.email,
    country: person.country,
    languages: person.languages ?? [],
    expertise: person.expertise ?? [],
    bio: person.bio ?? '',
    photoPath: person.photoPath,
    photoAlt: person.photoAlt,
    visibility: profileVisibility(person.visibility),
    organisations: memberships.map(({ slug, name }) => ({ slug, name })),
  }
}

/**
 * A profile as one viewer may see it: each field is present only when its owner lets this viewer
 * see it, so a view cannot show what it was never given. Nothing at all of a deleted person, and
 * a 404 when the viewer may see nothing (the page does not confirm the person exists).
 */
export interface ProfileView {
  id: string
  name?: string
  organisations?: { slug: string; name: string }[]
  country?: string
  languages?: string[]
  expertise?: string[]
  bio?: string
  photo?: { alt: string }
}

export async function getProfileForViewer(db: Db, actor: Actor | null, userId: string): Promise<ProfileView> {
  const person = await loadPerson(db, userId)
  if (!person || person.deletedAt) throw new NotFoundError('person')
  const visibility = profileVisibility(person.visibility)
  const sees = (field: ProfileField) => can(actor, 'profile.read-field', { userId, audience: visibility[field] })
  const view: ProfileView = { id: person.id }
  if (sees('name')) view.name = person.name
  if (sees('organisation')) {
    const memberships = await currentOrganisationsOf(db, userId)
    const readable = memberships.filter((organisation) =>
      can(actor, 'organisation.read', { verified: organisation.verifiedAt !== null }),
    )
    if (readable.length > 0) view.organisations = readable.map(({ slug, name }) => ({ slug, name }))
  }
  if (sees('country') && person.country) view.country = person.country
  if (sees('languages') && person.languages && person.languages.length > 0) view.languages = person.languages
  if (sees('expertise') && person.expertise && person.expertise.length > 0) view.expertise = person.expertise
  if (sees('bio') && person.bio) view.bio = person.bio
  if (sees('photo') && person.photoPath) view.photo = { alt: person.photoAlt ?? '' }
  if (Object.keys(view).length === 1) throw new NotFoundError('person')
  return view
}

/** The stored photo's file name, when this viewer may see it. */
export async function findProfilePhotoForViewer(db: Db, actor: Actor | null, userId: string) {
  const person = await loadPerson(db, userId)
  if (!person || person.deletedAt || !person.photoPath) return undefined
  const audience = profileVisibility(person.visibility).photo
  if (!can(actor, 'profile.read-field', { userId, audience })) return undefined
  return { fileName: person.photoPath, audience }
}

async function loadPerson(db: Db, userId: string) {
  const [row] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      deletedAt: users.deletedAt,
      country: profiles.country,
      languages: profiles.languages,
      expertise: profiles.expertise,
      bio: profiles.bio,
      photoPath: profiles.photoPath,
      photoAlt: profiles.photoAlt,
      visibility: profiles.visibility,
    })
    .from(users)
    .leftJoin(profiles, eq(profiles.userId, users.id))
    .where(eq(users.id, userId))
  return row
}

async function currentOrganisationsOf(db: Db, userId: string) {
  return db
    .select({ slug: organisations.slug, name: organisations.name, verifiedAt: organisations.verifiedAt })
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

export const PEOPLE_PAGE_SIZE = 50

export interface PersonSummary {
  id: string
  name: string
  email: string
  emailVerified: boolean
  roles: SiteRole[]
  createdAt: Date
}

export interface PeopleFilter {
  /** Words found in the name or the e-mail address. */
  search?: string
  role?: SiteRole
  page?: number
}

const siteRoles = (roles: string[]): SiteRole[] =>
  roles.filter((role): role is SiteRole => role === 'admin' || role === 'editor' || role === 'expert')

/** Everyone with an account (not deleted ones), for admins. */
export async function listPeople(db: Db, actor: Actor | null, filter: PeopleFilter = {}) {
  if (!can(actor, 'users.list')) throw new ForbiddenError()
  const conditions = [isNull(users.deletedAt)]
  const words = filter.search?.trim()
  if (words) {
    const pattern = `%${words.replace(/[\\%_]/g, (match) => `\\${match}`)}%`
    conditions.push(or(ilike(users.name, pattern), ilike(users.email, pattern))!)
  }
  if (filter.role) conditions.push(arrayContains(users.roles, [filter.role]))
  const where = and(...conditions)
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(users).where(where)
  const pageCount = Math.max(1, Math.ceil(total / PEOPLE_PAGE_SIZE))
  const page = Math.min(Math.max(1, Math.floor(filter.page ?? 1)), pageCount)
  const rows = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      emailVerified: users.emailVerified,
      roles: users.roles,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(where)
    .orderBy(asc(sql`lower(${users.name})`), asc(users.id))
    .limit(PEOPLE_PAGE_SIZE)
    .offset((page - 1) * PEOPLE_PAGE_SIZE)
  const items: PersonSummary[] = rows.map((row) => ({ ...row, roles: siteRoles(row.roles) }))
  return { items, total, page, pageCount }
}

/** One person's account and roles, for the admin who changes them. */
export async function getPersonForAdmin(db: Db, actor: Actor | null, userId: string) {
  if (!can(actor, 'users.list')) throw new ForbiddenError()
  const [row] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      emailVerified: users.emailVerified,
      roles: users.roles,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.deletedAt)))
  if (!row) throw new NotFoundError('person')
  const person: PersonSummary = { ...row, roles: siteRoles(row.roles) }
  return { ...person, organisations: await currentOrganisationsOf(db, userId) }
}

export async function countAdmins(db: Db): Promise<number> {
  const [{ total } = { total: 0 }] = await db
    .select({ total: count() })
    .from(users)
    .where(and(arrayContains(users.roles, ['admin']), isNull(users.deletedAt), eq(users.emailVerified, true)))
  return total
}

/** The expert pool and the invitations still open, for editors. */
export async function listExperts(db: Db, actor: Actor | null, now: Date) {
  if (!can(actor, 'expert.invite')) throw new ForbiddenError()
  const experts = await db
    .select({ id: users.id, name: users.name, email: users.email, expertise: profiles.expertise })
    .from(users)
    .leftJoin(profiles, eq(profiles.userId, users.id))
    .where(and(arrayContains(users.roles, ['expert']), isNull(users.deletedAt)))
    .orderBy(asc(sql`lower(${users.name})`), asc(users.id))
  const pending = await db
    .select({ id: invitations.id, email: invitations.email, expiresAt: invitations.expiresAt })
    .from(invitations)
    .where(
      and(
        eq(invitations.purpose, 'expert'),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, now),
      ),
    )
    .orderBy(asc(invitations.createdAt))
  return { experts: experts.map((expert) => ({ ...expert, expertise: expert.expertise ?? [] })), pending }
}

/** The account with this address, if any; addresses are compared as Better Auth stores them, lower-cased. */
export async function findUserByEmail(db: Db, email: string) {
  const [row] = await db
    .select({ id: users.id, name: users.name, email: users.email, roles: users.roles, deletedAt: users.deletedAt })
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()))
  return row
}

/**
 * Where to write to a person about something of theirs (another module's notification): their
 * name, address and language; undefined for a deleted account, which must not be written to.
 */
export async function findMailRecipient(db: Db, userId: string) {
  const [row] = await db
    .select({ name: users.name, email: users.email, locale: users.locale })
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.deletedAt)))
  return row
}
