import type { FormError, FormValues } from '../../../platform/forms/form-state.js'
import { Button } from '../../../platform/ui/button.js'
import { NotificationBanner } from '../../../platform/ui/notification-banner.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import { type Answers, allQuestions, type VersionContent } from '../question-types.js'
import { AnswersSummary } from './answers-summary.js'
import { EditorFrame, editorPath } from './editor-frame.js'
import { needsMultipart, QuestionnaireFields } from './questionnaire-fields.js'

/** The version as a respondent sees it; submitting checks the answers and stores nothing. */
export function PreviewPage(props: {
  ctx: PageContext
  questionnaire: { id: string; title: string }
  version: { content: VersionContent }
  organisations: { id: string; name: string }[]
  values?: FormValues
  errors?: FormError[]
  warnings?: FormError[]
  accepted?: Answers
}) {
  const { ctx } = props
  const { t } = ctx
  const action = localHref(ctx, editorPath(props.questionnaire.id, '/preview'))
  const empty = allQuestions(props.version.content).length === 0
  const problems =
    props.warnings && props.warnings.length > 0 ? [...(props.errors ?? []), ...props.warnings] : props.errors
  return (
    <EditorFrame
      ctx={ctx}
      title={t('questionnaires.preview.title', { title: props.questionnaire.title })}
      questionnaire={props.questionnaire}
      errors={problems}
    >
      {props.accepted ? (
        <>
          <NotificationBanner t={t} type="success">
            <p class="app-body">{t('questionnaires.preview.valid')}</p>
          </NotificationBanner>
          <AnswersSummary
            t={t}
            locale={ctx.locale}
            version={props.version}
            answers={props.accepted}
            changeHref={(id) => `${action}#${id}`}
          />
        </>
      ) : null}
      <p class="app-body">{t('questionnaires.preview.lead')}</p>
      {empty ? (
        <p class="app-body">{t('questionnaires.preview.empty')}</p>
      ) : (
        <form
          method="post"
          action={action}
          novalidate
          enctype={needsMultipart(props.version.content) ? 'multipart/form-data' : undefined}
        >
          <QuestionnaireFields
            t={t}
            locale={ctx.locale}
            version={props.version}
            values={props.values}
            errors={props.errors}
            warnings={props.warnings}
            organisations={props.organisations}
          />
          <Button>{t('questionnaires.preview.submit')}</Button>
        </form>
      )}
    </EditorFrame>
  )
}
