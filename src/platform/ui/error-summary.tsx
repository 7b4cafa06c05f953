import type { Child } from 'hono/jsx'
import type { FormError } from '../forms/form-state.js'
import type { Translate } from '../i18n/catalogue.js'

export interface ErrorSummaryProps {
  errors: readonly FormError[] | undefined
  t: Translate
  /** Optional text under the title, e.g. why the form was refused as a whole. */
  description?: Child
}

/**
 * The list of a form's problems at the top of the page (GOV.UK "Error summary"), each linked to
 * its field by `#name`; renders nothing when there is no error. Put it first inside <main>, above
 * the <h1>, and prefix the page title with `errorTitle`. An error with no field is listed unlinked.
 * The script focuses it on load, so keyboard and screen-reader users start from the problems.
 * @example
 * <Layout ctx={ctx} title={errorTitle(t, t('activities.register.title'), errors)}>
 *   <ErrorSummary t={t} errors={errors} />
 *   …
 * </Layout>
 */
export function ErrorSummary({ errors, t, description }: ErrorSummaryProps) {
  if (!errors || errors.length === 0) return null
  return (
    <div class="app-error-summary" data-module="app-error-summary">
      {/* role="alert" sits on a child, not the summary, so focus and announcement do not race (GOV.UK Frontend, NVDA). */}
      <div role="alert">
        <h2 class="app-error-summary__title">{t('ui.errorSummary.title')}</h2>
        <div class="app-error-summary__body">
          {description ? <p class="app-body">{description}</p> : null}
          <ul class="app-list app-error-summary__list">
            {errors.map((error) => (
              <li>{error.field ? <a href={`#${error.field}`}>{error.message}</a> : error.message}</li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  )
}

/**
 * The page title with "Error: " in front when the form has errors, so screen-reader users hear
 * at once that the submission failed (GOV.UK validation pattern).
 * @example <Layout ctx={ctx} title={errorTitle(t, t('calls.apply.title'), errors)}>…</Layout>
 */
export function errorTitle(t: Translate, title: string, errors: readonly FormError[] | undefined): string {
  return errors && errors.length > 0 ? t('ui.errorTitle', { title }) : title
}
