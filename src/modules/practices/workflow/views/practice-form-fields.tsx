import {
  type FormError,
  type FormValues,
  fieldError,
  fieldValue,
  fieldValues,
} from '../../../../platform/forms/form-state.js'
import { Checkboxes } from '../../../../platform/ui/checkboxes.js'
import { Fieldset } from '../../../../platform/ui/form-group.js'
import type { PageContext } from '../../../../platform/ui/page-context.js'
import { Radios } from '../../../../platform/ui/radios.js'
import { Select } from '../../../../platform/ui/select.js'
import { TextInput } from '../../../../platform/ui/text-input.js'
import { Textarea } from '../../../../platform/ui/textarea.js'
import { countryOptions, languageOptions, POPULATION_BANDS, THEMES, themeLabelKey } from '../../../accounts/index.js'
import { linkLines, PRACTICE_SECTIONS, SECTIONS_REQUIRED_FOR_REVIEW } from '../../practice-fields.js'
import { BUDGET_BANDS, PRACTICE_STATUSES, TRANSFORMATIONS } from '../../tables.js'
import type { PracticeRow } from '../revisions.js'

/** The stored practice as the form's values, for a first visit to the edit page. */
export function practiceValues(practice: PracticeRow): FormValues {
  const text = (value: number | string | null) => (value === null ? '' : String(value))
  return {
    title: practice.title,
    language: practice.language,
    city: practice.city,
    country: practice.country,
    summary: practice.summary,
    challenge: practice.challenge,
    approach: practice.approach,
    resources: practice.resources,
    results: practice.results,
    transferability: practice.transferability,
    lessons: practice.lessons,
    themes: practice.themes,
    transformations: practice.transformations,
    startYear: text(practice.startYear),
    status: text(practice.status),
    budgetBand: text(practice.budgetBand),
    populationBand: text(practice.populationBand),
    latitude: text(practice.latitude),
    longitude: text(practice.longitude),
    links: linkLines(practice.links),
    contactName: text(practice.contactName),
    contactEmail: text(practice.contactEmail),
  }
}

