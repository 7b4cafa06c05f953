import type { Child } from 'hono/jsx'
import type { Translate } from '../i18n/catalogue.js'
import {
  classes,
  describedBy,
  ErrorMessage,
  type FieldProps,
  Fieldset,
  FormGroup,
  fieldIds,
  Hint,
  type LabelSize,
} from './form-group.js'

export type ChoiceItem = { value: string; text: Child; hint?: Child; disabled?: boolean } | { divider: true }

/** Radios and checkboxes are a fieldset: the question is its legend, each option has its label. */
export interface ChoiceFieldProps extends Omit<FieldProps, 'label' | 'labelSize'> {
  legend: Child
  legendSize?: LabelSize
  items: ChoiceItem[]
  /** Side by side, for two short options such as yes and no. */
  inline?: boolean
  /** Smaller controls, for filters beside a list. */
  small?: boolean
}

/**
 * The ids of the options: the first is the field's id (= its name), so the error summary's link
 * lands on the first option as GOV.UK does; the others are "name-2", "name-3"…
 */
export function choiceIds(id: string, items: ChoiceItem[]): (string | undefined)[] {
  let count = 0
  return items.map((item) => {
    if ('divider' in item) return undefined
    count += 1
    return count === 1 ? id : `${id}-${count}`
  })
}

export function ChoiceGroup(
  props: ChoiceFieldProps & { type: 'radio' | 'checkbox'; isChecked: (value: string) => boolean; t: Translate },
) {
  const block = props.type === 'radio' ? 'app-radios' : 'app-checkboxes'
  const { id, hintId, errorId } = fieldIds(props)
  const ids = choiceIds(id, props.items)
  return (
    <FormGroup error={Boolean(props.error)} class={props.groupClass}>
      <Fieldset
        legend={props.legend}
        legendSize={props.legendSize}
        isPageHeading={props.isPageHeading}
        describedBy={describedBy(props.describedBy, hintId, errorId)}
      >
        {props.hint ? <Hint id={hintId}>{props.hint}</Hint> : null}
        {props.error ? (
          <ErrorMessage id={errorId} t={props.t}>
            {props.error}
          </ErrorMessage>
        ) : null}
        <div class={classes(block, props.inline && `${block}--inline`, props.small && `${block}--small`)}>
          {props.items.map((item, index) => {
            if ('divider' in item) return <div class={`${block}__divider`}>{props.t('ui.radios.divider')}</div>
            const itemId = ids[index]!
            const itemHintId = item.hint ? `${itemId}-item-hint` : undefined
            return (
              <div class={`${block}__item`}>
                <input
                  class={`${block}__input`}
                  id={itemId}
                  name={props.name}
                  type={props.type}
                  value={item.value}
                  checked={props.isChecked(item.value)}
                  disabled={item.disabled}
                  aria-describedby={itemHintId}
                />
                <label class={`app-label ${block}__label`} for={itemId}>
                  {item.text}
                </label>
                {item.hint ? (
                  <div class={`app-hint ${block}__hint`} id={itemHintId}>
                    {item.hint}
                  </div>
                ) : null}
              </div>
            )
          })}
        </div>
      </Fieldset>
    </FormGroup>
  )
}
