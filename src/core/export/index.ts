export * from './buildExport'
export { cleanProfile } from './cleanProfile'
export { type ExportFile, fileText } from './exportFile'
export { ExportFilterSchema, type ExportFilter, selectProfiles } from './selectProfiles'
