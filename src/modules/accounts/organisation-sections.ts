import type { Child } from 'hono/jsx'
import type { Db } from '../../db/client.js'
import type { Actor } from '../../platform/http/actor.js'
import type { PageContext } from '../../platform/ui/page-context.js'

/** What a section is told about the organisation whose page it is on. */
export interface OrganisationRef {
  id: string
  slug: string
  name: string
}

/**
 * A part of an organisation's "Contributions" that another module fills: the practices it
 * published, the calls it answered, the activities it hosted. Each renders its own <h3> under
 * the page's "Contributions" <h2>. The actor is given so a section shows members only what they
 * may see (`can(actor, 'member-content.read')`); the page itself is public.
 */
export interface OrganisationSection {
  /** The contributing module's name; registering the same name again replaces the section. */
  name: string
  /** Lower comes first; suggested: practices 10, calls 20, activities 30, library 40, awards 50. */
  order: number
  /** Returns null when the module has nothing for this organisation (the section is then left out). */
  render(ctx: PageContext, db: Db, organisation: OrganisationRef, actor: Actor | null): Promise<Child | null>
}

const sections = new Map<string, OrganisationSection>()

/**
 * Adds a module's section to every organisation page. Call it once at the top level of the
 * module's index.ts, as for registerProgrammeSection. Returns a function removing it (for tests).
 * @example
 * registerOrganisationSection({
 *   name: 'practices',
 *   order: 10,
 *   render: async (ctx, db, organisation) => {
 *     const practices = await listPracticesOf(db, organisation.id)
 *     return practices.length > 0 ? <OrganisationPractices ctx={ctx} practices={practices} /> : null
 *   },
 * })
 */
export function registerOrganisationSection(section: OrganisationSection): () => void {
  sections.set(section.name, section)
  return () => {
    if (sections.get(section.name) === section) sections.delete(section.name)
  }
}

/** The contributions of an organisation, in order; sections with nothing to show are left out. */
export async function renderOrganisationSections(
  ctx: PageContext,
  db: Db,
  organisation: OrganisationRef,
  actor: Actor | null,
): Promise<Child[]> {
  const ordered = [...sections.values()].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name))
  const rendered = await Promise.all(ordered.map((section) => section.render(ctx, db, organisation, actor)))
  return rendered.filter((child) => child !== null && child !== undefined)
}
