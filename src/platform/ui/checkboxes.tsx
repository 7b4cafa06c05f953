import { type ChoiceFieldProps, ChoiceGroup } from './choice-group.js'

export type { ChoiceItem } from './choice-group.js'

export interface CheckboxesProps extends ChoiceFieldProps {
  /** The ticked options' values. */
  values?: readonly string[]
}

/**
 * Any number of answers (GOV.UK "Checkboxes"); every box shares the field's name, so parse the
 * body with `parseBody({ all: true })` and declare the field as an array in the form's schema.
 * A single box (an agreement) is a one-item group with a legend.
 * @example
 * <Checkboxes t={t} name="themes" legend={t('practices.themes.legend')} hint={t('practices.themes.hint')}
 *   items={themes.map((theme) => ({ value: theme.slug, text: theme.name }))}
 *   values={fieldValues(values, 'themes')} error={fieldError(errors, 'themes')} />
 */
export function Checkboxes(props: CheckboxesProps) {
  const ticked = new Set(props.values ?? [])
  return <ChoiceGroup {...props} type="checkbox" isChecked={(value) => ticked.has(value)} />
}
