import { type FormError, type FormValues, fieldError, fieldValue } from '../../../../platform/forms/form-state.js'
import { Button } from '../../../../platform/ui/button.js'
import { ErrorSummary, errorTitle } from '../../../../platform/ui/error-summary.js'
import { Layout } from '../../../../platform/ui/layout.js'
import { localHref, type PageContext } from '../../../../platform/ui/page-context.js'
import { TextInput } from '../../../../platform/ui/text-input.js'
import type { InvitationDetails } from '../../queries/invitations.js'

/**
 * What the person opening the link can do: accept (signed in with the invited address), switch
 * account (signed in with another), sign in (an account exists), or create the account here.
 */
// The address holds the token: links followed from the page must not carry it in a Referer header.
const noReferrer = <meta name="referrer" content="no-referrer" />

export type InvitationMode = 'accept' | 'wrong-account' | 'sign-in' | 'create'

export function invitationTitle(ctx: PageContext, details: InvitationDetails) {
  return details.invitation.purpose === 'expert'
    ? ctx.t('invitations.title.expert')
    : ctx.t('invitations.title.organisation', { organisation: details.organisation?.name ?? '' })
}

export function InvitationPage({
  ctx,
  token,
  details,
  mode,
  signedInAs,
  values,
  errors,
}: {
  ctx: PageContext
  token: string
  details: InvitationDetails
  mode: InvitationMode
  signedInAs?: string
  values?: FormValues
  errors?: FormError[]
}) {
  const { t } = ctx
  const title = invitationTitle(ctx, details)
  const { invitation } = details
  const path = `/invitations/${token}`
  return (
    <Layout ctx={ctx} title={errorTitle(t, title, errors)} indexable={false} head={noReferrer}>
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          <ErrorSummary t={t} errors={errors} />
          <h1 class="app-heading-xl">{title}</h1>
          <p class="app-body-l">
            {invitation.purpose === 'expert'
              ? t('invitations.lead.expert')
              : t('invitations.lead.organisation', {
                  organisation: details.organisation?.name ?? '',
                  role: invitation.organisationRole ?? 'member',
                })}
          </p>
          <p class="app-body">{t('invitations.sentTo', { email: invitation.email })}</p>
          {mode === 'accept' ? (
            <form method="post" action={localHref(ctx, path)} novalidate>
              <Button>{t('invitations.accept')}</Button>
            </form>
          ) : mode === 'wrong-account' ? (
            <p class="app-body">
              {t('invitations.wrongAccount', { current: signedInAs ?? '', email: invitation.email })}
            </p>
          ) : mode === 'sign-in' ? (
            <>
              <p class="app-body">{t('invitations.signInLead')}</p>
              <Button href={localHref(ctx, `/sign-in?next=${encodeURIComponent(path)}`)}>
                {t('invitations.signIn')}
              </Button>
            </>
          ) : (
            <form method="post" action={localHref(ctx, path)} novalidate>
              <h2 class="app-heading-m">{t('invitations.create.heading')}</h2>
              <p class="app-body">{t('invitations.create.lead')}</p>
              <TextInput
                t={t}
                name="name"
                label={t('invitations.create.name.label')}
                autocomplete="name"
                spellcheck={false}
                value={fieldValue(values, 'name')}
                error={fieldError(errors, 'name')}
              />
              {/* The address the password belongs to, for password managers; it cannot be changed here. */}
              <input type="hidden" name="username" value={invitation.email} autocomplete="username" />
              <TextInput
                t={t}
                name="password"
                type="password"
                label={t('invitations.create.password.label')}
                hint={t('invitations.create.password.hint')}
                autocomplete="new-password"
                spellcheck={false}
                error={fieldError(errors, 'password')}
              />
              <Button>{t('invitations.create.submit')}</Button>
            </form>
          )}
        </div>
      </div>
    </Layout>
  )
}

export type InvitationGoneReason = 'not-found' | 'expired' | 'accepted' | 'revoked'

/** A link that no longer works, with what to do about it. */
export function InvitationGonePage({ ctx, reason }: { ctx: PageContext; reason: InvitationGoneReason }) {
  const { t } = ctx
  return (
    <Layout ctx={ctx} title={t('invitations.gone.title')} indexable={false} head={noReferrer}>
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          <h1 class="app-heading-xl">{t('invitations.gone.title')}</h1>
          <p class="app-body">{t(`invitations.gone.${reason}`)}</p>
          {reason === 'accepted' ? (
            <p class="app-body">
              <a class="app-link" href={localHref(ctx, '/sign-in')}>
                {t('invitations.gone.signIn')}
              </a>
            </p>
          ) : null}
        </div>
      </div>
    </Layout>
  )
}
