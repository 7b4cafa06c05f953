import path from 'node:path'
import { loadConfig } from '../../config.js'
import type { Db } from '../../db/client.js'
import type { DemoPart } from '../../platform/module.js'
import { fileStorageFor, localFileStorage } from '../../platform/storage/index.js'
import { saveMethod, saveResource } from './commands.js'
import { DEMO_METHODS } from './demo-content.js'
import { textPdf } from './text-pdf.js'

/** Ten methods with their member-only templates, examples and contacts (PDFs written for the demo). */
export const methodsDemo: DemoPart = {
  name: 'methods',
  async seed(db: Db) {
    const storage = demoStorage()
    for (const { resources, ...method } of DEMO_METHODS) {
      const methodId = await saveMethod(db, { ...method, language: 'en' })
      for (const resource of resources) {
        await saveResource(db, storage, {
          methodId,
          kind: resource.kind,
          title: resource.title,
          description: resource.description,
          file: resource.file
            ? {
                bytes: textPdf(resource.title, resource.file.paragraphs),
                type: 'application/pdf',
                name: resource.file.name,
              }
            : undefined,
        })
      }
    }
  },
}

/**
 * Demo parts get no configuration: the storage is the one the environment configures, or, where
 * the environment is not a full configuration (tests), the local folder under DATA_DIR.
 */
export function demoStorage() {
  try {
    return fileStorageFor(loadConfig(process.env))
  } catch {
    return localFileStorage(path.resolve(process.env.DATA_DIR || 'data', 'files'))
  }
}
