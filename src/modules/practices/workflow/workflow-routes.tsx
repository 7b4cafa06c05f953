import { Hono } from 'hono'
import type { FormError } from '../../../platform/forms/form-state.js'
import { parseForm } from '../../../platform/forms/parse-form.js'
import type { AppEnv } from '../../../platform/http/env.js'
import { ForbiddenError, NotFoundError } from '../../../platform/http/errors.js'
import { renderPage } from '../../../platform/http/render.js'
import { localHref } from '../../../platform/ui/page-context.js'
import { can, listOrganisationsActorCanActFor } from '../../accounts/index.js'
import { canOnPractice, canReviewPractices } from '../policy.js'
import { PracticeFields, PracticeTranslationFields, sectionsMissingForReview } from '../practice-fields.js'
import { submitForReview } from './review-practice.js'
import { findLatestChangeRequest } from './revisions.js'
import { doneNotice, practiceFor, signInFirst, workflowEnv } from './route-guards.js'
import { removeTranslation, saveTranslation } from './translate-practice.js'
import { MyPracticesPage } from './views/my-practices-page.js'
import { practiceValues } from './views/practice-form-fields.js'
import { type EditedPractice, PracticeFormPage } from './views/practice-form-page.js'
import { TranslationPage } from './views/translation-page.js'
import type { WorkflowRefusal } from './workflow-env.js'
import { findPracticeForWriting, listOrganisationsPractices, type PracticeForWriting } from './workflow-queries.js'
import { createDraftPractice, updatePractice } from './write-practice.js'

/**
 * Writing practices, mounted at /:locale/practices before /:slug:
 * GET|POST /new · GET /mine · GET|POST /:slug/edit · GET|POST /:slug/translation · POST /:slug/translation/remove
 */
export const workflowRoutes = new Hono<AppEnv>()

/** A refusal as messages: on its fields, or above the form when it is about the whole practice. */
export function refusalErrors(
  t: (key: string, values?: Record<string, string | number>) => string,
  refusal: WorkflowRefusal,
): FormError[] {
  switch (refusal.reason) {
    case 'stale':
      return [{ field: '', message: t('practices.workflow.error.stale') }]
    case 'not-allowed-now':
      return [
        {
          field: '',
          message: t('practices.workflow.error.notNow', { state: t(`practices.workflow.state.${refusal.status}`) }),
        },
      ]
    case 'incomplete':
      return refusal.errors
    case 'comment-missing':
      return [{ field: 'comment', message: t('practices.workflow.error.comment') }]
  }
}

function requireMember(c: Parameters<typeof signInFirst>[0]) {
  const redirect = signInFirst(c)
  if (redirect) return redirect
  if (!can(c.var.actor, 'member.act')) throw new ForbiddenError()
  return undefined
}

workflowRoutes.get('/new', async (c) => {
  const refused = requireMember(c)
  if (refused) return refused
  const organisations = await listOrganisationsActorCanActFor(c.var.db, c.var.actor)
  return renderPage(
    c,
    <PracticeFormPage ctx={c.var.pageContext()} organisations={organisations} values={{ language: c.var.locale }} />,
  )
})

workflowRoutes.post('/new', async (c) => {
  const refused = requireMember(c)
  if (refused) return refused
  const { t } = c.var
  const organisations = await listOrganisationsActorCanActFor(c.var.db, c.var.actor)
  const body = await c.req.parseBody({ all: true })
  const form = parseForm(PracticeFields(t), body, { t })
  const organisationId = typeof body.organisationId === 'string' ? body.organisationId : ''
  const errors: FormError[] = organisations.some((organisation) => organisation.id === organisationId)
    ? []
    : [{ field: 'organisationId', message: t('practices.workflow.error.organisation') }]
  if (form.ok && body.intent === 'submit') errors.push(...sectionsMissingForReview(form.data, t))
  if (!form.ok) errors.push(...form.errors)
  if (!form.ok || errors.length > 0)
    return renderPage(
      c,
      <PracticeFormPage ctx={c.var.pageContext()} organisations={organisations} values={form.values} errors={errors} />,
      422,
    )
  const created = await createDraftPractice(c.var.db, c.var.actor, organisationId, form.data, workflowEnv(c))
  if (body.intent === 'submit') {
    const submitted = await submitForReview(c.var.db, c.var.actor, created.id, workflowEnv(c), created.revision)
    if (submitted.ok) return c.redirect(localHref(c.var, `/practices/mine?done=submitted`), 303)
  }
  return c.redirect(localHref(c.var, `/practices/${created.slug}/edit?done=saved`), 303)
})

