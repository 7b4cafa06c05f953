// The barrel drizzle-kit reads and the relational query builder uses: every module's tables.
export * from '../modules/programmes/tables.js'
export * from '../demo/tables.js'
