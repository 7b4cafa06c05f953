import { type FormError, type FormValues, fieldError, fieldValue } from '../../../platform/forms/form-state.js'
import { Button, ButtonGroup } from '../../../platform/ui/button.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import { TextInput } from '../../../platform/ui/text-input.js'
import { Textarea } from '../../../platform/ui/textarea.js'
import { EditorFrame, editorPath } from './editor-frame.js'

export function SectionPage(props: {
  ctx: PageContext
  questionnaire: { id: string; title: string }
  sectionId: string
  values: FormValues
  errors?: FormError[]
}) {
  const { ctx } = props
  const { t } = ctx
  const id = props.questionnaire.id
  return (
    <EditorFrame
      ctx={ctx}
      title={t('questionnaires.edit.editSection')}
      questionnaire={props.questionnaire}
      errors={props.errors}
    >
      <form method="post" action={localHref(ctx, editorPath(id, `/sections/${props.sectionId}`))} novalidate>
        <TextInput
          t={t}
          name="sectionTitle"
          label={t('questionnaires.edit.sectionTitle')}
          value={fieldValue(props.values, 'sectionTitle')}
          error={fieldError(props.errors, 'sectionTitle')}
        />
        <Textarea
          t={t}
          name="sectionHelp"
          rows={4}
          label={t('questionnaires.edit.sectionHelp')}
          value={fieldValue(props.values, 'sectionHelp')}
        />
        <ButtonGroup>
          <Button>{t('questionnaires.edit.saveSection')}</Button>
          <a class="app-link" href={localHref(ctx, editorPath(id))}>
            {t('questionnaires.edit.back')}
          </a>
        </ButtonGroup>
      </form>
    </EditorFrame>
  )
}
