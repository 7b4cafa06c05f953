import { describe, expect, it } from 'vitest'
import { describeApi, type OpenApiDocument } from './api-reference.js'

const document: OpenApiDocument = {
  openapi: '3.1.0',
  info: { title: 'Test', version: '1' },
  tags: [{ name: 'Practices', description: 'Good practices' }, { name: 'Declared but unused' }],
  paths: {
    '/health': { get: { responses: { 200: { description: 'Alive' } } } },
    '/calls': {
      get: { tags: ['Calls'], summary: 'Open calls', responses: { 200: { description: 'The calls' } } },
    },
    '/practices/{slug}': {
      parameters: [
        { name: 'slug', in: 'path', schema: { type: 'string' }, description: 'From the path item' },
        { $ref: '#/components/parameters/Lang' },
      ],
      get: {
        tags: ['Practices'],
        summary: 'One practice',
        deprecated: true,
        parameters: [
          { name: 'slug', in: 'path', required: true, schema: { type: 'string' }, description: 'Overridden' },
          { name: 'themes', in: 'query', schema: { type: 'array', items: { $ref: '#/components/schemas/Theme' } } },
          { name: 'year', in: 'query', schema: { type: ['integer', 'null'], format: 'int32' } },
          { name: 'x-trace', in: 'header', schema: { anyOf: [{ type: 'string' }, { type: 'number' }] } },
        ],
        responses: {
          default: { description: 'An error' },
          404: { $ref: '#/components/responses/NotFound' },
          200: { description: 'The practice' },
        },
      },
    },
    '/practices': {
      get: { tags: ['Practices'], summary: 'All practices', responses: { 200: { description: 'A page of them' } } },
    },
    '/practices-x': { get: { tags: ['Practices'], responses: {} } },
    '/practices/x': { get: { tags: ['Practices'], responses: {} } },
  },
  components: {
    parameters: {
      Lang: {
        name: 'lang',
        in: 'query',
        schema: { type: 'string', enum: ['en', 'fr'], description: 'Language of the texts' },
      },
    },
    schemas: { Theme: { type: 'string' } },
    responses: { NotFound: { description: 'No such practice' } },
  },
}

describe('describeApi', () => {
  const groups = describeApi(document)

  it('groups endpoints by tag, declared tags first, untagged last, and leaves empty tags out', () => {
    expect(groups.map((group) => group.name)).toEqual(['Practices', 'Calls', undefined])
    expect(groups[0]!.description).toBe('Good practices')
    expect(groups[2]!.endpoints.map((endpoint) => endpoint.path)).toEqual(['/health'])
  })

  it('merges path-level parameters, letting the operation override them, and resolves references', () => {
    const practice = groups[0]!.endpoints.find((endpoint) => endpoint.path === '/practices/{slug}')!
    expect(practice.method).toBe('GET')
    expect(practice.deprecated).toBe(true)
    expect(practice.parameters).toEqual([
      { name: 'slug', in: 'path', required: true, type: 'string', description: 'Overridden' },
      { name: 'lang', in: 'query', required: false, type: '"en" | "fr"', description: 'Language of the texts' },
      { name: 'themes', in: 'query', required: false, type: 'Theme[]', description: undefined },
      { name: 'year', in: 'query', required: false, type: 'integer | null (int32)', description: undefined },
      { name: 'x-trace', in: 'header', required: false, type: 'string | number', description: undefined },
    ])
  })

  it('lists responses by status code, the default last, with referenced descriptions', () => {
    const practice = groups[0]!.endpoints.find((endpoint) => endpoint.path === '/practices/{slug}')!
    expect(practice.responses).toEqual([
      { status: '200', description: 'The practice' },
      { status: '404', description: 'No such practice' },
      { status: 'default', description: 'An error' },
    ])
  })

  it('gives every group and endpoint a distinct anchor, even when their paths slug alike', () => {
    const anchors = groups.flatMap((group) => [group.anchor, ...group.endpoints.map((endpoint) => endpoint.anchor)])
    expect(new Set(anchors).size).toBe(anchors.length)
    expect(anchors).toContain('get-practices-x')
    expect(anchors).toContain('get-practices-x-2')
  })
})
