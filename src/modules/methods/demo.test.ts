import { afterAll, expect, it } from 'vitest'
import { detectFileType } from '../../platform/storage/index.js'
import { createTestDatabase } from '../../platform/testing/test-database.js'
import { demoStorage, methodsDemo } from './demo.js'
import { countResources, listMethods } from './queries.js'
import { methodResources } from './tables.js'

const database = await createTestDatabase()
afterAll(() => database.close())

it('writes at least ten methods, each with member-only templates that are real PDF files', async () => {
  await methodsDemo.seed(database.db, { today: new Date('2026-03-02T10:00:00Z') })
  const methods = await listMethods(database.db, { q: '', formats: [], efforts: [], groupSize: null })
  expect(methods.length).toBeGreaterThanOrEqual(10)
  const counts = await countResources(
    database.db,
    methods.map((method) => method.id),
  )
  for (const method of methods) {
    expect(method.steps.length).toBeGreaterThanOrEqual(5)
    expect(method.pitfalls.length).toBeGreaterThan(50)
    expect(counts.get(method.id)?.template).toBeGreaterThanOrEqual(1)
  }
  const storage = demoStorage()
  const files = (await database.db.select().from(methodResources)).filter((resource) => resource.storageKey)
  for (const file of files.slice(0, 3)) {
    const stream = await storage.read(file.storageKey!)
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer())
    expect(detectFileType(bytes)).toBe('application/pdf')
    expect(Buffer.from(bytes).toString('latin1')).toContain('%%EOF')
  }
})
