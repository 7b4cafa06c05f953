import { formatDateTime } from '../../../../platform/i18n/format.js'
import { Button } from '../../../../platform/ui/button.js'
import { Layout } from '../../../../platform/ui/layout.js'
import { NotificationBanner } from '../../../../platform/ui/notification-banner.js'
import { localHref, type PageContext } from '../../../../platform/ui/page-context.js'
import { AnswersSummary } from '../../../questionnaires/index.js'
import type { Activity } from '../../tables.js'
import type { FollowUp, FollowUpAnswer } from '../follow-up.js'

/** Organisers' page: the follow-up's answers, one summary per participant; or the button to set it up. */
export function FollowUpAnswersPage({
  ctx,
  activity,
  followUp,
  answers,
  canEditQuestions,
  notice,
}: {
  ctx: PageContext
  activity: Activity
  followUp: FollowUp | undefined
  answers: FollowUpAnswer[]
  canEditQuestions: boolean
  notice?: string
}) {
  const { t, locale } = ctx
  const title = t('activities.followUp.answers.title')
  return (
    <Layout
      ctx={ctx}
      title={`${title}: ${activity.title}`}
      indexable={false}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('activities.list.title'), path: '/activities' },
        { label: activity.title, path: `/activities/${activity.slug}` },
        { label: title },
      ]}
    >
      {notice ? (
        <NotificationBanner t={t} type="success">
          <p class="app-body">{notice}</p>
        </NotificationBanner>
      ) : null}
      <span class="app-caption-m">{activity.title}</span>
      <h1 class="app-heading-xl">{title}</h1>
      {followUp ? (
        <>
          <p class="app-body">{t('activities.followUp.answers.lead')}</p>
          {canEditQuestions ? (
            <p class="app-body">
              <a class="app-link" href={localHref(ctx, `/admin/questionnaires/${followUp.questionnaireId}`)}>
                {t('activities.followUp.answers.edit')}
              </a>
            </p>
          ) : null}
          <p class="app-body">{t('activities.followUp.answers.count', { count: answers.length })}</p>
          {answers.map((answer, index) => (
            <section class="app-section" aria-labelledby={`answer-${index}`}>
              <h2 class="app-heading-m" id={`answer-${index}`}>
                {t('activities.followUp.answers.by', { name: answer.name })}
              </h2>
              {answer.submittedAt ? (
                <p class="app-body-s">{formatDateTime(locale, answer.submittedAt, activity.timeZone)}</p>
              ) : null}
              <AnswersSummary
                t={t}
                locale={locale}
                version={answer.version}
                answers={answer.answers}
                sectionHeading="h3"
              />
            </section>
          ))}
        </>
      ) : (
        <>
          <p class="app-body">{t('activities.followUp.answers.setUpLead')}</p>
          <form method="post" action={localHref(ctx, `/activities/${activity.slug}/follow-up/set-up`)} novalidate>
            <Button>{t('activities.followUp.answers.setUp')}</Button>
          </form>
        </>
      )}
    </Layout>
  )
}
