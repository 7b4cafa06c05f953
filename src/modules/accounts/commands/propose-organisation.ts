import { eq, like, or } from 'drizzle-orm'
import type { Db } from '../../../db/client.js'
import type { Actor } from '../../../platform/http/actor.js'
import { ForbiddenError } from '../../../platform/http/errors.js'
import { recordAccountsEvent } from '../audit-events.js'
import { can } from '../policy.js'
import type { Organisation, OrganisationKind, PopulationBand } from '../queries/organisations.js'
import { organisationMemberships, organisations } from '../tables.js'
import { type CommandEnv, inTransaction, isUniqueViolation } from './command-env.js'

/** What a person states about an organisation, checked by the organisation form. */
export interface OrganisationDetails {
  name: string
  kind: OrganisationKind
  country: string
  city: string | null
  /** Cities only; dropped for any other kind. */
  populationBand: PopulationBand | null
  website: string | null
  description: string
}

/** "Municipality of Urriés" → "municipality-of-urries". */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '')
  return slug || 'organisation'
}

async function freeSlug(db: Db, name: string): Promise<string> {
  const base = slugify(name)
  const taken = new Set(
    (
      await db
        .select({ slug: organisations.slug })
        .from(organisations)
        .where(or(eq(organisations.slug, base), like(organisations.slug, `${base}-%`)))
    ).map((row) => row.slug),
  )
  if (!taken.has(base)) return base
  for (let suffix = 2; ; suffix++) if (!taken.has(`${base}-${suffix}`)) return `${base}-${suffix}`
}

/**
 * Adds an organisation. An editor's is verified at once; a member's waits for an editor, and the
 * member who proposed it becomes its first organisation admin, so someone can invite colleagues.
 */
export async function proposeOrganisation(
  db: Db,
  actor: Actor | null,
  details: OrganisationDetails & { logoPath?: string | null },
  env: Pick<CommandEnv, 'now'>,
): Promise<{ ok: true; organisation: Organisation }> {
  if (!actor || !can(actor, 'organisation.create')) throw new ForbiddenError()
  const verified = can(actor, 'organisation.verify')
  // Two people proposing the same name at once both find the slug free; the loser takes the next one.
  for (let attempt = 0; ; attempt++) {
    try {
      const organisation = await inTransaction(db, async (tx) => {
        const [organisation] = await tx
          .insert(organisations)
          .values({
            ...details,
            populationBand: details.kind === 'city' ? details.populationBand : null,
            slug: await freeSlug(tx, details.name),
            verifiedAt: verified ? env.now : null,
            createdAt: env.now,
            updatedAt: env.now,
          })
          .returning()
        if (!verified) {
          await tx
            .insert(organisationMemberships)
            .values({ organisationId: organisation!.id, userId: actor.id, role: 'admin', status: 'active' })
        }
        await recordAccountsEvent(tx, actor, {
          action: 'organisation.created',
          subject: { type: 'organisation', id: organisation!.id },
          organisationId: organisation!.id,
          details: { name: organisation!.name, verified },
        })
        if (verified) {
          await recordAccountsEvent(tx, actor, {
            action: 'organisation.verified',
            subject: { type: 'organisation', id: organisation!.id },
            organisationId: organisation!.id,
          })
        }
        return organisation!
      })
      return { ok: true, organisation }
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 5) throw error
    }
  }
}
