import fs from 'node:fs'
import { DatabaseStartError } from './errors.js'

/**
 * Takes an exclusive lock file holding our pid. A lock left by a process that no longer runs is
 * taken over (a crash or kill -9 must not block the next start); a live holder stops start-up.
 */
export function acquireDataDirLock(lockPath: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' })
      let released = false
      return () => {
        if (released) return
        released = true
        try {
          if (fs.readFileSync(lockPath, 'utf8') === String(process.pid)) fs.unlinkSync(lockPath)
        } catch {}
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new DatabaseStartError(`Cannot create the lock file ${lockPath}: check DATA_DIR and its permissions`)
      }
      const holder = Number(fs.readFileSync(lockPath, 'utf8'))
      if (holder && holder !== process.pid && isRunning(holder)) {
        throw new DatabaseStartError(
          `The embedded database is already in use by process ${holder}. Stop it first, or set DATA_DIR to another folder (or DATABASE_URL for several instances).`,
        )
      }
      fs.rmSync(lockPath, { force: true })
    }
  }
  throw new DatabaseStartError(`Cannot take the lock file ${lockPath}`)
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
