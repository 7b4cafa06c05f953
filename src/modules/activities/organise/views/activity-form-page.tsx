import {
  type FormError,
  type FormValues,
  fieldError,
  fieldValue,
  fieldValues,
} from '../../../../platform/forms/form-state.js'
import { Button } from '../../../../platform/ui/button.js'
import { Checkboxes } from '../../../../platform/ui/checkboxes.js'
import { ErrorSummary, errorTitle } from '../../../../platform/ui/error-summary.js'
import { Fieldset } from '../../../../platform/ui/form-group.js'
import { Layout } from '../../../../platform/ui/layout.js'
import { NotificationBanner } from '../../../../platform/ui/notification-banner.js'
import { localHref, type PageContext } from '../../../../platform/ui/page-context.js'
import { Radios } from '../../../../platform/ui/radios.js'
import { Select } from '../../../../platform/ui/select.js'
import { TextInput } from '../../../../platform/ui/text-input.js'
import { Textarea } from '../../../../platform/ui/textarea.js'
import { countryOptions, THEMES, themeLabelKey } from '../../../accounts/index.js'
import { ACTIVITY_KINDS, REGISTRATION_MODES } from '../../tables.js'
import { kindLabel } from '../../views/activity-card.js'

export interface ActivityFormPageProps {
  ctx: PageContext
  /** Absent when creating. */
  activity?: { slug: string; title: string }
  hosts: { id: string; name: string }[]
  /** Editors may leave the host empty (the network itself hosts). */
  hostOptional: boolean
  series: { id: string; title: string }[]
  values?: FormValues
  errors?: FormError[]
  notice?: string
}

