import { type FormError, type FormValues, fieldError, fieldValue } from '../../../../platform/forms/form-state.js'
import { formatDate } from '../../../../platform/i18n/format.js'
import { Button, ButtonGroup } from '../../../../platform/ui/button.js'
import { ErrorSummary, errorTitle } from '../../../../platform/ui/error-summary.js'
import { Layout } from '../../../../platform/ui/layout.js'
import { NotificationBanner } from '../../../../platform/ui/notification-banner.js'
import { localHref, type PageContext } from '../../../../platform/ui/page-context.js'
import { Radios } from '../../../../platform/ui/radios.js'
import { Table } from '../../../../platform/ui/table.js'
import { VisuallyHidden } from '../../../../platform/ui/visually-hidden.js'
import type { Organisation, OrganisationMember, PendingInvitation } from '../../queries/organisations.js'
import { InvitationForm } from '../invitation-form.js'
import { organisationTrail } from './organisation-trail.js'

export function OrganisationManagePage({
  ctx,
  organisation,
  members,
  invitations,
  notice,
  values,
  errors,
}: {
  ctx: PageContext
  organisation: Organisation
  members: OrganisationMember[]
  invitations: PendingInvitation[]
  notice?: string
  values?: FormValues
  errors?: FormError[]
}) {
  const { t, locale } = ctx
  const base = `/organisations/${organisation.slug}`
  const title = t('organisations.manage.title', { name: organisation.name })
  const requests = members.filter((member) => member.status === 'requested')
  const active = members.filter((member) => member.status === 'active')
  const date = (value: Date) => formatDate(locale, value, ctx.timeZone)
  return (
    <Layout
      ctx={ctx}
      title={errorTitle(t, title, errors)}
      indexable={false}
      breadcrumbs={organisationTrail(t, organisation, t('organisations.manage.breadcrumb'))}
    >
      <ErrorSummary t={t} errors={errors} />
      {notice ? <NotificationBanner t={t} type="success" heading={notice} /> : null}
      <h1 class="app-heading-xl">{title}</h1>

      <section class="app-section" aria-labelledby="requests-heading">
        <h2 class="app-heading-l" id="requests-heading">
          {t('organisations.manage.requests')}
        </h2>
        {requests.length === 0 ? (
          <p class="app-body">{t('organisations.manage.requestsEmpty')}</p>
        ) : (
          <Table
            caption={<VisuallyHidden>{t('organisations.manage.requests')}</VisuallyHidden>}
            head={[
              t('organisations.manage.column.name'),
              t('organisations.manage.column.email'),
              t('organisations.manage.column.asked'),
              t('organisations.manage.column.decision'),
            ]}
            rows={requests.map((request) => [
              request.name,
              request.email,
              date(request.createdAt),
              {
                text: (
                  <form method="post" action={localHref(ctx, `${base}/requests/${request.userId}`)} novalidate>
                    <ButtonGroup>
                      <Button name="decision" value="approve">
                        {t('organisations.manage.approve')}
                        <VisuallyHidden> {request.name}</VisuallyHidden>
                      </Button>
                      <Button variant="secondary" name="decision" value="decline">
                        {t('organisations.manage.decline')}
                        <VisuallyHidden> {request.name}</VisuallyHidden>
                      </Button>
                    </ButtonGroup>
                  </form>
                ),
              },
            ])}
          />
        )}
      </section>

      <section class="app-section" aria-labelledby="members-heading">
        <h2 class="app-heading-l" id="members-heading">
          {t('organisations.manage.members')}
        </h2>
        {active.length === 0 ? (
          <p class="app-body">{t('organisations.manage.membersEmpty')}</p>
        ) : (
          <Table
            caption={<VisuallyHidden>{t('organisations.manage.members')}</VisuallyHidden>}
            head={[
              t('organisations.manage.column.name'),
              t('organisations.manage.column.email'),
              t('organisations.manage.column.role'),
            ]}
            rows={active.map((member) => [member.name, member.email, t(`organisations.role.${member.role}`)])}
          />
        )}
      </section>

      <section class="app-section" aria-labelledby="invitations-heading">
        <h2 class="app-heading-l" id="invitations-heading">
          {t('organisations.manage.invitations')}
        </h2>
        {invitations.length === 0 ? (
          <p class="app-body">{t('organisations.manage.invitationsEmpty')}</p>
        ) : (
          <Table
            caption={<VisuallyHidden>{t('organisations.manage.invitations')}</VisuallyHidden>}
            head={[
              t('organisations.manage.column.email'),
              t('organisations.manage.column.role'),
              t('organisations.manage.column.expires'),
            ]}
            rows={invitations.map((invitation) => [
              invitation.email,
              t(`organisations.role.${invitation.role ?? 'member'}`),
              date(invitation.expiresAt),
            ])}
          />
        )}
      </section>

      <InvitationForm
        ctx={ctx}
        action={`${base}/invitations`}
        heading={t('organisations.manage.invite')}
        emailLabel={t('organisations.invite.email.label')}
        emailHint={t('organisations.invite.email.hint')}
        languageLegend={t('organisations.invite.language.legend')}
        submit={t('organisations.invite.submit')}
        values={values}
        errors={errors}
      >
        <Radios
          t={t}
          name="role"
          legend={t('organisations.invite.role.legend')}
          legendSize="s"
          items={[
            {
              value: 'member',
              text: t('organisations.role.member'),
              hint: t('organisations.invite.role.memberHint'),
            },
            {
              value: 'admin',
              text: t('organisations.role.admin'),
              hint: t('organisations.invite.role.adminHint'),
            },
          ]}
          value={fieldValue(values, 'role') ?? 'member'}
          error={fieldError(errors, 'role')}
        />
      </InvitationForm>
    </Layout>
  )
}