/** Every field of a practice, in the order of PracticeFields (so errors list in page order). */
export function PracticeFormFields({
  ctx,
  values,
  errors,
}: {
  ctx: PageContext
  values?: FormValues
  errors?: FormError[]
}) {
  const { t, locale } = ctx
  const value = (name: string) => fieldValue(values, name)
  const error = (name: string) => fieldError(errors, name)
  const required = new Set<string>(SECTIONS_REQUIRED_FOR_REVIEW)
  return (
    <>
      <TextInput
        t={t}
        name="title"
        label={t('practices.workflow.field.title')}
        labelSize="m"
        hint={t('practices.workflow.hint.title')}
        value={value('title')}
        error={error('title')}
      />
      <Select
        t={t}
        name="language"
        label={t('practices.workflow.field.language')}
        labelSize="m"
        hint={t('practices.workflow.hint.language')}
        options={[{ value: '', text: t('practices.workflow.choose') }, ...languageOptions(locale)]}
        value={value('language') ?? locale}
        error={error('language')}
      />
      <TextInput
        t={t}
        name="city"
        label={t('practices.workflow.field.city')}
        labelSize="m"
        width="20"
        autocomplete="address-level2"
        value={value('city')}
        error={error('city')}
      />
      <Select
        t={t}
        name="country"
        label={t('practices.page.country')}
        labelSize="m"
        options={[{ value: '', text: t('practices.workflow.choose') }, ...countryOptions(locale)]}
        value={value('country')}
        error={error('country')}
      />
      <Textarea
        t={t}
        name="summary"
        rows={4}
        label={t('practices.workflow.field.summary')}
        labelSize="m"
        hint={t('practices.workflow.hint.summary')}
        value={value('summary')}
        error={error('summary')}
      />
      {PRACTICE_SECTIONS.map((section) => (
        <Textarea
          t={t}
          name={section}
          rows={6}
          label={
            required.has(section)
              ? t(`practices.page.${section}`)
              : t('practices.workflow.optional', { label: t(`practices.page.${section}`) })
          }
          labelSize="m"
          hint={t(`practices.workflow.hint.${section}`)}
          value={value(section)}
          error={error(section)}
        />
      ))}
      <Checkboxes
        t={t}
        name="themes"
        legend={t('practices.page.themes')}
        legendSize="m"
        hint={t('practices.workflow.hint.themes')}
        small
        items={THEMES.map((theme) => ({ value: theme, text: t(themeLabelKey(theme)) }))}
        values={fieldValues(values, 'themes')}
        error={error('themes')}
      />
      <Checkboxes
        t={t}
        name="transformations"
        legend={t('practices.page.transformations')}
        legendSize="m"
        hint={t('practices.workflow.hint.transformations')}
        small
        items={TRANSFORMATIONS.map((transformation) => ({
          value: transformation,
          text: t(`practices.transformation.${transformation}`),
        }))}
        values={fieldValues(values, 'transformations')}
        error={error('transformations')}
      />
      <TextInput
        t={t}
        name="startYear"
        label={t('practices.workflow.field.startYear')}
        labelSize="m"
        inputmode="numeric"
        width="4"
        value={value('startYear')}
        error={error('startYear')}
      />
      <Radios
        t={t}
        name="status"
        legend={t('practices.page.status')}
        legendSize="m"
        small
        items={[
          ...PRACTICE_STATUSES.map((status) => ({ value: status, text: t(`practices.status.${status}`) })),
          { value: '', text: t('practices.workflow.notSaying') },
        ]}
        value={value('status') ?? ''}
        error={error('status')}
      />
      <Select
        t={t}
        name="budgetBand"
        label={t('practices.workflow.field.budgetBand')}
        labelSize="m"
        hint={t('practices.workflow.hint.budgetBand')}
        options={[
          { value: '', text: t('practices.workflow.notSaying') },
          ...BUDGET_BANDS.map((band) => ({ value: band, text: t(`practices.workflow.budget.${band}`) })),
        ]}
        value={value('budgetBand')}
        error={error('budgetBand')}
      />
      <Select
        t={t}
        name="populationBand"
        label={t('practices.workflow.field.populationBand')}
        labelSize="m"
        options={[
          { value: '', text: t('practices.workflow.notSaying') },
          ...POPULATION_BANDS.map((band) => ({ value: band, text: t(`organisations.population.${band}`) })),
        ]}
        value={value('populationBand')}
        error={error('populationBand')}
      />
      <Fieldset legend={t('practices.workflow.field.position')} legendSize="m">
        <p class="app-hint">{t('practices.workflow.hint.position')}</p>
        <TextInput
          t={t}
          name="latitude"
          label={t('practices.workflow.field.latitude')}
          inputmode="decimal"
          width="10"
          value={value('latitude')}
          error={error('latitude')}
        />
        <TextInput
          t={t}
          name="longitude"
          label={t('practices.workflow.field.longitude')}
          inputmode="decimal"
          width="10"
          value={value('longitude')}
          error={error('longitude')}
        />
      </Fieldset>
      <Textarea
        t={t}
        name="links"
        rows={4}
        label={t('practices.page.links')}
        labelSize="m"
        hint={t('practices.workflow.hint.links')}
        spellcheck={false}
        value={value('links')}
        error={error('links')}
      />
      <Fieldset legend={t('practices.workflow.field.contact')} legendSize="m">
        <p class="app-hint">{t('practices.workflow.hint.contact')}</p>
        <TextInput
          t={t}
          name="contactName"
          label={t('practices.workflow.field.contactName')}
          autocomplete="off"
          value={value('contactName')}
          error={error('contactName')}
        />
        <TextInput
          t={t}
          name="contactEmail"
          type="email"
          label={t('practices.workflow.field.contactEmail')}
          autocomplete="off"
          spellcheck={false}
          value={value('contactEmail')}
          error={error('contactEmail')}
        />
      </Fieldset>
    </>
  )
}
