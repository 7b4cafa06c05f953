import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../platform/testing/test-app.js'
import { auditActions, createRoleCast } from './organisation-testing.js'
import { users } from './tables.js'
import { createPerson } from './testing.js'

let t: TestApp
let cast: Awaited<ReturnType<typeof createRoleCast>>

beforeAll(async () => {
  t = await createTestApp()
  cast = await createRoleCast(t.db, t.config)
})
afterAll(() => t?.close())

const asAdmin = (path: string) => t.get(path, { cookie: cast.cookies.admin })
const rolesOf = async (id: string) => (await t.db.select().from(users).where(eq(users.id, id)))[0]?.roles

describe('the people page', () => {
  it('finds people by name or address and by role, with their roles', async () => {
    const byName = await (await asAdmin('/en/admin/people?q=EDITH')).text()
    expect(byName).toContain('1 person')
    expect(byName).toContain(`href="/en/admin/people/${cast.people.editor.id}"`)
    expect(byName).toContain('<strong class="app-tag app-tag--blue">Editor</strong>')
    const byRole = await (await asAdmin('/en/admin/people?role=expert')).text()
    expect(byRole).toContain('Erik Expert')
    expect(byRole).not.toContain('Edith Editor')
    const unverified = await (await asAdmin('/en/admin/people?q=uma')).text()
    expect(unverified).toContain('Address not confirmed')
  })
})

describe('granting and removing roles', () => {
  it('asks for confirmation, then gives the role', async () => {
    const person = await createPerson(t.db, t.config, { name: 'Gina Grant' })
    const confirm = await (await asAdmin(`/en/admin/people/${person.id}/roles/editor/grant`)).text()
    expect(confirm).toContain('Give Gina Grant the editor role?')
    expect(await rolesOf(person.id)).toEqual([])
    const response = await t.postForm(
      `/en/admin/people/${person.id}/roles/editor/grant`,
      {},
      { cookie: cast.cookies.admin },
    )
    expect(response.headers.get('location')).toBe(`/en/admin/people/${person.id}?done=granted`)
    expect(await rolesOf(person.id)).toEqual(['editor'])
    const page = await (await asAdmin(`/en/admin/people/${person.id}?done=granted`)).text()
    expect(page).toContain('The role was given.')
    expect(page).toContain(`href="/en/admin/people/${person.id}/roles/editor/revoke"`)
    expect(await auditActions(t.db, person.id)).toEqual(['role.granted'])
    const log = await (await asAdmin('/de/admin/audit?action=role.granted')).text()
    expect(log).toContain('Rolle vergeben')
  })

  it('keeps the last admin’s own admin role and says why', async () => {
    const response = await t.postForm(
      `/en/admin/people/${cast.people.admin.id}/roles/admin/revoke`,
      {},
      { cookie: cast.cookies.admin },
    )
    expect(response.headers.get('location')).toBe(`/en/admin/people/${cast.people.admin.id}?problem=last-admin`)
    expect(await rolesOf(cast.people.admin.id)).toEqual(['admin'])
    const page = await (await asAdmin(`/en/admin/people/${cast.people.admin.id}?problem=last-admin`)).text()
    expect(page).toContain('This is the last admin')
  })

  it('in French and German too', async () => {
    const fr = await (
      await t.get(`/fr/admin/people/${cast.people.member.id}/roles/expert/grant`, { cookie: cast.cookies.admin })
    ).text()
    expect(fr).toContain('Donner le rôle expert à Mira Member ?')
    const de = await (
      await t.get(`/de/admin/people/${cast.people.member.id}/roles/editor/revoke`, { cookie: cast.cookies.admin })
    ).text()
    expect(de).toContain('Mira Member die Rolle Redaktion entziehen?')
  })
})
