import type { Child } from 'hono/jsx'
import type { Db } from '../../db/client.js'
import type { PageContext } from '../../platform/ui/page-context.js'
import type { ProgrammeRef } from './queries.js'

/**
 * A part of a programme's page that another module contributes: its open calls, its upcoming
 * activities, its library. It renders under the programme's description with its own <h2>.
 */
export interface ProgrammeSection {
  /** The contributing module's name; registering the same name again replaces the section. */
  name: string
  /** Lower comes first; suggested: calls 10, activities 20, practices 30, library 40, surveys 50. */
  order: number
  /** Returns null when the module has nothing for this programme (the section is then left out). */
  render(ctx: PageContext, db: Db, programme: ProgrammeRef): Promise<Child | null>
}

const sections = new Map<string, ProgrammeSection>()

/**
 * Adds a module's section to every programme page. Call it once at the top level of the module's
 * index.ts: dependencies then point from that module to this one, as for the filter helpers.
 * Returns a function that removes the section again (for tests).
 * @example
 * registerProgrammeSection({
 *   name: 'calls',
 *   order: 10,
 *   render: async (ctx, db, programme) => {
 *     const calls = await listOpenCalls(db, { programmeId: programme.id })
 *     return calls.length > 0 ? <ProgrammeCalls ctx={ctx} calls={calls} /> : null
 *   },
 * })
 */
export function registerProgrammeSection(section: ProgrammeSection): () => void {
  sections.set(section.name, section)
  return () => {
    if (sections.get(section.name) === section) sections.delete(section.name)
  }
}

/** The sections of a programme page, rendered in order; those with nothing to show are left out. */
export async function renderProgrammeSections(ctx: PageContext, db: Db, programme: ProgrammeRef): Promise<Child[]> {
  const ordered = [...sections.values()].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name))
  const rendered = await Promise.all(ordered.map((section) => section.render(ctx, db, programme)))
  return rendered.filter((child) => child !== null && child !== undefined)
}
