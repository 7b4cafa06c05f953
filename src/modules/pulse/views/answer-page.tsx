import type { FormError, FormValues } from '../../../platform/forms/form-state.js'
import { formatDateTime } from '../../../platform/i18n/format.js'
import { Button, ButtonGroup } from '../../../platform/ui/button.js'
import { Checkboxes } from '../../../platform/ui/checkboxes.js'
import type { PageContext } from '../../../platform/ui/page-context.js'
import { needsMultipart, QuestionnaireFields, type QuestionnaireVersion } from '../../questionnaires/index.js'
import type { Survey } from '../queries.js'
import { PulseFrame } from './pulse-frame.js'
import { surveyPath } from './survey-page.js'

/** The organisation's one response: saved as a draft and continued later, or submitted. */
export function AnswerPage(props: {
  ctx: PageContext
  survey: Survey
  organisationName: string
  action: string
  version: QuestionnaireVersion
  values?: FormValues
  errors?: FormError[]
  warnings?: FormError[]
  revision?: number
  consent: boolean
  reopenNote?: string | null
  notice?: string
  status: 'none' | 'draft' | 'submitted'
}) {
  const { ctx, survey } = props
  const { t, locale } = ctx
  const problems = [...(props.errors ?? []), ...(props.warnings ?? [])]
  return (
    <PulseFrame
      ctx={ctx}
      title={t('pulse.answer.title', { organisation: props.organisationName })}
      trail={[{ label: survey.title, path: surveyPath(survey) }]}
      errors={problems}
      notice={props.notice}
      sample={survey.isSample}
      indexable={false}
    >
      <p class="app-body">
        {t('pulse.answer.lead', { closes: formatDateTime(locale, survey.closesAt, survey.timeZone) })}
      </p>
      {props.reopenNote ? (
        <div class="app-inset-text">
          <p class="app-body">{t('pulse.answer.reopenNote', { note: props.reopenNote })}</p>
        </div>
      ) : null}
      {props.status === 'submitted' ? (
        <p class="app-body">{t('pulse.answer.submitted')}</p>
      ) : (
        <form
          method="post"
          action={props.action}
          novalidate
          enctype={needsMultipart(props.version.content) ? 'multipart/form-data' : undefined}
        >
          {props.revision !== undefined ? <input type="hidden" name="revision" value={String(props.revision)} /> : null}
          <QuestionnaireFields
            t={t}
            locale={locale}
            version={props.version}
            values={props.values}
            errors={props.errors}
            warnings={props.warnings}
            organisations={[]}
          />
          <Checkboxes
            t={t}
            name="pulse-consent"
            legend={t('pulse.answer.consentLegend')}
            hint={t('pulse.answer.consentHint')}
            items={[{ value: 'yes', text: t('pulse.answer.consent') }]}
            values={props.consent ? ['yes'] : []}
          />
          <ButtonGroup>
            <Button name="intent" value="submit">
              {t('pulse.answer.submit')}
            </Button>
            <Button variant="secondary" name="intent" value="draft">
              {t('pulse.answer.saveDraft')}
            </Button>
          </ButtonGroup>
        </form>
      )}
    </PulseFrame>
  )
}
