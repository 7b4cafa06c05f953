import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import type { Config } from '../../config.js'
import { FILE_EXTENSIONS } from './file-types.js'
import type { FileType } from './question-types.js'

// Only names we generated are ever opened: a stored name from a form could otherwise be "../…".
const storedNamePattern = /^[a-f0-9]{32}\.(pdf|png|jpg|docx|xlsx|odt|ods|csv)$/

function folder(config: Config) {
  // TODO(#5): S3 storage through src/platform/storage once it exists; files stay local until then.
  const root = config.storage.driver === 'local' ? config.storage.dir : path.join(config.dataDir, 'files')
  return path.join(root, 'questionnaire-answers')
}

/** Writes an answer's file outside the web root under a random name that says nothing about it. */
export async function storeAnswerFile(config: Config, file: { bytes: Uint8Array; type: FileType }): Promise<string> {
  const directory = folder(config)
  await fs.mkdir(directory, { recursive: true })
  const name = `${randomBytes(16).toString('hex')}.${FILE_EXTENSIONS[file.type]}`
  await fs.writeFile(path.join(directory, name), file.bytes, { flag: 'wx' })
  return name
}

/** The bytes of a stored answer file; undefined for a name we did not generate or a missing file. */
export async function readAnswerFile(config: Config, storedName: string): Promise<Uint8Array | undefined> {
  if (!storedNamePattern.test(storedName)) return undefined
  try {
    return new Uint8Array(await fs.readFile(path.join(folder(config), storedName)))
  } catch {
    return undefined
  }
}
