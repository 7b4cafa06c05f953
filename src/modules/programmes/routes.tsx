import { Hono } from 'hono'
import type { AppEnv } from '../../platform/http/env.js'
import { renderPage } from '../../platform/http/render.js'
import { calendarDateIn, programmeStatus, withStatus } from './programme-period.js'
import { renderProgrammeSections } from './programme-sections.js'
import { getProgrammeBySlug, listProgrammes } from './queries.js'
import { ProgrammeListPage } from './views/programme-list-page.js'
import { ProgrammePage } from './views/programme-page.js'

/** GET / (every programme) · GET /:slug (one programme's page); mounted at /:locale/programmes. */
export const programmesRoutes = new Hono<AppEnv>()

programmesRoutes.get('/', async (c) => {
  const ctx = c.var.pageContext()
  const programmes = withStatus(await listProgrammes(c.var.db), calendarDateIn(ctx.timeZone, ctx.now))
  return renderPage(c, <ProgrammeListPage ctx={ctx} programmes={programmes} />)
})

programmesRoutes.get('/:slug', async (c) => {
  const ctx = c.var.pageContext()
  const programme = await getProgrammeBySlug(c.var.db, c.req.param('slug'))
  const status = programmeStatus(programme, calendarDateIn(ctx.timeZone, ctx.now))
  const sections = await renderProgrammeSections(ctx, c.var.db, programme)
  return renderPage(c, <ProgrammePage ctx={ctx} programme={programme} status={status} sections={sections} />)
})
