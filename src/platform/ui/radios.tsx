import { type ChoiceFieldProps, ChoiceGroup } from './choice-group.js'

export type { ChoiceItem } from './choice-group.js'

export interface RadiosProps extends ChoiceFieldProps {
  /** The chosen option's value. */
  value?: string
}

/**
 * One answer from a few options (GOV.UK "Radios"), in a fieldset whose legend asks the question.
 * Items may include `{ divider: true }` for a translated "or" before a last, different option.
 * @example
 * <Radios t={t} name="format" legend={t('activities.format.legend')} legendSize="m" inline
 *   items={[{ value: 'online', text: t('activities.format.online') }, { value: 'onsite', text: t('activities.format.onsite') }]}
 *   value={fieldValue(values, 'format')} error={fieldError(errors, 'format')} />
 */
export function Radios(props: RadiosProps) {
  return <ChoiceGroup {...props} type="radio" isChecked={(value) => value === props.value} />
}