/** "Create an activity" and "Edit the activity": every field an organiser sets. */
export function ActivityFormPage(props: ActivityFormPageProps) {
  const { ctx, activity, values, errors } = props
  const { t, locale } = ctx
  const value = (name: string) => fieldValue(values, name)
  const error = (name: string) => fieldError(errors, name)
  const title = activity ? t('activities.form.edit.title', { title: activity.title }) : t('activities.form.new.title')
  const localTimeHint = t('activities.form.localTime.hint')
  return (
    <Layout
      ctx={ctx}
      title={errorTitle(t, title, errors)}
      indexable={false}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('activities.list.title'), path: '/activities' },
        ...(activity ? [{ label: activity.title, path: `/activities/${activity.slug}` }] : []),
        { label: title },
      ]}
    >
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          <ErrorSummary t={t} errors={errors} />
          {props.notice ? <NotificationBanner t={t} type="success" heading={props.notice} /> : null}
          <h1 class="app-heading-xl">{title}</h1>
          {activity ? (
            <ul class="app-list">
              <li>
                <a class="app-link" href={localHref(ctx, `/activities/${activity.slug}`)}>
                  {t('activities.form.edit.view')}
                </a>
              </li>
              <li>
                <a class="app-link" href={localHref(ctx, `/activities/${activity.slug}/participants`)}>
                  {t('activities.participants.link')}
                </a>
              </li>
            </ul>
          ) : (
            <p class="app-body">{t('activities.form.new.lead')}</p>
          )}
          <form method="post" novalidate>
            <h2 class="app-heading-l">{t('activities.form.section.what')}</h2>
            <Select
              t={t}
              name="kind"
              label={t('activities.form.kind')}
              options={[
                { value: '', text: t('activities.form.choose') },
                ...ACTIVITY_KINDS.map((kind) => ({ value: kind, text: kindLabel(ctx, kind) })),
              ]}
              value={value('kind')}
              error={error('kind')}
            />
            <TextInput
              t={t}
              name="title"
              label={t('activities.form.title')}
              value={value('title')}
              error={error('title')}
            />
            <Textarea
              t={t}
              name="summary"
              rows={3}
              label={t('activities.form.summary')}
              hint={t('activities.form.summary.hint')}
              value={value('summary')}
              error={error('summary')}
            />
            <Textarea
              t={t}
              name="description"
              rows={8}
              label={t('activities.form.description')}
              hint={t('activities.form.description.hint')}
              value={value('description')}
              error={error('description')}
            />
            <Checkboxes
              t={t}
              name="themes"
              legend={t('activities.form.themes')}
              legendSize="s"
              small
              items={THEMES.map((theme) => ({ value: theme, text: t(themeLabelKey(theme)) }))}
              values={fieldValues(values, 'themes')}
              error={error('themes')}
            />
            <Select
              t={t}
              name="seriesId"
              label={t('activities.form.series')}
              options={[
                { value: '', text: t('activities.form.series.none') },
                ...props.series.map((series) => ({ value: series.id, text: series.title })),
              ]}
              value={value('seriesId')}
              error={error('seriesId')}
            />
            <TextInput
              t={t}
              name="episodeNumber"
              inputmode="numeric"
              width="3"
              label={t('activities.form.episodeNumber')}
              hint={t('activities.form.episodeNumber.hint')}
              value={value('episodeNumber')}
              error={error('episodeNumber')}
            />

            <h2 class="app-heading-l">{t('activities.form.section.when')}</h2>
            <TextInput
              t={t}
              name="timeZone"
              width="20"
              spellcheck={false}
              label={t('activities.form.timeZone')}
              hint={t('activities.form.timeZone.hint')}
              value={value('timeZone')}
              error={error('timeZone')}
            />
            <TextInput
              t={t}
              name="startsAt"
              width="20"
              label={t('activities.form.startsAt')}
              hint={localTimeHint}
              value={value('startsAt')}
              error={error('startsAt')}
            />
            <TextInput
              t={t}
              name="endsAt"
              width="20"
              label={t('activities.form.endsAt')}
              hint={localTimeHint}
              value={value('endsAt')}
              error={error('endsAt')}
            />
            <Textarea
              t={t}
              name="sessions"
              rows={5}
              spellcheck={false}
              label={t('activities.form.sessions')}
              hint={t('activities.form.sessions.hint')}
              value={value('sessions')}
              error={error('sessions')}
            />

            <h2 class="app-heading-l">{t('activities.form.section.where')}</h2>
            <Radios
              t={t}
              name="format"
              legend={t('activities.form.format')}
              legendSize="s"
              inline
              items={[
                { value: 'on-site', text: t('activities.filter.format.onSite') },
                { value: 'online', text: t('activities.filter.format.online') },
              ]}
              value={value('format')}
              error={error('format')}
            />
            <TextInput
              t={t}
              name="joiningUrl"
              type="url"
              spellcheck={false}
              label={t('activities.form.joiningUrl')}
              hint={t('activities.form.joiningUrl.hint')}
              value={value('joiningUrl')}
              error={error('joiningUrl')}
            />
            <TextInput
              t={t}
              name="venueName"
              label={t('activities.form.venueName')}
              value={value('venueName')}
              error={error('venueName')}
            />
            <Textarea
              t={t}
              name="address"
              rows={2}
              label={t('activities.form.address')}
              value={value('address')}
              error={error('address')}
            />
            <TextInput
              t={t}
              name="hostCity"
              width="20"
              label={t('activities.form.hostCity')}
              hint={t('activities.form.hostCity.hint')}
              value={value('hostCity')}
              error={error('hostCity')}
            />
            <Select
              t={t}
              name="hostCountry"
              label={t('activities.form.hostCountry')}
              options={[{ value: '', text: t('activities.form.choose') }, ...countryOptions(locale)]}
              value={value('hostCountry')}
              error={error('hostCountry')}
            />
            <Select
              t={t}
              name="hostOrganisationId"
              label={t('activities.form.hostOrganisationId')}
              hint={t('activities.form.hostOrganisationId.hint')}
              options={[
                { value: '', text: props.hostOptional ? t('activities.form.host.none') : t('activities.form.choose') },
                ...props.hosts.map((host) => ({ value: host.id, text: host.name })),
              ]}
              value={value('hostOrganisationId')}
              error={error('hostOrganisationId')}
            />

            <h2 class="app-heading-l">{t('activities.form.section.registration')}</h2>
            <Radios
              t={t}
              name="registrationMode"
              legend={t('activities.form.registrationMode')}
              legendSize="s"
              items={REGISTRATION_MODES.map((mode) => ({
                value: mode,
                text: t(`activities.form.registrationMode.${mode}`),
              }))}
              value={value('registrationMode')}
              error={error('registrationMode')}
            />
            <TextInput
              t={t}
              name="capacity"
              inputmode="numeric"
              width="5"
              label={t('activities.form.capacity')}
              hint={t('activities.form.capacity.hint')}
              value={value('capacity')}
              error={error('capacity')}
            />
            <TextInput
              t={t}
              name="perOrganisationLimit"
              inputmode="numeric"
              width="5"
              label={t('activities.form.perOrganisationLimit')}
              hint={t('activities.form.perOrganisationLimit.hint')}
              value={value('perOrganisationLimit')}
              error={error('perOrganisationLimit')}
            />
            <Fieldset legend={t('activities.form.window')} legendSize="s">
              <TextInput
                t={t}
                name="registrationOpensAt"
                width="20"
                label={t('activities.form.registrationOpensAt')}
                hint={t('activities.form.registrationOpensAt.hint')}
                value={value('registrationOpensAt')}
                error={error('registrationOpensAt')}
              />
              <TextInput
                t={t}
                name="registrationClosesAt"
                width="20"
                label={t('activities.form.registrationClosesAt')}
                hint={t('activities.form.registrationClosesAt.hint')}
                value={value('registrationClosesAt')}
                error={error('registrationClosesAt')}
              />
            </Fieldset>
            <Button>{activity ? t('activities.form.save') : t('activities.form.create')}</Button>
          </form>
        </div>
      </div>
    </Layout>
  )
}
