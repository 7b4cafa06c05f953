import type { OpenAPIHono } from '@hono/zod-openapi'

/** The OpenAPI 3.1 document the API app generates from the modules' Zod schemas. */
export type OpenApiDocument = ReturnType<OpenAPIHono['getOpenAPI31Document']>
type PathItem = NonNullable<OpenApiDocument['paths']>[string]
type Operation = NonNullable<PathItem['get']>
type ParameterOrReference = NonNullable<Operation['parameters']>[number]
type Parameter = Exclude<ParameterOrReference, { $ref: string }>
type SchemaOrReference = NonNullable<Parameter['schema']>

export interface ApiParameter {
  name: string
  in: Parameter['in']
  required: boolean
  /** A short, language-neutral type: `string`, `integer (int32)`, `"draft" | "open"`, `string[]`. */
  type: string
  description?: string
}

export interface ApiEndpoint {
  /** Upper case, as written in HTTP: GET, POST… */
  method: string
  path: string
  /** A stable fragment identifier for links to this endpoint. */
  anchor: string
  summary?: string
  description?: string
  deprecated: boolean
  parameters: ApiParameter[]
  responses: { status: string; description: string }[]
}

export interface ApiTagGroup {
  /** Undefined for the endpoints that carry no tag. */
  name?: string
  anchor: string
  description?: string
  endpoints: ApiEndpoint[]
}

const METHODS = ['get', 'head', 'post', 'put', 'patch', 'delete', 'options', 'trace'] as const

/**
 * Turns the OpenAPI document into the plain data the API page renders: endpoints grouped by their
 * first tag, in the order the document declares its tags (then in order of appearance), untagged
 * endpoints last, with every `$ref` resolved so the page never shows a bare reference.
 */
export function describeApi(document: OpenApiDocument): ApiTagGroup[] {
  const groups = new Map<string | undefined, ApiTagGroup>()
  for (const tag of document.tags ?? []) {
    groups.set(tag.name, {
      name: tag.name,
      anchor: anchorFor('tag', tag.name),
      description: tag.description,
      endpoints: [],
    })
  }
  for (const [path, pathItem] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = pathItem[method]
      if (!operation) continue
      const tag = operation.tags?.[0]
      let group = groups.get(tag)
      if (!group) {
        group = { name: tag, anchor: anchorFor('tag', tag ?? 'untagged'), endpoints: [] }
        groups.set(tag, group)
      }
      group.endpoints.push(describeOperation(document, method, path, pathItem, operation))
    }
  }
  const untagged = groups.get(undefined)
  groups.delete(undefined)
  const described = [...groups.values(), ...(untagged ? [untagged] : [])].filter((group) => group.endpoints.length > 0)
  // Slugs can coincide ("/a-b" and "/a/b"); every id on the page must be unique.
  const taken = new Set<string>()
  const unique = (anchor: string) => {
    let candidate = anchor
    for (let n = 2; taken.has(candidate); n++) candidate = `${anchor}-${n}`
    taken.add(candidate)
    return candidate
  }
  for (const group of described) {
    group.anchor = unique(group.anchor)
    for (const endpoint of group.endpoints) endpoint.anchor = unique(endpoint.anchor)
  }
  return described
}

function describeOperation(
  document: OpenApiDocument,
  method: (typeof METHODS)[number],
  path: string,
  pathItem: PathItem,
  operation: Operation,
): ApiEndpoint {
  // Operation-level parameters override path-level ones with the same name and location (OpenAPI 3.1 §4.8.9).
  const byKey = new Map<string, Parameter>()
  for (const candidate of [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]) {
    const parameter = resolve<Parameter>(document, candidate)
    if (parameter) byKey.set(`${parameter.in}\u0000${parameter.name}`, parameter)
  }
  const parameters = [...byKey.values()].map((parameter) => ({
    name: parameter.name,
    in: parameter.in,
    // Path parameters are always required, whatever the document says.
    required: parameter.in === 'path' || parameter.required === true,
    type: typeLabel(document, parameter.schema),
    description: parameter.description ?? schemaDescription(document, parameter.schema),
  }))
  const responses = Object.entries(operation.responses ?? {})
    .filter(([status]) => !status.startsWith('x-'))
    .map(([status, response]) => ({
      status,
      description: resolve<{ description?: string }>(document, response)?.description ?? '',
    }))
    .sort((a, b) => statusOrder(a.status) - statusOrder(b.status))
  return {
    method: method.toUpperCase(),
    path,
    anchor: anchorFor(method, path),
    summary: operation.summary,
    description: operation.description,
    deprecated: operation.deprecated === true,
    parameters,
    responses,
  }
}

/** Follows a local `$ref` ("#/components/…") to its target; external references are left unresolved. */
function resolve<T>(document: OpenApiDocument, value: unknown): T | undefined {
  let current: unknown = value
  // Bounded, so a reference cycle cannot loop forever.
  for (let hops = 0; hops < 10; hops++) {
    if (!isReference(current)) return current as T
    if (!current.$ref.startsWith('#/')) return undefined
    current = current.$ref
      .slice(2)
      .split('/')
      .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce<unknown>(
        (node, segment) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined),
        document,
      )
  }
  return undefined
}

function isReference(value: unknown): value is { $ref: string } {
  return typeof value === 'object' && value !== null && typeof (value as { $ref?: unknown }).$ref === 'string'
}

type Schema = Exclude<SchemaOrReference, { $ref: string }>

export function typeLabel(
  document: OpenApiDocument,
  schemaOrReference: SchemaOrReference | undefined,
  depth = 0,
): string {
  if (!schemaOrReference || depth > 4) return 'any'
  // A named schema reads better by its name than by its expansion.
  if (isReference(schemaOrReference)) return schemaOrReference.$ref.split('/').at(-1) ?? 'any'
  const schema: Schema = schemaOrReference
  if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join(' | ')
  if (schema.const !== undefined) return JSON.stringify(schema.const)
  const variants = schema.oneOf ?? schema.anyOf
  if (variants) return variants.map((variant) => typeLabel(document, variant, depth + 1)).join(' | ')
  if (schema.allOf) return schema.allOf.map((part) => typeLabel(document, part, depth + 1)).join(' & ')
  const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type]
  const label = types
    .map((type) => (type === 'array' ? `${typeLabel(document, schema.items, depth + 1)}[]` : type))
    .join(' | ')
  if (!label) return 'any'
  return schema.format ? `${label} (${schema.format})` : label
}

function schemaDescription(document: OpenApiDocument, schema: SchemaOrReference | undefined): string | undefined {
  return resolve<Schema>(document, schema)?.description
}

function statusOrder(status: string): number {
  if (status === 'default') return 1000
  const numeric = Number.parseInt(status.replace(/X/gi, '0'), 10)
  return Number.isNaN(numeric) ? 999 : numeric
}

function anchorFor(prefix: string, value: string): string {
  const slug = value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  return `${prefix}-${slug || 'root'}`
}
