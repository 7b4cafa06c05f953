import type { Child } from 'hono/jsx'

export interface SectionProps {
  /** Names the section, so it is listed as a region and its heading can be linked to. */
  id: string
  title: Child
  /** A link to the full list; its text should make sense alone ("All open calls", not "See all"). */
  seeAll?: { href: string; text: Child }
  children?: Child
}

/**
 * A home-page section: an h2 with a link to the full list beside it, then its content.
 * @example
 * <Section id="open-calls" title={t('calls.home.title')} seeAll={{ href: localHref(ctx, '/calls'), text: t('calls.home.all') }}>
 *   <CardGrid>{calls.map((call) => <CallCard call={call} />)}</CardGrid>
 * </Section>
 */
export function Section({ id, title, seeAll, children }: SectionProps) {
  const headingId = `${id}-heading`
  return (
    <section class="app-section" id={id} aria-labelledby={headingId}>
      <div class="app-section__header">
        <h2 class="app-heading-l app-section__title" id={headingId}>
          {title}
        </h2>
        {seeAll ? (
          <a class="app-link app-section__link" href={seeAll.href}>
            {seeAll.text}
          </a>
        ) : null}
      </div>
      {children}
    </section>
  )
}
