import type { Translate } from '../../../../platform/i18n/catalogue.js'
import { Radios } from '../../../../platform/ui/radios.js'
import type { ActingOrganisation } from '../../queries/organisations.js'

export interface ActingOrganisationSelectProps {
  t: Translate
  /** From listOrganisationsActorCanActFor: only those the actor may act for. */
  organisations: ActingOrganisation[]
  /** The field's name (and id); the submitted value is the organisation's id. */
  name?: string
  value?: string
  error?: string
  legend?: string
}

/**
 * "On behalf of which organisation?" for forms that act for one (apply to a call, answer a
 * survey, register a delegation). With one organisation there is nothing to choose: it is said,
 * and sent as a hidden field. With none, the form cannot act: the caller should not show it,
 * and this says why. The receiving command must check `can(actor, 'organisation.act-for', …)` again.
 * @example
 * <ActingOrganisationSelect t={t} organisations={await listOrganisationsActorCanActFor(db, actor)}
 *   value={fieldValue(values, 'organisationId')} error={fieldError(errors, 'organisationId')} />
 */
export function ActingOrganisationSelect(props: ActingOrganisationSelectProps) {
  const { t, organisations } = props
  const name = props.name ?? 'organisationId'
  if (organisations.length === 0) {
    return (
      <p class="app-body" id={name}>
        {t('organisations.acting.none')}
      </p>
    )
  }
  if (organisations.length === 1) {
    const only = organisations[0]!
    return (
      <div class="app-form-group">
        <input type="hidden" name={name} value={only.id} />
        <p class="app-body" id={name}>
          {t('organisations.acting.single', { name: only.name })}
        </p>
      </div>
    )
  }
  return (
    <Radios
      t={t}
      name={name}
      legend={props.legend ?? t('organisations.acting.legend')}
      legendSize="m"
      items={organisations.map((organisation) => ({ value: organisation.id, text: organisation.name }))}
      value={props.value}
      error={props.error}
    />
  )
}
