import { type FormError, type FormValues, fieldError, fieldValue } from '../../../platform/forms/form-state.js'
import { Button } from '../../../platform/ui/button.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import { Table } from '../../../platform/ui/table.js'
import { TextInput } from '../../../platform/ui/text-input.js'
import type { QuestionnaireListItem } from '../queries.js'
import { EDITOR_ROOT, EditorFrame, editorPath } from './editor-frame.js'

export function QuestionnaireListPage(props: {
  ctx: PageContext
  questionnaires: QuestionnaireListItem[]
  values?: FormValues
  errors?: FormError[]
}) {
  const { ctx } = props
  const { t } = ctx
  return (
    <EditorFrame ctx={ctx} title={t('questionnaires.list.title')} errors={props.errors}>
      <p class="app-body-l">{t('questionnaires.list.lead')}</p>
      {props.questionnaires.length === 0 ? (
        <p class="app-body">{t('questionnaires.list.empty')}</p>
      ) : (
        <Table
          caption={t('questionnaires.list.caption')}
          captionSize="m"
          scrollableId="questionnaires"
          head={[
            t('questionnaires.list.name'),
            t('questionnaires.list.owner'),
            t('questionnaires.list.version'),
            { text: t('questionnaires.list.responses'), numeric: true },
          ]}
          rows={props.questionnaires.map((item) => [
            {
              text: (
                <a class="app-link" href={localHref(ctx, editorPath(item.id))}>
                  {item.title}
                </a>
              ),
            },
            item.ownerModule === 'questionnaires'
              ? t('questionnaires.list.standalone')
              : `${item.ownerModule} · ${item.ownerId}`,
            `${t('questionnaires.version', { number: item.latestNumber })} · ${t(`questionnaires.status.${item.latestStatus}`)}`,
            { text: String(item.submitted), numeric: true },
          ])}
        />
      )}
      <h2 class="app-heading-m">{t('questionnaires.list.create')}</h2>
      <form method="post" action={localHref(ctx, EDITOR_ROOT)} novalidate>
        <TextInput
          t={t}
          name="title"
          label={t('questionnaires.titleField')}
          value={fieldValue(props.values, 'title')}
          error={fieldError(props.errors, 'title')}
        />
        <Button>{t('questionnaires.list.createButton')}</Button>
      </form>
    </EditorFrame>
  )
}
