export { type FileStorage, fileStorageFor, isStorageKey, localFileStorage } from './file-storage.js'
export {
  type CheckedUpload,
  checkUpload,
  detectFileType,
  FILE_TYPES,
  type FileKind,
  type FileType,
  fileTypesOfKind,
} from './file-types.js'
export { parseRange, type ServedFile, serveStoredFile } from './serve-file.js'
