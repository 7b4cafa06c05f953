export function templateDatabaseName(runId: string) {
  return `stoa_t_${runId}_template`
}

export function databaseUrlFor(serverUrl: string, database: string): string {
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  return url.toString()
}
