import type { Db } from '../../db/client.js'
import { type ProgrammeInput, saveProgramme } from './commands.js'
import { getProgrammeBySlug, type Programme } from './queries.js'

let sequence = 0

/**
 * A programme with sensible defaults and a unique slug; pass what the test is about.
 * @example const hub = await createProgramme(db, { name: 'European Heritage Hub', euFunded: false })
 */
export async function createProgramme(db: Db, overrides: Partial<ProgrammeInput> = {}): Promise<Programme> {
  sequence += 1
  const input: ProgrammeInput = {
    slug: `test-programme-${sequence}`,
    name: `Test programme ${sequence}`,
    summary: 'A programme made for a test.',
    position: sequence,
    ...overrides,
  }
  await saveProgramme(db, input)
  return getProgrammeBySlug(db, input.slug)
}
