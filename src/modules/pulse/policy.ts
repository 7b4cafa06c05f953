import type { Actor } from '../../platform/http/actor.js'
import { can } from '../accounts/index.js'

export interface SurveyWindow {
  opensAt: Date
  closesAt: Date
  closedAt: Date | null
  publishedAt: Date | null
}

export interface SurveyAudience {
  audienceKinds: readonly string[]
  audienceCountries: readonly string[]
}

/** Editors and admins build surveys, follow responses, clean data and publish. */
export function canEditSurveys(actor: Actor | null): boolean {
  return can(actor, 'content.edit')
}

/** Answers are taken from the opening moment until the closing one, unless an editor closed it first. */
export function isOpen(survey: SurveyWindow, now: Date): boolean {
  return (
    survey.closedAt === null &&
    survey.publishedAt === null &&
    now.getTime() >= survey.opensAt.getTime() &&
    now.getTime() < survey.closesAt.getTime()
  )
}

/** Whether an organisation of this kind and country is among those the survey asks. */
export function isInAudience(survey: SurveyAudience, organisation: { kind: string; country: string }): boolean {
  return (
    (survey.audienceKinds.length === 0 || survey.audienceKinds.includes(organisation.kind)) &&
    (survey.audienceCountries.length === 0 || survey.audienceCountries.includes(organisation.country))
  )
}

/**
 * A verified member of the organisation may answer for it while the survey is open, if the
 * survey asks organisations like it. One response per organisation: any member may continue it.
 */
export function canAnswerFor(
  actor: Actor | null,
  survey: SurveyWindow & SurveyAudience,
  organisation: { id: string; kind: string; country: string },
  now: Date,
): boolean {
  return (
    can(actor, 'member.act') &&
    can(actor, 'organisation.act-for', { organisationId: organisation.id }) &&
    isInAudience(survey, organisation) &&
    isOpen(survey, now)
  )
}

/** The organisation's admins (and editors) see which member answered for it. */
export function canSeeRespondent(actor: Actor | null, organisationId: string): boolean {
  return can(actor, 'organisation.manage', { organisationId })
}

/** Results are public once published; editors see them before, to check them. */
export function canSeeResults(actor: Actor | null, survey: { publishedAt: Date | null }): boolean {
  return survey.publishedAt !== null || canEditSurveys(actor)
}