workflowRoutes.get('/mine', async (c) => {
  const refused = requireMember(c)
  if (refused) return refused
  const organisations = await listOrganisationsActorCanActFor(c.var.db, c.var.actor)
  const items = await listOrganisationsPractices(
    c.var.db,
    organisations.map((organisation) => organisation.id),
  )
  return renderPage(
    c,
    <MyPracticesPage
      ctx={c.var.pageContext()}
      items={items}
      canPropose={organisations.length > 0}
      notice={doneNotice(c)}
    />,
  )
})

async function editedPractice(
  c: Parameters<typeof signInFirst>[0],
  found: PracticeForWriting,
): Promise<EditedPractice> {
  const request = await findLatestChangeRequest(c.var.db, found.practice.id)
  return {
    slug: found.practice.slug,
    title: found.practice.title,
    publicationStatus: found.practice.publicationStatus,
    revision: found.revision,
    organisationName: found.organisationName,
    translationLanguages: found.translations.map((translation) => translation.language),
    changeRequest: request?.comment ? { comment: request.comment, authorName: request.authorName } : null,
  }
}

/** The organisation's members reach the edit page of a practice the editors hold: they see its preview instead. */
async function practiceToEdit(c: Parameters<typeof signInFirst>[0]) {
  const found = await findPracticeForWriting(c.var.db, c.req.param('slug') ?? '')
  if (!found || !canOnPractice(c.var.actor, 'practice.read', found.practice)) throw new NotFoundError('practice')
  if (canOnPractice(c.var.actor, 'practice.edit', found.practice)) return found
  if (canOnPractice(c.var.actor, 'practice.edit', { ...found.practice, publicationStatus: 'draft' }))
    return c.redirect(localHref(c.var, `/practices/${found.practice.slug}`), 303)
  throw new ForbiddenError()
}

workflowRoutes.get('/:slug/edit', async (c) => {
  const refused = signInFirst(c)
  if (refused) return refused
  const found = await practiceToEdit(c)
  if (found instanceof Response) return found
  return renderPage(
    c,
    <PracticeFormPage
      ctx={c.var.pageContext()}
      practice={await editedPractice(c, found)}
      canReview={canReviewPractices(c.var.actor)}
      values={practiceValues(found.practice)}
      notice={doneNotice(c)}
    />,
  )
})

workflowRoutes.post('/:slug/edit', async (c) => {
  const refused = signInFirst(c)
  if (refused) return refused
  const found = await practiceToEdit(c)
  if (found instanceof Response) return found
  const { t } = c.var
  const body = await c.req.parseBody({ all: true })
  const form = parseForm(PracticeFields(t), body, { t })
  const formRevision = Number.parseInt(typeof body.revision === 'string' ? body.revision : '', 10)
  const practice = await editedPractice(c, found)
  const show = (errors: FormError[], status: 409 | 422, revision = formRevision) =>
    renderPage(
      c,
      <PracticeFormPage
        ctx={c.var.pageContext()}
        practice={practice}
        canReview={canReviewPractices(c.var.actor)}
        values={form.values}
        errors={errors}
        formRevision={Number.isNaN(revision) ? found.revision : revision}
      />,
      status,
    )
  if (!form.ok) return show(form.errors, 422)
  const submitting = body.intent === 'submit'
  if (submitting) {
    const missing = sectionsMissingForReview(form.data, t)
    if (missing.length > 0) return show(missing, 422)
  }
  const saved = await updatePractice(c.var.db, c.var.actor, found.practice.id, form.data, formRevision, workflowEnv(c))
  // After a concurrent save the form carries the newest revision: saving again is a deliberate choice.
  if (!saved.ok) return show(refusalErrors(t, saved), 409, saved.reason === 'stale' ? saved.revision : formRevision)
  if (submitting) {
    const submitted = await submitForReview(c.var.db, c.var.actor, saved.id, workflowEnv(c), saved.revision)
    if (!submitted.ok) return show(refusalErrors(t, submitted), 409, saved.revision)
    return c.redirect(localHref(c.var, `/practices/mine?done=submitted`), 303)
  }
  return c.redirect(localHref(c.var, `/practices/${saved.slug}/edit?done=saved`), 303)
})

