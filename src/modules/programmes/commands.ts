import { and, eq, notInArray, sql } from 'drizzle-orm'
import { z } from 'zod'
import type { Db } from '../../db/client.js'
import { PROGRAMME_SLUG_PATTERN } from './filter.js'
import { normaliseToPrecision } from './programme-period.js'
import { programmePartners, programmes } from './tables.js'

const httpUrl = z.url({ protocol: /^https?$/ }).max(2000)
const isoDate = z.iso.date()

export const PartnerInput = z.object({
  name: z.string().trim().min(1).max(300),
  url: httpUrl.nullish(),
  // Root-relative only: the CSP shows images from this site alone (see tables.ts).
  logoPath: z
    .string()
    .regex(/^\/(?!\/)[^\s"'<>]*$/, 'must be a root-relative path on this site, like /files/logo.svg')
    .nullish(),
  logoAlt: z.string().trim().max(300).nullish(),
  role: z.enum(['lead', 'partner']).default('partner'),
})
export type PartnerInput = z.input<typeof PartnerInput>

export const ProgrammeInput = z
  .object({
    slug: z.string().max(200).regex(PROGRAMME_SLUG_PATTERN, 'must be lowercase words joined by hyphens'),
    name: z.string().trim().min(1).max(300),
    summary: z.string().trim().min(1).max(1000),
    description: z.string().trim().max(20_000).default(''),
    language: z
      .string()
      .regex(/^[a-z]{2,3}$/)
      .default('en'),
    websiteUrl: httpUrl.nullish(),
    startsOn: isoDate.nullish(),
    endsOn: isoDate.nullish(),
    datesPrecision: z.enum(['day', 'month', 'year']).default('day'),
    euFunded: z.boolean().default(false),
    grantingAuthority: z.string().trim().min(1).max(300).nullish(),
    fundingNote: z.string().trim().max(2000).nullish(),
    position: z.number().int().default(0),
    /** In display order; a name appears once per programme. */
    partners: z.array(PartnerInput).max(200).default([]),
  })
  .refine((p) => !p.startsOn || !p.endsOn || p.startsOn <= p.endsOn, {
    message: 'must not be before the start date',
    path: ['endsOn'],
  })
  .refine((p) => new Set(p.partners.map((partner) => partner.name)).size === p.partners.length, {
    message: 'each partner may appear only once',
    path: ['partners'],
  })
export type ProgrammeInput = z.input<typeof ProgrammeInput>

export interface SaveProgrammeResult {
  id: string
  created: boolean
  /** False when the programme was already exactly so: updated_at then keeps its value. */
  changed: boolean
}

/**
 * Creates the programme with this slug, or brings the existing one to exactly this state,
 * partners included (matched by name, so their ids and anything linked to them survive).
 * Saving the same input twice changes nothing, not even updated_at, which the sitemap reports.
 */
export async function saveProgramme(db: Db, input: ProgrammeInput): Promise<SaveProgrammeResult> {
  const data = ProgrammeInput.parse(input)
  const fields = {
    name: data.name,
    summary: data.summary,
    description: data.description,
    language: data.language,
    websiteUrl: data.websiteUrl ?? null,
    startsOn: data.startsOn ? normaliseToPrecision(data.startsOn, data.datesPrecision) : null,
    endsOn: data.endsOn ? normaliseToPrecision(data.endsOn, data.datesPrecision) : null,
    datesPrecision: data.datesPrecision,
    euFunded: data.euFunded,
    grantingAuthority: data.grantingAuthority ?? null,
    fundingNote: data.fundingNote || null,
    position: data.position,
  }

  return db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(programmes)
      .values({ slug: data.slug, ...fields })
      .onConflictDoNothing({ target: programmes.slug })
      .returning({ id: programmes.id })
    if (inserted) {
      await syncPartners(tx, inserted.id, data.partners)
      return { id: inserted.id, created: true, changed: true }
    }

    // Locked so that two saves of one programme apply one after the other, not interleaved.
    const [existing] = await tx.select().from(programmes).where(eq(programmes.slug, data.slug)).for('update')
    if (!existing) throw new Error(`Programme ${data.slug} vanished while being saved`)
    const fieldsChanged = (Object.keys(fields) as (keyof typeof fields)[]).some((key) => existing[key] !== fields[key])
    const partnersChanged = await syncPartners(tx, existing.id, data.partners)
    const changed = fieldsChanged || partnersChanged
    if (changed) {
      await tx
        .update(programmes)
        .set({ ...fields, updatedAt: sql`now()` })
        .where(eq(programmes.id, existing.id))
    }
    return { id: existing.id, created: false, changed }
  })
}

/** Makes the programme's partners exactly `wanted`, in that order; says whether anything changed. */
async function syncPartners(db: Db, programmeId: string, wanted: z.output<typeof PartnerInput>[]): Promise<boolean> {
  const current = await db.select().from(programmePartners).where(eq(programmePartners.programmeId, programmeId))
  const byName = new Map(current.map((partner) => [partner.name, partner]))
  let changed = false

  const names = wanted.map((partner) => partner.name)
  const removed = await db
    .delete(programmePartners)
    .where(
      names.length > 0
        ? and(eq(programmePartners.programmeId, programmeId), notInArray(programmePartners.name, names))
        : eq(programmePartners.programmeId, programmeId),
    )
    .returning({ id: programmePartners.id })
  if (removed.length > 0) changed = true

  for (const [position, partner] of wanted.entries()) {
    const values = {
      url: partner.url ?? null,
      logoPath: partner.logoPath ?? null,
      logoAlt: partner.logoAlt || null,
      role: partner.role,
      position,
    }
    const existing = byName.get(partner.name)
    if (!existing) {
      await db.insert(programmePartners).values({ programmeId, name: partner.name, ...values })
      changed = true
    } else if ((Object.keys(values) as (keyof typeof values)[]).some((key) => existing[key] !== values[key])) {
      await db.update(programmePartners).set(values).where(eq(programmePartners.id, existing.id))
      changed = true
    }
  }
  return changed
}

/** Deletes a programme and its partners; content of other modules keeps existing without one. */
export async function deleteProgramme(db: Db, slug: string): Promise<boolean> {
  const deleted = await db.delete(programmes).where(eq(programmes.slug, slug)).returning({ id: programmes.id })
  return deleted.length > 0
}
