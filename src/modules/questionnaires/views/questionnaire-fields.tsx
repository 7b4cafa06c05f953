import type { Child } from 'hono/jsx'
import {
  type FormError,
  type FormValues,
  fieldError,
  fieldValue,
  fieldValues,
} from '../../../platform/forms/form-state.js'
import type { Locale, Translate } from '../../../platform/i18n/catalogue.js'
import { Checkboxes } from '../../../platform/ui/checkboxes.js'
import { ErrorMessage, Fieldset, FormGroup, Hint } from '../../../platform/ui/form-group.js'
import { Radios } from '../../../platform/ui/radios.js'
import { Select } from '../../../platform/ui/select.js'
import { TextInput } from '../../../platform/ui/text-input.js'
import { Textarea } from '../../../platform/ui/textarea.js'
import { countryOptions } from '../../accounts/index.js'
import { fileTypeNames } from '../parse-answers.js'
import { type Answers, allQuestions, type Question, type VersionContent } from '../question-types.js'
import { answersToFormValues } from './form-values.js'

export interface QuestionnaireFieldsProps {
  t: Translate
  locale: Locale
  version: { content: VersionContent }
  /** The strings as posted (from parseAnswers), to show a submission again exactly. */
  values?: FormValues
  /** Stored answers (a saved draft), shown when there are no posted values. */
  answers?: Answers
  confirmed?: readonly string[]
  errors?: readonly FormError[]
  warnings?: readonly FormError[]
  /** The organisations the respondent can act for, offered by organisation questions. */
  organisations?: readonly { id: string; name: string }[]
  /** The heading level of the section titles, under the page's own heading. */
  sectionHeading?: 'h2' | 'h3'
}

/** Whether the form holding these questions must be sent as multipart/form-data (a file question). */
export function needsMultipart(content: VersionContent): boolean {
  return allQuestions(content).some((question) => question.type === 'file')
}

/**
 * A version's questions as GOV.UK-style fields, inside the owner's own <form> (method post,
 * novalidate; enctype multipart when `needsMultipart`). A conditional question is always in the
 * page with a hint naming its condition, so it works without JavaScript; the script hides it
 * while its condition is not met. Every field's id is its question's id, so error links land.
 * @example
 * <form method="post" novalidate enctype={needsMultipart(version.content) ? 'multipart/form-data' : undefined}>
 *   <QuestionnaireFields t={t} locale={locale} version={version} values={parsed.values} errors={parsed.errors} />
 *   <Button>{t('calls.apply.submit')}</Button>
 * </form>
 */
export function QuestionnaireFields(props: QuestionnaireFieldsProps) {
  const values =
    props.values ?? answersToFormValues(props.version.content, props.answers ?? {}, props.confirmed ?? [], props.locale)
  const Heading = props.sectionHeading ?? 'h2'
  const questions = allQuestions(props.version.content)
  return (
    <div class="app-questionnaire" data-module="app-questionnaire">
      {props.version.content.sections.map((section) => (
        <div class="app-questionnaire-section">
          {section.title ? <Heading class="app-heading-m">{section.title}</Heading> : null}
          {section.help ? <p class="app-body">{section.help}</p> : null}
          {section.questions.map((question) => {
            const source = question.condition
              ? questions.find((candidate) => candidate.id === question.condition?.questionId)
              : undefined
            const field = (
              <QuestionField
                {...props}
                question={question}
                values={values}
                conditionHint={
                  source && question.condition
                    ? props.t('questionnaires.field.conditional', {
                        question: source.label,
                        answer: conditionAnswerLabel(props.t, source, question.condition.equals),
                      })
                    : undefined
                }
              />
            )
            return question.condition ? (
              <div
                class="app-question--conditional"
                data-question={question.id}
                data-condition-question={question.condition.questionId}
                data-condition-value={question.condition.equals}
              >
                {field}
              </div>
            ) : (
              field
            )
          })}
        </div>
      ))}
    </div>
  )
}

function conditionAnswerLabel(t: Translate, source: Question, value: string): string {
  if (source.type === 'yes-no') return t(value === 'yes' ? 'questionnaires.field.yes' : 'questionnaires.field.no')
  if (source.type === 'single-choice' || source.type === 'multiple-choice')
    return source.options.find((option) => option.value === value)?.label ?? value
  return value
}

function joinHints(...parts: (string | undefined)[]): Child | undefined {
  const present = parts.filter((part): part is string => Boolean(part))
  return present.length > 0 ? present.join(' ') : undefined
}

