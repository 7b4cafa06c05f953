import {
  type FormError,
  type FormValues,
  fieldError,
  fieldValue,
  fieldValues,
} from '../../../../platform/forms/form-state.js'
import { Button, ButtonGroup } from '../../../../platform/ui/button.js'
import { Checkboxes } from '../../../../platform/ui/checkboxes.js'
import { ErrorSummary, errorTitle } from '../../../../platform/ui/error-summary.js'
import { ErrorMessage, FormGroup, Hint, Label } from '../../../../platform/ui/form-group.js'
import { Layout } from '../../../../platform/ui/layout.js'
import { NotificationBanner } from '../../../../platform/ui/notification-banner.js'
import { localHref, type PageContext } from '../../../../platform/ui/page-context.js'
import { Radios } from '../../../../platform/ui/radios.js'
import { Select } from '../../../../platform/ui/select.js'
import { SummaryList } from '../../../../platform/ui/summary-list.js'
import { TextInput } from '../../../../platform/ui/text-input.js'
import { Textarea } from '../../../../platform/ui/textarea.js'
import { countryOptions } from '../../countries.js'
import { languageOptions } from '../../languages.js'
import { audienceFieldName } from '../../profile-forms.js'
import { AUDIENCES, type OwnProfile, PROFILE_FIELDS, type ProfileField } from '../../queries/people.js'
import { THEMES, themeLabelKey } from '../../themes.js'

/** The stored profile as the form's values, for a first visit. */
export function profileValues(profile: OwnProfile): FormValues {
  const values: FormValues = {
    name: profile.name,
    country: profile.country ?? '',
    languages: profile.languages,
    expertise: profile.expertise,
    bio: profile.bio,
    photoAlt: profile.photoAlt ?? '',
  }
  for (const field of PROFILE_FIELDS) values[audienceFieldName(field)] = profile.visibility[field]
  return values
}

