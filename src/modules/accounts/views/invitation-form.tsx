import type { Child } from 'hono/jsx'
import { type FormError, type FormValues, fieldError, fieldValue } from '../../../platform/forms/form-state.js'
import { LOCALES } from '../../../platform/i18n/catalogue.js'
import { Button } from '../../../platform/ui/button.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import { Radios } from '../../../platform/ui/radios.js'
import { TextInput } from '../../../platform/ui/text-input.js'

/** Each language written in itself, as in the header's switcher. */
export const LANGUAGE_NAMES = { en: 'English', fr: 'Français', de: 'Deutsch' } as const

/**
 * The section that invites someone by email, in the language their invitation is written in.
 * Expert and organisation invitations post the same `email` and `language` fields to their own
 * commands; `children` carries what only one of them asks (an organisation's role).
 */
export function InvitationForm({
  ctx,
  action,
  heading,
  emailLabel,
  emailHint,
  languageLegend,
  submit,
  values,
  errors,
  children,
}: {
  ctx: PageContext
  /** Path the form posts to, before localisation. */
  action: string
  heading: string
  emailLabel: string
  emailHint: string
  languageLegend: string
  submit: string
  values?: FormValues
  errors?: FormError[]
  children?: Child
}) {
  const { t, locale } = ctx
  return (
    <section class="app-section" aria-labelledby="invite-heading">
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          <h2 class="app-heading-l" id="invite-heading">
            {heading}
          </h2>
          <form method="post" action={localHref(ctx, action)} novalidate>
            <TextInput
              t={t}
              name="email"
              type="email"
              autocomplete="off"
              spellcheck={false}
              label={emailLabel}
              hint={emailHint}
              value={fieldValue(values, 'email')}
              error={fieldError(errors, 'email')}
            />
            {children}
            <Radios
              t={t}
              name="language"
              legend={languageLegend}
              legendSize="s"
              inline
              items={LOCALES.map((code) => ({ value: code, text: <span lang={code}>{LANGUAGE_NAMES[code]}</span> }))}
              value={fieldValue(values, 'language') ?? locale}
              error={fieldError(errors, 'language')}
            />
            <Button>{submit}</Button>
          </form>
        </div>
      </div>
    </section>
  )
}
