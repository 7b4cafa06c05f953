import type { StoaModule } from '../platform/module.js'
import { accountsModule } from './accounts/index.js'
import { activitiesModule } from './activities/index.js'
import { practicesModule } from './practices/index.js'
import { programmesModule } from './programmes/index.js'
import { questionnairesModule } from './questionnaires/index.js'

/** Every module of the app, in the order their navigation entries and home sections appear. */
export const modules: StoaModule[] = [
  programmesModule,
  accountsModule,
  practicesModule,
  activitiesModule,
  questionnairesModule,
]
