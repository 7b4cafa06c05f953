export { type FileStorage, fileStorageFor, localFileStorage } from './file-storage.js'
export {
  type CheckedUpload,
  checkUpload,
  detectFileType,
  FILE_TYPES,
  type FileKind,
  type FileType,
  fileTypesOfKind,
} from './file-types.js'
export { isStorageKey } from './keys.js'
export { type S3Options, S3StorageError, s3FileStorage } from './s3-storage.js'
export { parseRange, type ServedFile, serveStoredFile, storedFileEtag } from './serve-file.js'
