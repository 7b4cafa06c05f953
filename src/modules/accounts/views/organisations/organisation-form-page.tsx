import { type FormError, type FormValues, fieldError, fieldValue } from '../../../../platform/forms/form-state.js'
import { Button, ButtonGroup } from '../../../../platform/ui/button.js'
import { Checkboxes } from '../../../../platform/ui/checkboxes.js'
import { ErrorSummary, errorTitle } from '../../../../platform/ui/error-summary.js'
import { ErrorMessage, FormGroup, Hint, Label } from '../../../../platform/ui/form-group.js'
import { Layout } from '../../../../platform/ui/layout.js'
import { localHref, type PageContext } from '../../../../platform/ui/page-context.js'
import { Radios } from '../../../../platform/ui/radios.js'
import { Select } from '../../../../platform/ui/select.js'
import { TextInput } from '../../../../platform/ui/text-input.js'
import { Textarea } from '../../../../platform/ui/textarea.js'
import { countryOptions } from '../../countries.js'
import type { Organisation } from '../../queries/organisations.js'
import { ORGANISATION_KINDS, POPULATION_BANDS } from '../../tables.js'
import { organisationTrail } from './organisation-trail.js'

/** The stored organisation as the form's values, for a first visit to the edit page. */
export function organisationValues(organisation: Organisation): FormValues {
  return {
    name: organisation.name,
    kind: organisation.kind,
    country: organisation.country,
    city: organisation.city ?? '',
    populationBand: organisation.populationBand ?? '',
    website: organisation.website ?? '',
    description: organisation.description,
  }
}

/** Proposing (members), adding (editors) or editing an organisation. */
export function OrganisationFormPage({
  ctx,
  organisation,
  verifiesOnCreate,
  values,
  errors,
}: {
  ctx: PageContext
  /** Absent on the page that adds one. */
  organisation?: Organisation
  /** An editor's new organisation is verified at once; the lead says so. */
  verifiesOnCreate?: boolean
  values?: FormValues
  errors?: FormError[]
}) {
  const { t, locale } = ctx
  const editing = organisation !== undefined
  const title = editing
    ? t('organisations.edit.title', { name: organisation.name })
    : t(verifiesOnCreate ? 'organisations.new.titleEditor' : 'organisations.new.title')
  const cancel = editing ? `/organisations/${organisation.slug}` : '/organisations'
  const logoError = fieldError(errors, 'logo')
  return (
    <Layout
      ctx={ctx}
      title={errorTitle(t, title, errors)}
      indexable={false}
      breadcrumbs={organisationTrail(t, organisation, title)}
    >
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          <ErrorSummary t={t} errors={errors} />
          <h1 class="app-heading-xl">{title}</h1>
          {editing ? null : (
            <p class="app-body">{t(verifiesOnCreate ? 'organisations.new.leadEditor' : 'organisations.new.lead')}</p>
          )}
          <form method="post" enctype="multipart/form-data" novalidate>
            <TextInput
              t={t}
              name="name"
              label={t('organisations.form.name.label')}
              labelSize="m"
              hint={t('organisations.form.name.hint')}
              autocomplete="organization"
              spellcheck={false}
              value={fieldValue(values, 'name')}
              error={fieldError(errors, 'name')}
            />
            <Radios
              t={t}
              name="kind"
              legend={t('organisations.form.kind.legend')}
              legendSize="m"
              items={ORGANISATION_KINDS.map((kind) => ({ value: kind, text: t(`organisations.kind.${kind}`) }))}
              value={fieldValue(values, 'kind')}
              error={fieldError(errors, 'kind')}
            />
            <Select
              t={t}
              name="country"
              label={t('organisations.form.country.label')}
              labelSize="m"
              options={[{ value: '', text: t('organisations.form.country.choose') }, ...countryOptions(locale)]}
              value={fieldValue(values, 'country')}
              error={fieldError(errors, 'country')}
            />
            <TextInput
              t={t}
              name="city"
              label={t('organisations.form.city.label')}
              labelSize="m"
              hint={t('organisations.form.city.hint')}
              autocomplete="address-level2"
              width="20"
              value={fieldValue(values, 'city')}
              error={fieldError(errors, 'city')}
            />
            <Radios
              t={t}
              name="populationBand"
              legend={t('organisations.form.population.legend')}
              legendSize="m"
              hint={t('organisations.form.population.hint')}
              small
              items={[
                ...POPULATION_BANDS.map((band) => ({ value: band, text: t(`organisations.population.${band}`) })),
                { value: '', text: t('organisations.form.population.none') },
              ]}
              value={fieldValue(values, 'populationBand') ?? ''}
              error={fieldError(errors, 'populationBand')}
            />
            <TextInput
              t={t}
              name="website"
              type="url"
              label={t('organisations.form.website.label')}
              labelSize="m"
              hint={t('organisations.form.website.hint')}
              autocomplete="url"
              spellcheck={false}
              value={fieldValue(values, 'website')}
              error={fieldError(errors, 'website')}
            />
            <FormGroup error={Boolean(logoError)}>
              <Label for="logo" size="m">
                {t('organisations.form.logo.label')}
              </Label>
              <Hint id="logo-hint">{t('organisations.form.logo.hint')}</Hint>
              {logoError ? (
                <ErrorMessage id="logo-error" t={t}>
                  {logoError}
                </ErrorMessage>
              ) : null}
              <input
                class="app-file-upload"
                id="logo"
                name="logo"
                type="file"
                accept="image/png,image/jpeg,image/webp"
                aria-describedby={logoError ? 'logo-hint logo-error' : 'logo-hint'}
              />
            </FormGroup>
            {organisation?.logoPath ? (
              <Checkboxes
                t={t}
                name="removeLogo"
                legend={t('organisations.form.removeLogo.legend')}
                legendSize="s"
                small
                items={[{ value: 'yes', text: t('organisations.form.removeLogo.label') }]}
                values={[fieldValue(values, 'removeLogo') ?? ''].filter(Boolean)}
              />
            ) : null}
            <Textarea
              t={t}
              name="description"
              label={t('organisations.form.description.label')}
              labelSize="m"
              hint={t('organisations.form.description.hint')}
              rows={6}
              value={fieldValue(values, 'description')}
              error={fieldError(errors, 'description')}
            />
            <ButtonGroup>
              <Button>{t(editing ? 'organisations.form.submitEdit' : 'organisations.form.submitNew')}</Button>
              <a class="app-link" href={localHref(ctx, cancel)}>
                {t('organisations.form.cancel')}
              </a>
            </ButtonGroup>
          </form>
        </div>
      </div>
    </Layout>
  )
}
