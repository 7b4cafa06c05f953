import type { Child } from 'hono/jsx'
import { Tag, type TagColour } from './tag.js'

export interface CardProps {
  title: Child
  href: string
  /** Short facts under the title, e.g. city, country, year; shown in one line, separated. */
  meta?: Child[]
  description?: Child
  tags?: { text: Child; colour?: TagColour }[]
  /** The title's heading level in the page's outline: 2 in a plain list, 3 under a section's h2. */
  headingLevel?: 2 | 3 | 4
  /** A decorative picture: leave `alt` empty unless it says what the text does not. */
  image?: { src: string; alt: string }
}

/**
 * A summary of one item in a list (a practice, an activity, a call) whose title links to it. The
 * whole card is clickable through the title link's ::after, so there is one link and one tab stop.
 * @example
 * <Card headingLevel={3} href={localHref(ctx, `/practices/${practice.slug}`)} title={practice.title}
 *   meta={[practice.city, practice.country]} description={practice.summary}
 *   tags={practice.themes.map((theme) => ({ text: theme.name, colour: 'turquoise' }))} />
 */
export function Card(props: CardProps) {
  const Heading = `h${props.headingLevel ?? 3}` as 'h2' | 'h3' | 'h4'
  return (
    <article class="app-card">
      {props.image ? <img class="app-card__image" src={props.image.src} alt={props.image.alt} loading="lazy" /> : null}
      <div class="app-card__body">
        <Heading class="app-card__title">
          <a class="app-card__link" href={props.href}>
            {props.title}
          </a>
        </Heading>
        {props.meta && props.meta.length > 0 ? (
          <ul class="app-card__meta">
            {props.meta.map((item) => (
              <li class="app-card__meta-item">{item}</li>
            ))}
          </ul>
        ) : null}
        {props.description ? <p class="app-card__description">{props.description}</p> : null}
        {props.tags && props.tags.length > 0 ? (
          <ul class="app-card__tags">
            {props.tags.map((tag) => (
              <li class="app-card__tag">
                <Tag colour={tag.colour}>{tag.text}</Tag>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </article>
  )
}

/**
 * Lays cards out in a list: one column on phones, two on tablets, three on wide screens.
 * @example <CardGrid>{practices.map((practice) => <Card … />)}</CardGrid>
 */
export function CardGrid({ children }: { children?: Child }) {
  const items = flatten(children)
  return (
    <ul class="app-card-grid">
      {items.map((child) => (
        <li class="app-card-grid__item">{child}</li>
      ))}
    </ul>
  )
}

function flatten(children: Child): Child[] {
  if (Array.isArray(children)) return children.flatMap((child: Child) => flatten(child))
  return children === null || children === undefined || children === false ? [] : [children]
}