function rangeHint(t: Translate, min: number | undefined, max: number | undefined): string | undefined {
  if (min !== undefined && max !== undefined) return t('questionnaires.field.numberRange', { min, max })
  if (min !== undefined) return t('questionnaires.field.numberMin', { min })
  if (max !== undefined) return t('questionnaires.field.numberMax', { max })
  return undefined
}

function QuestionField(
  props: QuestionnaireFieldsProps & { question: Question; values: FormValues; conditionHint?: string },
) {
  const { t, question, values } = props
  const id = question.id
  const label = question.required ? question.label : `${question.label} ${t('questionnaires.field.optional')}`
  const error = fieldError(props.errors, id)
  const warning = fieldError(props.warnings, id)
  const common = { t, name: id, error, labelSize: 's' as const }
  const hint = (...extra: (string | undefined)[]) => joinHints(props.conditionHint, question.help, ...extra)

  switch (question.type) {
    case 'short-text':
      return <TextInput {...common} label={label} hint={hint()} value={fieldValue(values, id)} />
    case 'long-text':
      return (
        <Textarea
          {...common}
          label={label}
          rows={8}
          hint={hint(question.maxWords ? t('questionnaires.field.wordLimit', { max: question.maxWords }) : undefined)}
          value={fieldValue(values, id)}
        />
      )
    case 'url':
      return (
        <TextInput
          {...common}
          label={label}
          type="url"
          spellcheck={false}
          hint={hint()}
          value={fieldValue(values, id)}
        />
      )
    case 'email':
      return (
        <TextInput
          {...common}
          label={label}
          type="email"
          spellcheck={false}
          hint={hint()}
          value={fieldValue(values, id)}
        />
      )
    case 'number':
    case 'percentage': {
      const unit = question.type === 'percentage' ? '%' : question.unit
      const [min, max] = question.type === 'percentage' ? [0, 100] : [question.min, question.max]
      return (
        <NumberWithWarning t={t} id={id} warning={warning} confirmed={fieldValue(values, `${id}-confirmed`) === 'yes'}>
          <TextInput
            {...common}
            label={unit ? `${label} (${unit})` : label}
            inputmode="decimal"
            width="10"
            spellcheck={false}
            hint={hint(rangeHint(t, min, max))}
            value={fieldValue(values, id)}
          />
        </NumberWithWarning>
      )
    }
    case 'single-choice':
      return (
        <Radios
          {...common}
          legend={label}
          legendSize="s"
          hint={hint()}
          items={question.options.map((option) => ({ value: option.value, text: option.label }))}
          value={fieldValue(values, id)}
        />
      )
    case 'multiple-choice':
      return (
        <Checkboxes
          {...common}
          legend={label}
          legendSize="s"
          hint={hint()}
          items={question.options.map((option) => ({ value: option.value, text: option.label }))}
          values={fieldValues(values, id)}
        />
      )
    case 'yes-no':
      return (
        <Radios
          {...common}
          legend={label}
          legendSize="s"
          inline
          hint={hint()}
          items={[
            { value: 'yes', text: t('questionnaires.field.yes') },
            { value: 'no', text: t('questionnaires.field.no') },
          ]}
          value={fieldValue(values, id)}
        />
      )
    case 'scale': {
      const points = Array.from({ length: question.scaleMax - question.scaleMin + 1 }, (_, i) => question.scaleMin + i)
      return (
        <Radios
          {...common}
          legend={label}
          legendSize="s"
          inline
          hint={hint(
            question.minLabel && question.maxLabel
              ? t('questionnaires.field.scaleEnds', {
                  min: question.scaleMin,
                  max: question.scaleMax,
                  minLabel: question.minLabel,
                  maxLabel: question.maxLabel,
                })
              : undefined,
          )}
          items={points.map((point) => ({ value: String(point), text: String(point) }))}
          value={fieldValue(values, id)}
        />
      )
    }
    case 'country':
      return (
        <Select
          {...common}
          label={label}
          hint={hint()}
          options={[{ value: '', text: t('questionnaires.field.chooseCountry') }, ...countryOptions(props.locale)]}
          value={fieldValue(values, id)}
        />
      )
    case 'consent':
      return (
        <Checkboxes
          {...common}
          legend={label}
          legendSize="s"
          hint={hint()}
          items={[{ value: 'yes', text: t('questionnaires.field.consentAgree') }]}
          values={fieldValues(values, id)}
        />
      )
    case 'date':
      return (
        <DateField
          t={t}
          id={id}
          label={label}
          hint={hint(t('questionnaires.field.dateHint'))}
          error={error}
          values={values}
        />
      )
    case 'organisation': {
      const organisations = props.organisations ?? []
      if (organisations.length === 0)
        return (
          <TextInput
            {...common}
            id={id}
            name={`${id}-name`}
            label={label}
            autocomplete="organization"
            hint={hint()}
            value={fieldValue(values, `${id}-name`)}
          />
        )
      return (
        <>
          <Radios
            {...common}
            legend={label}
            legendSize="s"
            hint={hint()}
            items={[
              ...organisations.map((organisation) => ({ value: organisation.id, text: organisation.name })),
              { value: 'other', text: t('questionnaires.field.otherOrganisation') },
            ]}
            value={fieldValue(values, id)}
          />
          <TextInput
            t={t}
            name={`${id}-name`}
            label={t('questionnaires.field.organisationNameOther')}
            autocomplete="organization"
            value={fieldValue(values, `${id}-name`)}
          />
        </>
      )
    }
    case 'file': {
      const current = props.answers?.[id]
      const currentName = current && typeof current === 'object' && 'fileName' in current ? current.fileName : undefined
      const hintId = `${id}-hint`
      const errorId = error ? `${id}-error` : undefined
      return (
        <FormGroup error={Boolean(error)}>
          <label class="app-label app-label--s" for={id}>
            {label}
          </label>
          <Hint id={hintId}>
            {joinHints(
              props.conditionHint,
              question.help,
              t('questionnaires.field.fileRules', {
                types: fileTypeNames(question.fileTypes),
                size: question.maxSizeMb,
              }),
              currentName ? t('questionnaires.field.currentFile', { name: currentName }) : undefined,
            )}
          </Hint>
          {error ? (
            <ErrorMessage id={errorId} t={t}>
              {error}
            </ErrorMessage>
          ) : null}
          <input
            class={error ? 'app-file-upload app-file-upload--error' : 'app-file-upload'}
            id={id}
            name={id}
            type="file"
            aria-describedby={errorId ? `${hintId} ${errorId}` : hintId}
          />
        </FormGroup>
      )
    }
  }
}