workflowRoutes.get('/:slug/translation', async (c) => {
  const refused = signInFirst(c)
  if (refused) return refused
  const found = await practiceFor(c, 'practice.translate')
  const language = c.req.query('language') || undefined
  const known = language && language !== found.practice.language && /^[a-z]{2}$/.test(language) ? language : undefined
  const existing = found.translations.find((translation) => translation.language === known)
  return renderPage(
    c,
    <TranslationPage
      ctx={c.var.pageContext()}
      practice={found.practice}
      revision={found.revision}
      language={known}
      exists={existing !== undefined}
      values={
        existing
          ? {
              title: existing.title,
              summary: existing.summary,
              challenge: existing.challenge,
              approach: existing.approach,
              results: existing.results,
              transferability: existing.transferability,
              lessons: existing.lessons,
            }
          : {}
      }
      notice={doneNotice(c)}
    />,
  )
})

workflowRoutes.post('/:slug/translation', async (c) => {
  const refused = signInFirst(c)
  if (refused) return refused
  const found = await practiceFor(c, 'practice.translate')
  const { t } = c.var
  const body = await c.req.parseBody({ all: true })
  const language = typeof body.language === 'string' ? body.language : ''
  const form = parseForm(PracticeTranslationFields(t), body, { t })
  const revision = Number.parseInt(typeof body.revision === 'string' ? body.revision : '', 10)
  const show = (errors: FormError[], status: 409 | 422) =>
    renderPage(
      c,
      <TranslationPage
        ctx={c.var.pageContext()}
        practice={found.practice}
        revision={Number.isNaN(revision) ? found.revision : revision}
        language={/^[a-z]{2}$/.test(language) && language !== found.practice.language ? language : undefined}
        exists={found.translations.some((translation) => translation.language === language)}
        values={form.values}
        errors={errors}
      />,
      status,
    )
  if (!form.ok) return show(form.errors, 422)
  const saved = await saveTranslation(
    c.var.db,
    c.var.actor,
    found.practice.id,
    language,
    form.data,
    workflowEnv(c),
    Number.isNaN(revision) ? undefined : revision,
  )
  if (!saved.ok)
    return saved.reason === 'bad-language'
      ? show([{ field: 'language', message: t('practices.workflow.error.language') }], 422)
      : show(refusalErrors(t, saved), 409)
  return c.redirect(
    localHref(c.var, `/practices/${saved.slug}/translation?language=${language}&done=translation-saved`),
    303,
  )
})

workflowRoutes.post('/:slug/translation/remove', async (c) => {
  const refused = signInFirst(c)
  if (refused) return refused
  const found = await practiceFor(c, 'practice.translate')
  const body = await c.req.parseBody()
  const language = typeof body.language === 'string' ? body.language : ''
  const removed = await removeTranslation(c.var.db, c.var.actor, found.practice.id, language, workflowEnv(c))
  if (!removed.ok) throw new NotFoundError('translation')
  return c.redirect(localHref(c.var, `/practices/${removed.slug}/edit?done=translation-removed`), 303)
})
