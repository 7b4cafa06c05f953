import { and, eq, inArray } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { recordAudit } from '../../platform/audit/index.js'
import type { Actor } from '../../platform/http/actor.js'
import { findOrganisationById, listMembershipsOf } from '../accounts/index.js'
import { automaticConflict, type PanelExpert } from './assignment.js'
import { ForbiddenCallError } from './commands.js'
import { canManageCalls } from './policy.js'
import { type Call, callApplications, callConflicts, callPanel, type Round } from './tables.js'

function requireManager(actor: Actor | null): asserts actor is Actor {
  if (!canManageCalls(actor)) throw new ForbiddenCallError()
}

/** The experts on the round's panel; on any round's panel when `round` is not given. */
export async function listPanelIds(db: Db, callId: string, round?: Round): Promise<string[]> {
  const rows = await db
    .selectDistinct({ expertId: callPanel.expertId })
    .from(callPanel)
    .where(and(eq(callPanel.callId, callId), round ? eq(callPanel.round, round) : undefined))
  return rows.map((row) => row.expertId)
}

/** Sets the round's panel to these experts (people with the expert role, checked by the caller's list). */
export async function setPanel(db: Db, actor: Actor | null, callId: string, round: Round, expertIds: string[]) {
  requireManager(actor)
  await db.transaction(async (tx) => {
    await tx.delete(callPanel).where(and(eq(callPanel.callId, callId), eq(callPanel.round, round)))
    if (expertIds.length > 0)
      await tx.insert(callPanel).values([...new Set(expertIds)].map((expertId) => ({ callId, round, expertId })))
    await recordAudit(tx, {
      action: 'call.panel_set',
      actorId: actor.id,
      actorLabel: actor.email,
      subjectType: 'call',
      subjectId: callId,
      details: { round, experts: expertIds.length },
    })
  })
}

/** The experts of every round's panel with their organisations and countries, for conflicts and assignment. */
export async function panelExperts(db: Db, callId: string): Promise<PanelExpert[]> {
  const ids = await listPanelIds(db, callId)
  const experts: PanelExpert[] = []
  for (const id of ids) {
    const memberships = await listMembershipsOf(db, id)
    const countries: string[] = []
    for (const membership of memberships) {
      const organisation = await findOrganisationById(db, membership.id)
      if (organisation) countries.push(organisation.country)
    }
    experts.push({ id, organisationIds: memberships.map((membership) => membership.id), countries })
  }
  return experts
}

/** Records the automatic conflicts of the panel with the call's submitted applications. */
export async function refreshAutomaticConflicts(db: Db, call: Call) {
  const experts = await panelExperts(db, call.id)
  const applications = await db
    .select({
      id: callApplications.id,
      organisationId: callApplications.organisationId,
      country: callApplications.country,
    })
    .from(callApplications)
    .where(and(eq(callApplications.callId, call.id), eq(callApplications.status, 'submitted')))
  const rows: { applicationId: string; expertId: string; reason: 'same-organisation' | 'same-country' }[] = []
  for (const application of applications)
    for (const expert of experts) {
      const reason = automaticConflict(expert, application, call.sameCountryConflict)
      if (reason === 'same-organisation' || reason === 'same-country')
        rows.push({ applicationId: application.id, expertId: expert.id, reason })
    }
  if (rows.length > 0) await db.insert(callConflicts).values(rows).onConflictDoNothing()
  return experts
}

/** "applicationId:expertId" pairs of every conflict recorded for these applications. */
export async function conflictPairs(db: Db, applicationIds: string[]): Promise<Set<string>> {
  if (applicationIds.length === 0) return new Set()
  const rows = await db.select().from(callConflicts).where(inArray(callConflicts.applicationId, applicationIds))
  return new Set(rows.map((row) => `${row.applicationId}:${row.expertId}`))
}
