import type { StoaModule } from '../platform/module.js'
import { accountsModule } from './accounts/index.js'
import { activitiesModule } from './activities/index.js'
import { awardsModule, callsModule } from './calls/index.js'
import { libraryModule } from './library/index.js'
import { methodsModule } from './methods/index.js'
import { newsModule } from './news/index.js'
import { practicesModule } from './practices/index.js'
import { programmesModule } from './programmes/index.js'
import { pulseModule } from './pulse/index.js'
import { questionnairesModule } from './questionnaires/index.js'

/** Every module of the app, in the order their navigation entries and home sections appear. */
export const modules: StoaModule[] = [
  programmesModule,
  accountsModule,
  practicesModule,
  activitiesModule,
  callsModule,
  awardsModule,
  libraryModule,
  methodsModule,
  newsModule,
  pulseModule,
  questionnairesModule,
]
