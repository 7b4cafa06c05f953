import type { Locale, Translate } from '../../../platform/i18n/catalogue.js'
import { SummaryList } from '../../../platform/ui/summary-list.js'
import { answerText } from '../answer-text.js'
import { type Answers, isShown, type VersionContent } from '../question-types.js'

export interface AnswersSummaryProps {
  t: Translate
  locale: Locale
  /** The version the answers were given to: a response is always read against its own. */
  version: { content: VersionContent }
  answers: Answers
  /** The link to change one answer, e.g. `(id) => \`/en/calls/x/apply#${id}\``; no links without it. */
  changeHref?: (questionId: string) => string
  sectionHeading?: 'h2' | 'h3'
}

/**
 * "Check your answers": each section's questions and answers as a summary list, with "Change"
 * links when given. Questions a condition hid are left out; unanswered ones say so.
 * @example <AnswersSummary t={t} locale={locale} version={version} answers={response.answers} changeHref={(id) => `${formPath}#${id}`} />
 */
export function AnswersSummary(props: AnswersSummaryProps) {
  const { t } = props
  const Heading = props.sectionHeading ?? 'h2'
  return (
    <div class="app-answers-summary">
      {props.version.content.sections.map((section) => {
        const shown = section.questions.filter((question) => isShown(question, props.answers))
        if (shown.length === 0) return null
        return (
          <>
            {section.title ? <Heading class="app-heading-m">{section.title}</Heading> : null}
            <SummaryList
              rows={shown.map((question) => ({
                key: question.label,
                value: (
                  <span class="app-answers-summary__value">
                    {answerText(t, props.locale, question, props.answers[question.id])}
                  </span>
                ),
                actions: props.changeHref
                  ? [
                      {
                        href: props.changeHref(question.id),
                        text: t('questionnaires.summary.change'),
                        visuallyHiddenText: question.label,
                      },
                    ]
                  : undefined,
              }))}
            />
          </>
        )
      })}
    </div>
  )
}
