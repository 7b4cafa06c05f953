import type { FormError } from '../../../platform/forms/form-state.js'
import { Button } from '../../../platform/ui/button.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import { Radios } from '../../../platform/ui/radios.js'
import { QUESTION_TYPES } from '../question-types.js'
import { EditorFrame, editorPath } from './editor-frame.js'

/** Step one of adding a question: its kind decides which settings the next page asks for. */
export function QuestionTypePage(props: {
  ctx: PageContext
  questionnaire: { id: string; title: string }
  sectionId: string
  errors?: FormError[]
}) {
  const { ctx } = props
  const { t } = ctx
  return (
    <EditorFrame
      ctx={ctx}
      title={t('questionnaires.type.title')}
      questionnaire={props.questionnaire}
      errors={props.errors}
    >
      <form
        method="get"
        action={localHref(ctx, editorPath(props.questionnaire.id, `/sections/${props.sectionId}/questions/new`))}
        novalidate
      >
        <Radios
          t={t}
          name="type"
          legend={t('questionnaires.type.legend')}
          legendSize="m"
          items={QUESTION_TYPES.map((type) => ({ value: type, text: t(`questionnaires.type.${type}`) }))}
          error={props.errors?.[0]?.message}
        />
        <Button>{t('questionnaires.type.continue')}</Button>
      </form>
    </EditorFrame>
  )
}