/** The "are you sure?" of a value outside the plausible range, with the box that confirms it. */
function NumberWithWarning(props: { t: Translate; id: string; warning?: string; confirmed: boolean; children: Child }) {
  if (!props.warning && !props.confirmed) return <>{props.children}</>
  return (
    <div>
      {props.children}
      <div class="app-question-warning">
        {props.warning ? <p class="app-question-warning__text">{props.warning}</p> : null}
        <div class="app-checkboxes app-checkboxes--small">
          <div class="app-checkboxes__item">
            <input
              class="app-checkboxes__input"
              id={`${props.id}-confirmed`}
              name={`${props.id}-confirmed`}
              type="checkbox"
              value="yes"
              checked={props.confirmed}
            />
            <label class="app-label app-checkboxes__label" for={`${props.id}-confirmed`}>
              {props.t('questionnaires.warning.confirm')}
            </label>
          </div>
        </div>
      </div>
    </div>
  )
}

function DateField(props: {
  t: Translate
  id: string
  label: string
  hint?: Child
  error?: string
  values: FormValues
}) {
  const { t, id } = props
  const hintId = `${id}-hint`
  const errorId = props.error ? `${id}-error` : undefined
  const parts = [
    { part: 'day', width: '2', inputId: id },
    { part: 'month', width: '2', inputId: `${id}-month` },
    { part: 'year', width: '4', inputId: `${id}-year` },
  ] as const
  return (
    <FormGroup error={Boolean(props.error)}>
      <Fieldset legend={props.label} legendSize="s" describedBy={errorId ? `${hintId} ${errorId}` : hintId}>
        <Hint id={hintId}>{props.hint}</Hint>
        {props.error ? (
          <ErrorMessage id={errorId} t={t}>
            {props.error}
          </ErrorMessage>
        ) : null}
        <div class="app-date-input">
          {parts.map(({ part, width, inputId }) => (
            <div class="app-form-group app-date-input__item">
              <label class="app-label" for={inputId}>
                {t(`questionnaires.field.${part}`)}
              </label>
              <input
                class={`app-input app-input--width-${width}${props.error ? ' app-input--error' : ''}`}
                id={inputId}
                name={`${id}-${part}`}
                type="text"
                inputmode="numeric"
                value={fieldValue(props.values, `${id}-${part}`)}
              />
            </div>
          ))}
        </div>
      </Fieldset>
    </FormGroup>
  )
}
