// The barrel drizzle-kit reads and the relational query builder uses: every module's tables.

export * from '../demo/tables.js'
export * from '../modules/accounts/tables.js'
export * from '../modules/activities/tables.js'
export * from '../modules/practices/imports/tables.js'
export * from '../modules/practices/media/tables.js'
export * from '../modules/practices/tables.js'
export * from '../modules/programmes/tables.js'
export * from '../modules/questionnaires/tables.js'
export * from '../platform/audit/tables.js'
export * from '../platform/mail/tables.js'
