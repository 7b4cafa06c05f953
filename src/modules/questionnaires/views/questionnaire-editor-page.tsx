import { type FormError, type FormValues, fieldError, fieldValue } from '../../../platform/forms/form-state.js'
import { Button, ButtonGroup } from '../../../platform/ui/button.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import { SummaryList } from '../../../platform/ui/summary-list.js'
import { Tag } from '../../../platform/ui/tag.js'
import { TextInput } from '../../../platform/ui/text-input.js'
import { Textarea } from '../../../platform/ui/textarea.js'
import type { EditorView } from '../editor-queries.js'
import { allQuestions, type Question } from '../question-types.js'
import { EditorFrame, editorPath } from './editor-frame.js'

/** A button in its own small form: reordering and deleting work without JavaScript. */
function ActionButton(props: {
  ctx: PageContext
  action: string
  name?: string
  value?: string
  label: string
  hidden: string
  warning?: boolean
}) {
  return (
    <form method="post" action={localHref(props.ctx, props.action)} class="app-inline-form">
      <button
        type="submit"
        class={
          props.warning
            ? 'app-button app-button--warning app-button--small'
            : 'app-button app-button--secondary app-button--small'
        }
        name={props.name}
        value={props.value}
      >
        {props.label}
        <span class="app-visually-hidden"> {props.hidden}</span>
      </button>
    </form>
  )
}

export function QuestionnaireEditorPage(props: {
  ctx: PageContext
  view: EditorView
  notice?: string
  problem?: string
  values?: FormValues
  errors?: FormError[]
}) {
  const { ctx, view } = props
  const { t } = ctx
  const { questionnaire, latest, published } = view
  const id = questionnaire.id
  const questions = allQuestions(latest.content)
  const describe = (question: Question) => {
    const parts = [
      t(`questionnaires.type.${question.type}`),
      t(question.required ? 'questionnaires.edit.required' : 'questionnaires.edit.optional'),
    ]
    const source = question.condition && questions.find((candidate) => candidate.id === question.condition?.questionId)
    if (source && question.condition) {
      const answer =
        source.type === 'yes-no'
          ? t(question.condition.equals === 'yes' ? 'questionnaires.field.yes' : 'questionnaires.field.no')
          : 'options' in source
            ? (source.options.find((option) => option.value === question.condition?.equals)?.label ?? '')
            : ''
      parts.push(t('questionnaires.edit.shownWhen', { question: source.label, answer }))
    }
    return parts.join(' · ')
  }
  return (
    <EditorFrame
      ctx={ctx}
      title={t('questionnaires.edit.title', { title: questionnaire.title })}
      notice={props.notice}
      problem={props.problem}
      errors={props.errors}
    >
      <p class="app-body">
        <Tag colour={latest.status === 'published' ? 'green' : 'grey'}>
          {t(`questionnaires.status.${latest.status}`)}
        </Tag>{' '}
        {t('questionnaires.version', { number: latest.number })}
      </p>
      <p class="app-body">
        {latest.status === 'draft' && published
          ? t('questionnaires.edit.draftOfPublished', { number: latest.number, published: published.number })
          : latest.status === 'draft'
            ? t('questionnaires.edit.unpublished')
            : t('questionnaires.edit.publishedLive', { number: latest.number })}
      </p>
      <ButtonGroup>
        <Button variant="secondary" href={localHref(ctx, editorPath(id, '/preview'))}>
          {t('questionnaires.edit.preview')}
        </Button>
      </ButtonGroup>

      {latest.content.sections.length === 0 ? <p class="app-body">{t('questionnaires.edit.noSections')}</p> : null}
      {latest.content.sections.map((section, sectionIndex) => {
        const heading = section.title || t('questionnaires.edit.untitledSection', { number: sectionIndex + 1 })
        return (
          <section class="app-questionnaire-section" aria-labelledby={`section-${section.id}`}>
            <h2 class="app-heading-m" id={`section-${section.id}`}>
              {heading}
            </h2>
            {section.help ? <p class="app-body">{section.help}</p> : null}
            <div class="app-button-group">
              <a class="app-link" href={localHref(ctx, editorPath(id, `/sections/${section.id}`))}>
                {t('questionnaires.edit.editSection')}
                <span class="app-visually-hidden"> {heading}</span>
              </a>
              <ActionButton
                ctx={ctx}
                action={editorPath(id, `/sections/${section.id}/move`)}
                name="direction"
                value="up"
                label={t('questionnaires.edit.moveUp')}
                hidden={heading}
              />
              <ActionButton
                ctx={ctx}
                action={editorPath(id, `/sections/${section.id}/move`)}
                name="direction"
                value="down"
                label={t('questionnaires.edit.moveDown')}
                hidden={heading}
              />
              <ActionButton
                ctx={ctx}
                action={editorPath(id, `/sections/${section.id}/delete`)}
                label={t('questionnaires.edit.deleteSection')}
                hidden={heading}
                warning
              />
            </div>
            {section.questions.length === 0 ? (
              <p class="app-body">{t('questionnaires.edit.noQuestions')}</p>
            ) : (
              <SummaryList
                rows={section.questions.map((question) => ({
                  key: question.label,
                  value: describe(question),
                  actions: [
                    {
                      href: localHref(ctx, editorPath(id, `/questions/${question.id}`)),
                      text: t('questionnaires.edit.editQuestion'),
                      visuallyHiddenText: question.label,
                    },
                  ],
                }))}
              />
            )}
            {section.questions.length > 0 ? (
              <ul class="app-list app-questionnaire-editor__moves">
                {section.questions.map((question) => (
                  <li class="app-button-group">
                    <span class="app-body-s">{question.label}</span>
                    <ActionButton
                      ctx={ctx}
                      action={editorPath(id, `/questions/${question.id}/move`)}
                      name="direction"
                      value="up"
                      label={t('questionnaires.edit.moveUp')}
                      hidden={question.label}
                    />
                    <ActionButton
                      ctx={ctx}
                      action={editorPath(id, `/questions/${question.id}/move`)}
                      name="direction"
                      value="down"
                      label={t('questionnaires.edit.moveDown')}
                      hidden={question.label}
                    />
                    <ActionButton
                      ctx={ctx}
                      action={editorPath(id, `/questions/${question.id}/delete`)}
                      label={t('questionnaires.edit.deleteQuestion')}
                      hidden={question.label}
                      warning
                    />
                  </li>
                ))}
              </ul>
            ) : null}
            <p class="app-body">
              <a class="app-link" href={localHref(ctx, editorPath(id, `/sections/${section.id}/questions/new`))}>
                {t('questionnaires.edit.addQuestion')}
                <span class="app-visually-hidden"> ({heading})</span>
              </a>
            </p>
          </section>
        )
      })}

      <h2 class="app-heading-m">{t('questionnaires.edit.addSection')}</h2>
      <form method="post" action={localHref(ctx, editorPath(id, '/sections'))} novalidate>
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
          rows={3}
          label={t('questionnaires.edit.sectionHelp')}
          value={fieldValue(props.values, 'sectionHelp')}
        />
        <Button variant="secondary">{t('questionnaires.edit.addSectionButton')}</Button>
      </form>

      {latest.status === 'draft' ? (
        <>
          <h2 class="app-heading-m">{t('questionnaires.edit.publish')}</h2>
          <p class="app-body">{t('questionnaires.edit.publishHint')}</p>
          <form method="post" action={localHref(ctx, editorPath(id, '/publish'))}>
            <Button>{t('questionnaires.edit.publish')}</Button>
          </form>
        </>
      ) : null}
    </EditorFrame>
  )
}
