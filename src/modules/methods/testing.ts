import type { Db } from '../../db/client.js'
import type { FileStorage } from '../../platform/storage/index.js'
import { type MethodInput, saveMethod, saveResource } from './commands.js'
import { textPdf } from './text-pdf.js'

let sequence = 0

/** A method with sensible defaults and a unique slug; pass what the test is about. */
export async function createTestMethod(db: Db, overrides: Partial<MethodInput> = {}) {
  sequence += 1
  const input: MethodInput = {
    slug: `test-method-${sequence}-${Date.now().toString(36)}`,
    name: `Test method ${sequence}`,
    summary: 'A method made for a test.',
    whatItIs: 'What it is.',
    whenToUse: 'When to use it.',
    steps: ['First step', 'Second step'],
    outcomes: 'Outcomes.',
    pitfalls: 'Pitfalls.',
    effort: 'medium',
    duration: 'Half a day',
    groupMin: 5,
    groupMax: 20,
    format: 'online',
    activityKinds: [],
    ...overrides,
  }
  return { ...input, id: await saveMethod(db, input) }
}

/** A member-only template (a real PDF) whose title and content are secrets a visitor must never receive. */
export async function createSecretTemplate(db: Db, storage: FileStorage, methodId: string, secret: string) {
  const bytes = textPdf(`Template ${secret}`, [`Member content ${secret}`])
  const id = await saveResource(db, storage, {
    methodId,
    kind: 'template',
    title: `Template ${secret}`,
    description: `Description ${secret}`,
    file: { bytes, type: 'application/pdf', name: `${secret}.pdf` },
  })
  return { id, bytes }
}
