import type { FormError, FormValues } from '../../../../platform/forms/parse-form.js'
import { Button } from '../../../../platform/ui/button.js'
import { ErrorSummary, errorTitle } from '../../../../platform/ui/error-summary.js'
import { Layout } from '../../../../platform/ui/layout.js'
import { NotificationBanner } from '../../../../platform/ui/notification-banner.js'
import type { PageContext } from '../../../../platform/ui/page-context.js'
import { AnswersSummary, QuestionnaireFields } from '../../../questionnaires/index.js'
import type { Activity } from '../../tables.js'
import type { FollowUpState } from '../follow-up.js'

/** The participant's follow-up questionnaire: the questions, or, once sent, their answers. */
export function FollowUpPage({
  ctx,
  activity,
  state,
  action,
  values,
  errors,
  warnings,
  thanks,
}: {
  ctx: PageContext
  activity: Activity
  state: Exclude<FollowUpState, { kind: 'none' }>
  action: string
  values?: FormValues
  errors?: FormError[]
  warnings?: FormError[]
  thanks?: boolean
}) {
  const { t, locale } = ctx
  const title = t('activities.followUp.heading')
  return (
    <Layout
      ctx={ctx}
      title={errorTitle(t, `${title}: ${activity.title}`, errors)}
      indexable={false}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('activities.list.title'), path: '/activities' },
        { label: activity.title, path: `/activities/${activity.slug}` },
        { label: title },
      ]}
    >
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          <ErrorSummary t={t} errors={[...(errors ?? []), ...(warnings ?? [])]} />
          {thanks ? (
            <NotificationBanner t={t} type="success">
              <p class="app-body">{t('activities.followUp.thanks')}</p>
            </NotificationBanner>
          ) : null}
          <span class="app-caption-m">{activity.title}</span>
          <h1 class="app-heading-xl">{title}</h1>
          {state.kind === 'answered' ? (
            <>
              <h2 class="app-heading-m">{t('activities.followUp.yourAnswers')}</h2>
              <AnswersSummary
                t={t}
                locale={locale}
                version={state.version}
                answers={state.answers}
                sectionHeading="h3"
              />
            </>
          ) : (
            <>
              <p class="app-body">{t('activities.followUp.lead')}</p>
              <form method="post" action={action} novalidate>
                <QuestionnaireFields
                  t={t}
                  locale={locale}
                  version={state.followUp.version}
                  values={values}
                  errors={errors}
                  warnings={warnings}
                />
                <Button>{t('activities.followUp.submit')}</Button>
              </form>
            </>
          )}
        </div>
      </div>
    </Layout>
  )
}
