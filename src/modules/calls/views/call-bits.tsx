import { formatDateTime } from '../../../platform/i18n/format.js'
import { Card } from '../../../platform/ui/card.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import { Tag, type TagColour } from '../../../platform/ui/tag.js'
import { type CallState, callState, countdown } from '../state.js'
import type { Call } from '../tables.js'

const STATE_COLOURS: Record<CallState, TagColour> = {
  upcoming: 'blue',
  open: 'green',
  closed: 'grey',
  'under-evaluation': 'purple',
  decided: 'turquoise',
}

export function StateTag({ ctx, call }: { ctx: PageContext; call: Call }) {
  const state = callState(call, ctx.now)
  return <Tag colour={STATE_COLOURS[state]}>{ctx.t(`calls.state.${state}`)}</Tag>
}

/** "Closes in 3 days and 4 hours" in the last days of an open call; nothing otherwise. */
export function Countdown({ ctx, call }: { ctx: PageContext; call: Call }) {
  if (callState(call, ctx.now) !== 'open') return null
  const left = countdown(call, ctx.now)
  if (!left) return null
  return (
    <p class="app-body app-calls-countdown">
      <strong>{ctx.t('calls.countdown', { days: left.days, hours: left.hours })}</strong>
    </p>
  )
}

/**
 * The deadline in the call's zone; with JavaScript, also in the visitor's own zone when it differs
 * (the server cannot know it), through the activities' `app-local-time` enhancer.
 */
export function Deadline({ ctx, call }: { ctx: PageContext; call: Call }) {
  return (
    <>
      <time datetime={call.closesAt.toISOString()}>{formatDateTime(ctx.locale, call.closesAt, call.timeZone)}</time>
      <span
        class="app-body-s app-calls-local-time"
        hidden
        data-module="app-local-time"
        data-start={call.closesAt.toISOString()}
        data-end={call.closesAt.toISOString()}
        data-zone={call.timeZone}
        data-label={ctx.t('calls.deadline.yourTime', { zone: '{zone}' })}
      />
    </>
  )
}

export function CallCard({ ctx, call, headingLevel = 3 }: { ctx: PageContext; call: Call; headingLevel?: 2 | 3 | 4 }) {
  const state = callState(call, ctx.now)
  return (
    <Card
      headingLevel={headingLevel}
      href={localHref(ctx, `/calls/${call.slug}`)}
      title={call.title}
      meta={[
        state === 'upcoming'
          ? ctx.t('calls.opensOn', { date: formatDateTime(ctx.locale, call.opensAt, call.timeZone) })
          : ctx.t('calls.deadlineOn', { date: formatDateTime(ctx.locale, call.closesAt, call.timeZone) }),
        ...(call.quota ? [ctx.t('calls.quota', { count: call.quota })] : []),
      ]}
      tags={[
        { text: ctx.t(`calls.state.${state}`), colour: STATE_COLOURS[state] },
        { text: ctx.t(`calls.kind.${call.kind}`), colour: 'light-blue' as const },
      ]}
    />
  )
}
