import {
  type FormError,
  type FormValues,
  fieldError,
  fieldValue,
  fieldValues,
} from '../../../platform/forms/form-state.js'
import type { Translate } from '../../../platform/i18n/catalogue.js'
import { Checkboxes } from '../../../platform/ui/checkboxes.js'
import { Select } from '../../../platform/ui/select.js'
import { TextInput } from '../../../platform/ui/text-input.js'
import { Textarea } from '../../../platform/ui/textarea.js'
import { ORGANISATION_KINDS } from '../../accounts/index.js'
import { PULSE_LICENCES } from '../tables.js'

/**
 * A survey edition's settings, for creating one and for changing it later. The address (slug) is
 * chosen once: results and open data are shared by it, so the settings page leaves it out.
 */
export function SurveySettingsFields(props: {
  t: Translate
  values?: FormValues
  errors?: FormError[]
  withSlug?: boolean
}) {
  const { t, values, errors } = props
  const field = (name: string) => ({ name, value: fieldValue(values, name), error: fieldError(errors, name) })
  return (
    <>
      <TextInput t={t} label={t('pulse.form.title')} {...field('title')} />
      {props.withSlug !== false ? (
        <TextInput t={t} label={t('pulse.form.slug')} hint={t('pulse.form.slug.hint')} {...field('slug')} />
      ) : null}
      <TextInput t={t} label={t('pulse.form.year')} inputmode="numeric" width="4" {...field('year')} />
      <Textarea
        t={t}
        label={t('pulse.form.description')}
        hint={t('pulse.form.description.hint')}
        {...field('description')}
      />
      <Checkboxes
        t={t}
        name="audienceKinds"
        legend={t('pulse.form.kinds')}
        hint={t('pulse.form.kinds.hint')}
        items={ORGANISATION_KINDS.map((kind) => ({ value: kind, text: t(`pulse.kind.${kind}`) }))}
        values={fieldValues(values, 'audienceKinds')}
        error={fieldError(errors, 'audienceKinds')}
      />
      <TextInput
        t={t}
        label={t('pulse.form.countries')}
        hint={t('pulse.form.countries.hint')}
        {...field('audienceCountries')}
      />
      <TextInput
        t={t}
        label={t('pulse.form.timeZone')}
        hint={t('pulse.form.timeZone.hint')}
        {...field('timeZone')}
        value={fieldValue(values, 'timeZone') ?? 'Europe/Brussels'}
      />
      <TextInput t={t} label={t('pulse.form.opensAt')} hint={t('pulse.form.moment.hint')} {...field('opensAt')} />
      <TextInput t={t} label={t('pulse.form.closesAt')} hint={t('pulse.form.moment.hint')} {...field('closesAt')} />
      <Select
        t={t}
        label={t('pulse.form.licence')}
        options={PULSE_LICENCES.map((licence) => ({ value: licence, text: licence }))}
        {...field('licence')}
      />
      <Checkboxes
        t={t}
        name="textAnswersPublic"
        legend={t('pulse.form.texts')}
        items={[{ value: 'yes', text: t('pulse.form.texts.yes') }]}
        values={fieldValues(values, 'textAnswersPublic')}
      />
    </>
  )
}
