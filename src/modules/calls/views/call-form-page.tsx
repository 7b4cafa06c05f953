import type { FormError, FormValues } from '../../../platform/forms/form-state.js'
import { fieldError, fieldValue, fieldValues } from '../../../platform/forms/form-state.js'
import { Button } from '../../../platform/ui/button.js'
import { Checkboxes } from '../../../platform/ui/checkboxes.js'
import { ErrorSummary, errorTitle } from '../../../platform/ui/error-summary.js'
import { Fieldset, Hint } from '../../../platform/ui/form-group.js'
import { Layout } from '../../../platform/ui/layout.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import { Radios } from '../../../platform/ui/radios.js'
import { TextInput } from '../../../platform/ui/text-input.js'
import { Textarea } from '../../../platform/ui/textarea.js'
import { countryOptions, ORGANISATION_KINDS } from '../../accounts/index.js'
import { CRITERIA_FIELDS } from '../call-form.js'
import { APPLICANT_TYPES, CALL_KINDS, PRACTICE_FIELDS, ROUNDS } from '../tables.js'

/** Create (no `slug`) or edit a call; the questionnaire is built on its own pages (linked). */
export function CallFormPage(props: {
  ctx: PageContext
  slug?: string
  title?: string
  questionnaireId?: string | null
  values: FormValues
  errors?: FormError[]
}) {
  const { ctx, values, errors } = props
  const { t, locale } = ctx
  const editing = props.slug !== undefined
  const heading = editing ? t('calls.form.editTitle', { title: props.title ?? '' }) : t('calls.form.newTitle')
  const action = localHref(ctx, editing ? `/calls/${props.slug}/edit` : '/calls/new')
  const text = (name: string, hint?: string, width: 'full' | '10' | '5' | '20' = 'full') => (
    <TextInput
      t={t}
      name={name}
      label={t(`calls.form.${name}.label`)}
      hint={hint}
      width={width}
      value={fieldValue(values, name)}
      error={fieldError(errors, name)}
    />
  )
  const flag = (name: string) => (
    <Checkboxes
      t={t}
      name={name}
      legend={t(`calls.form.${name}.legend`)}
      items={[{ value: 'yes', text: t(`calls.form.${name}.label`) }]}
      values={fieldValues(values, name)}
      error={fieldError(errors, name)}
    />
  )
  return (
    <Layout
      ctx={ctx}
      title={errorTitle(t, heading, errors)}
      indexable={false}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('calls.list.title'), path: '/calls' },
        ...(editing ? [{ label: props.title ?? '', path: `/calls/${props.slug}` }] : []),
        { label: heading },
      ]}
    >
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          {errors && errors.length > 0 ? <ErrorSummary t={t} errors={errors} /> : null}
          <h1 class="app-heading-xl">{heading}</h1>
          {editing && props.questionnaireId ? (
            <p class="app-body">
              <a class="app-link" href={localHref(ctx, `/admin/questionnaires/${props.questionnaireId}`)}>
                {t('calls.manage.form')}
              </a>
            </p>
          ) : (
            <p class="app-body">{t('calls.form.formLater')}</p>
          )}
          <form method="post" action={action} novalidate>
            {text('title')}
            {text('slug', t('calls.form.slug.hint'), '20')}
            <Radios
              t={t}
              name="kind"
              legend={t('calls.form.kind.legend')}
              items={CALL_KINDS.map((kind) => ({ value: kind, text: t(`calls.kind.${kind}`) }))}
              value={fieldValue(values, 'kind')}
              error={fieldError(errors, 'kind')}
            />
            <Textarea
              t={t}
              name="description"
              label={t('calls.form.description.label')}
              hint={t('calls.form.markdownHint')}
              rows={8}
              value={fieldValue(values, 'description')}
              error={fieldError(errors, 'description')}
            />
            <Textarea
              t={t}
              name="guidance"
              label={t('calls.form.guidance.label')}
              hint={t('calls.form.markdownHint')}
              rows={8}
              value={fieldValue(values, 'guidance')}
              error={fieldError(errors, 'guidance')}
            />
            <Radios
              t={t}
              name="applicantType"
              legend={t('calls.form.applicantType.legend')}
              items={APPLICANT_TYPES.map((type) => ({ value: type, text: t(`calls.applicantType.${type}`) }))}
              value={fieldValue(values, 'applicantType')}
              error={fieldError(errors, 'applicantType')}
            />
            <Checkboxes
              t={t}
              small
              name="eligibleCountries"
              legend={t('calls.form.countries.legend')}
              hint={t('calls.form.countries.hint')}
              items={countryOptions(locale)}
              values={fieldValues(values, 'eligibleCountries')}
              error={fieldError(errors, 'eligibleCountries')}
            />
            <Checkboxes
              t={t}
              small
              name="eligibleOrganisationKinds"
              legend={t('calls.form.kinds.legend')}
              hint={t('calls.form.kinds.hint')}
              items={ORGANISATION_KINDS.map((kind) => ({ value: kind, text: t(`organisations.kind.${kind}`) }))}
              values={fieldValues(values, 'eligibleOrganisationKinds')}
              error={fieldError(errors, 'eligibleOrganisationKinds')}
            />
            {text('timeZone', t('calls.form.timeZone.hint'), '20')}
            {text('opensAt', t('calls.form.dateHint'), '20')}
            {text('closesAt', t('calls.form.dateHint'), '20')}
            {text('quota', t('calls.form.quota.hint'), '5')}
            {text('reviewsPerSubmission', undefined, '5')}
            <Fieldset legend={t('calls.form.criteria.legend')} legendSize="m" describedBy="criteria-rounds-hint">
              <Hint id="criteria-rounds-hint">{t('calls.form.criteria.hint')}</Hint>
              {ROUNDS.map((round) => (
                <Textarea
                  t={t}
                  name={CRITERIA_FIELDS[round]}
                  label={t(`calls.form.criteria.${round}`)}
                  rows={round === 'experts' ? 5 : 3}
                  value={fieldValue(values, CRITERIA_FIELDS[round])}
                  error={fieldError(errors, CRITERIA_FIELDS[round])}
                />
              ))}
            </Fieldset>
            <Textarea
              t={t}
              name="practiceMapping"
              label={t('calls.form.mapping.label')}
              hint={t('calls.form.mapping.hint', { fields: PRACTICE_FIELDS.join(', ') })}
              rows={4}
              value={fieldValue(values, 'practiceMapping')}
              error={fieldError(errors, 'practiceMapping')}
            />
            {text('referencePrefix', t('calls.form.referencePrefix.hint'), '5')}
            {flag('blind')}
            {flag('editAfterSubmit')}
            {flag('sameCountryConflict')}
            <Button>{editing ? t('calls.form.save') : t('calls.form.create')}</Button>
          </form>
        </div>
      </div>
    </Layout>
  )
}
