// The part of Frictionless' `datapackage` (v1, untyped JavaScript) that the export tests use to validate a package.
declare module 'datapackage' {
  export interface Resource {
    read(options?: { keyed?: boolean; relations?: boolean }): Promise<Array<Record<string, unknown>>>
  }
  export class Package {
    static load(
      descriptor: string | object,
      options?: { basePath?: string; strict?: boolean },
    ): Promise<Package>
    readonly valid: boolean
    readonly errors: Error[]
    readonly resourceNames: string[]
    getResource(name: string): Resource
  }
}
