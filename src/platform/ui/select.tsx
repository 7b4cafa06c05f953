import { classes, describedBy, FieldLabelling, type FieldProps, FormGroup, fieldIds } from './form-group.js'

export interface SelectOption {
  value: string
  text: string
  disabled?: boolean
}

export interface SelectProps extends FieldProps {
  options: SelectOption[]
  /** The selected option's value. */
  value?: string
  autocomplete?: string
}

/**
 * A drop-down list (GOV.UK "Select"). Use radios for fewer than about eight options: they show
 * every choice at once. Add a first option with an empty value when no answer is chosen yet.
 * @example
 * <Select t={t} name="country" label={t('accounts.country.label')} autocomplete="country-name"
 *   options={[{ value: '', text: t('accounts.country.choose') }, ...countries]}
 *   value={fieldValue(values, 'country')} error={fieldError(errors, 'country')} />
 */
export function Select(props: SelectProps) {
  const { id, hintId, errorId } = fieldIds(props)
  return (
    <FormGroup error={Boolean(props.error)} class={props.groupClass}>
      <FieldLabelling {...props} />
      <select
        class={classes('app-select', props.error && 'app-select--error')}
        id={id}
        name={props.name}
        aria-describedby={describedBy(props.describedBy, hintId, errorId)}
        autocomplete={props.autocomplete}
      >
        {props.options.map((option) => (
          <option value={option.value} selected={option.value === props.value} disabled={option.disabled}>
            {option.text}
          </option>
        ))}
      </select>
    </FormGroup>
  )
}
