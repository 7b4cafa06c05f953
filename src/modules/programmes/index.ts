import type { StoaModule } from '../../platform/module.js'

export const programmesModule: StoaModule = {
  name: 'programmes',
}
