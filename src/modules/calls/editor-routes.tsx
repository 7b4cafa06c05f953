import type { Context } from 'hono'
import { Hono } from 'hono'
import type { FormValues } from '../../platform/forms/form-state.js'
import { parseForm } from '../../platform/forms/parse-form.js'
import type { AppEnv } from '../../platform/http/env.js'
import { ForbiddenError } from '../../platform/http/errors.js'
import { renderPage } from '../../platform/http/render.js'
import { utcToZonedTime } from '../../platform/time/zoned-time.js'
import { CallForm, criteriaToText, mappingToText } from './call-form.js'
import { callInputFrom, createCall, updateCall } from './commands.js'
import { GOOD_PRACTICE_FORM, GOOD_PRACTICE_MAPPING } from './good-practice-form.js'
import { canManageCalls } from './policy.js'
import { getCallBySlug } from './queries.js'
import type { Call } from './tables.js'
import { CallFormPage } from './views/call-form-page.js'

/** GET/POST /new · GET/POST /:slug/edit — editors only. */
export const editorRoutes = new Hono<AppEnv>()

function requireEditor(c: Context<AppEnv>) {
  if (!canManageCalls(c.var.actor)) throw new ForbiddenError()
}

export function callFormValues(call: Call): FormValues {
  const yes = (value: boolean) => (value ? ['yes'] : [])
  return {
    title: call.title,
    slug: call.slug,
    kind: call.kind,
    description: call.description,
    guidance: call.guidance,
    applicantType: call.applicantType,
    eligibleCountries: call.eligibleCountries,
    eligibleOrganisationKinds: call.eligibleOrganisationKinds,
    timeZone: call.timeZone,
    opensAt: utcToZonedTime(call.opensAt, call.timeZone),
    closesAt: utcToZonedTime(call.closesAt, call.timeZone),
    quota: call.quota === null ? '' : String(call.quota),
    reviewsPerSubmission: String(call.reviewsPerSubmission),
    eligibilityCriteria: criteriaToText(call.criteria.eligibility ?? []),
    criteria: criteriaToText(call.criteria.experts ?? []),
    panelCriteria: criteriaToText(call.criteria.panel ?? []),
    practiceMapping: mappingToText(call.practiceMapping),
    referencePrefix: call.referencePrefix,
    blind: yes(call.blind),
    editAfterSubmit: yes(call.editAfterSubmit),
    sameCountryConflict: yes(call.sameCountryConflict),
  }
}

const NEW_CALL: FormValues = {
  applicantType: 'organisations',
  timeZone: 'Europe/Brussels',
  reviewsPerSubmission: '3',
  referencePrefix: 'CALL',
  criteria: 'Relevance | 2 | 5 | How well the practice answers the call’s themes',
}

editorRoutes.get('/new', (c) => {
  requireEditor(c)
  return renderPage(c, <CallFormPage ctx={c.var.pageContext()} values={NEW_CALL} />)
})

editorRoutes.post('/new', async (c) => {
  requireEditor(c)
  const t = c.var.t
  const form = parseForm(CallForm(t), await c.req.parseBody({ all: true }), { t })
  if (!form.ok)
    return renderPage(c, <CallFormPage ctx={c.var.pageContext()} values={form.values} errors={form.errors} />, 422)
  const input = callInputFrom(form.data)
  // A good-practice call starts from the standard good-practice form, already mapped to the
  // catalogue's fields; editors change it in the questionnaire builder before publishing it.
  const starter = input.kind === 'good-practices'
  const result = await createCall(
    c.var.db,
    c.var.actor,
    starter && Object.keys(input.practiceMapping ?? {}).length === 0
      ? { ...input, practiceMapping: GOOD_PRACTICE_MAPPING }
      : input,
    starter ? GOOD_PRACTICE_FORM : undefined,
  )
  if (!result.ok)
    return renderPage(
      c,
      <CallFormPage
        ctx={c.var.pageContext()}
        values={form.values}
        errors={[{ field: 'slug', message: t('calls.form.slug.taken') }]}
      />,
      409,
    )
  return c.redirect(`/${c.var.locale}/calls/${result.call.slug}/edit?created=1`, 303)
})

editorRoutes.get('/:slug/edit', async (c) => {
  requireEditor(c)
  const call = await getCallBySlug(c.var.db, c.req.param('slug'))
  return renderPage(
    c,
    <CallFormPage
      ctx={c.var.pageContext()}
      slug={call.slug}
      title={call.title}
      questionnaireId={call.questionnaireId}
      values={callFormValues(call)}
    />,
  )
})

editorRoutes.post('/:slug/edit', async (c) => {
  requireEditor(c)
  const call = await getCallBySlug(c.var.db, c.req.param('slug'))
  const t = c.var.t
  const form = parseForm(CallForm(t), await c.req.parseBody({ all: true }), { t })
  const page = (values: FormValues, errors: { field: string; message: string }[]) => (
    <CallFormPage
      ctx={c.var.pageContext()}
      slug={call.slug}
      title={call.title}
      questionnaireId={call.questionnaireId}
      values={values}
      errors={errors}
    />
  )
  if (!form.ok) return renderPage(c, page(form.values, form.errors), 422)
  const input = callInputFrom(form.data)
  const result = await updateCall(c.var.db, c.var.actor, call.id, { ...input, slug: input.slug || call.slug })
  if (!result.ok) return renderPage(c, page(form.values, [{ field: 'slug', message: t('calls.form.slug.taken') }]), 409)
  return c.redirect(`/${c.var.locale}/calls/${result.call.slug}`, 303)
})