export function ProfileEditPage({
  ctx,
  profile,
  notice,
  values,
  errors,
}: {
  ctx: PageContext
  profile: OwnProfile
  notice?: string
  values: FormValues
  errors?: FormError[]
}) {
  const { t, locale } = ctx
  const title = t('profiles.edit.title')
  const photoError = fieldError(errors, 'photo')

  const AudienceRadios = ({ field }: { field: ProfileField }) => {
    const name = audienceFieldName(field)
    return (
      <Radios
        t={t}
        name={name}
        legend={t(`profiles.audience.${field}`)}
        legendSize="s"
        small
        inline
        items={AUDIENCES.map((audience) => ({ value: audience, text: t(`profiles.audience.${audience}`) }))}
        value={fieldValue(values, name)}
        error={fieldError(errors, name)}
      />
    )
  }

  return (
    <Layout
      ctx={ctx}
      title={errorTitle(t, title, errors)}
      indexable={false}
      breadcrumbs={[{ label: t('nav.home'), path: '/' }, { label: title }]}
    >
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          <ErrorSummary t={t} errors={errors} />
          {notice ? <NotificationBanner t={t} type="success" heading={notice} /> : null}
          <h1 class="app-heading-xl">{title}</h1>
          <p class="app-body">{t('profiles.edit.lead')}</p>
          <p class="app-body">
            <a class="app-link" href={localHref(ctx, `/people/${profile.id}`)}>
              {t('profiles.edit.viewPublic')}
            </a>
          </p>
          <p class="app-body">{t('profiles.audience.explained')}</p>
          <form method="post" enctype="multipart/form-data" novalidate>
            <h2 class="app-heading-l">{t('profiles.section.identity')}</h2>
            <TextInput
              t={t}
              name="name"
              label={t('profiles.name.label')}
              labelSize="s"
              autocomplete="name"
              spellcheck={false}
              value={fieldValue(values, 'name')}
              error={fieldError(errors, 'name')}
            />
            <AudienceRadios field="name" />

            <SummaryList
              rows={[
                { key: t('profiles.email.label'), value: profile.email },
                {
                  key: t('profiles.organisations.label'),
                  value:
                    profile.organisations.length > 0 ? (
                      <ul class="app-list">
                        {profile.organisations.map((organisation) => (
                          <li>
                            <a class="app-link" href={localHref(ctx, `/organisations/${organisation.slug}`)}>
                              {organisation.name}
                            </a>
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <a class="app-link" href={localHref(ctx, '/organisations')}>
                        {t('profiles.organisations.find')}
                      </a>
                    ),
                },
              ]}
            />
            <p class="app-hint">{t('profiles.email.note')}</p>
            <AudienceRadios field="organisation" />

            <Select
              t={t}
              name="country"
              label={t('profiles.country.label')}
              labelSize="s"
              autocomplete="country"
              options={[{ value: '', text: t('profiles.country.none') }, ...countryOptions(locale)]}
              value={fieldValue(values, 'country')}
              error={fieldError(errors, 'country')}
            />
            <AudienceRadios field="country" />

            <h2 class="app-heading-l">{t('profiles.section.work')}</h2>
            <Checkboxes
              t={t}
              name="languages"
              legend={t('profiles.languages.legend')}
              legendSize="s"
              hint={t('profiles.languages.hint')}
              small
              items={languageOptions(locale)}
              values={fieldValues(values, 'languages')}
              error={fieldError(errors, 'languages')}
            />
            <AudienceRadios field="languages" />
            <Checkboxes
              t={t}
              name="expertise"
              legend={t('profiles.expertise.legend')}
              legendSize="s"
              hint={t('profiles.expertise.hint')}
              small
              items={THEMES.map((theme) => ({ value: theme, text: t(themeLabelKey(theme)) }))}
              values={fieldValues(values, 'expertise')}
              error={fieldError(errors, 'expertise')}
            />
            <AudienceRadios field="expertise" />
            <Textarea
              t={t}
              name="bio"
              label={t('profiles.bio.label')}
              labelSize="s"
              hint={t('profiles.bio.hint')}
              rows={6}
              value={fieldValue(values, 'bio')}
              error={fieldError(errors, 'bio')}
            />
            <AudienceRadios field="bio" />

            <h2 class="app-heading-l">{t('profiles.section.photo')}</h2>
            {profile.photoPath ? (
              <figure class="app-u-margin-bottom-4">
                <img
                  src={localHref(ctx, `/people/${profile.id}/photo?v=${profile.photoPath.split('.')[0]}`)}
                  alt={profile.photoAlt ?? ''}
                  width="160"
                />
                <figcaption class="app-hint">{t('profiles.photo.current')}</figcaption>
              </figure>
            ) : null}
            <FormGroup error={Boolean(photoError)}>
              <Label for="photo" size="s">
                {t(profile.photoPath ? 'profiles.photo.replaceLabel' : 'profiles.photo.label')}
              </Label>
              <Hint id="photo-hint">{t('profiles.photo.hint')}</Hint>
              {photoError ? (
                <ErrorMessage id="photo-error" t={t}>
                  {photoError}
                </ErrorMessage>
              ) : null}
              <input
                class="app-file-upload"
                id="photo"
                name="photo"
                type="file"
                accept="image/png,image/jpeg,image/webp"
                aria-describedby={photoError ? 'photo-hint photo-error' : 'photo-hint'}
              />
            </FormGroup>
            <TextInput
              t={t}
              name="photoAlt"
              label={t('profiles.photoAlt.label')}
              labelSize="s"
              hint={t('profiles.photoAlt.hint')}
              value={fieldValue(values, 'photoAlt')}
              error={fieldError(errors, 'photoAlt')}
            />
            {profile.photoPath ? (
              <Checkboxes
                t={t}
                name="removePhoto"
                legend={t('profiles.photo.removeLegend')}
                legendSize="s"
                small
                items={[{ value: 'yes', text: t('profiles.photo.remove') }]}
                values={fieldValues(values, 'removePhoto')}
              />
            ) : null}
            <AudienceRadios field="photo" />

            <ButtonGroup>
              <Button>{t('profiles.save')}</Button>
            </ButtonGroup>
          </form>
        </div>
      </div>
    </Layout>
  )
}
