import type { ApiErrorCode } from '../api/api-app.js'
import type { PageContext } from '../ui/page-context.js'
import { SummaryList } from '../ui/summary-list.js'
import { Table } from '../ui/table.js'
import type { ApiEndpoint, ApiTagGroup } from './api-reference.js'
import { InformationPage } from './information-page.js'

/** Every error code the API answers with; a Record, so a new code fails to compile until it is documented here. */
const errorCodes: Record<ApiErrorCode, { status: number; meaningKey: string }> = {
  invalid_request: { status: 400, meaningKey: 'pages.api.errorInvalidRequest' },
  forbidden: { status: 403, meaningKey: 'pages.api.errorForbidden' },
  not_found: { status: 404, meaningKey: 'pages.api.errorNotFound' },
  rate_limited: { status: 429, meaningKey: 'pages.api.errorRateLimited' },
  internal_error: { status: 500, meaningKey: 'pages.api.errorInternal' },
}

const errorExample = JSON.stringify(
  {
    error: {
      code: 'invalid_request',
      message: 'The request has invalid parameters',
      requestId: 'b6f1c0de-…',
      issues: [{ path: 'page', message: 'Too small: expected number to be >=1' }],
    },
  },
  null,
  2,
)

/**
 * The readable API reference, rendered on the server from the same OpenAPI document as
 * /api/openapi.json, so it cannot drift from the API. No Swagger UI: it needs inline script,
 * which the content security policy forbids. Summaries and descriptions come from the document,
 * which is written in English, so they carry lang="en" on pages in other languages.
 */
export function ApiPage(props: { ctx: PageContext; groups: ApiTagGroup[]; limitPerMinute: number }) {
  const { ctx, groups, limitPerMinute } = props
  const { t, locale } = ctx
  const serverUrl = `${ctx.baseUrl}/api`
  return (
    <InformationPage ctx={ctx} title={t('pages.api.title')} description={t('pages.api.description')} wide>
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          <p class="app-body-l">{t('pages.api.lead')}</p>
          <p class="app-body">
            <a class="app-link" href="/api/openapi.json" type="application/json">
              {t('pages.api.openApiLink')}
            </a>
          </p>
          <SummaryList
            rows={[
              { key: t('pages.api.baseUrl'), value: <code>{serverUrl}</code> },
              { key: t('pages.api.format'), value: t('pages.api.formatValue') },
              { key: t('pages.api.authentication'), value: t('pages.api.authenticationValue') },
              { key: t('pages.api.rateLimit'), value: t('pages.api.rateLimitValue', { count: limitPerMinute }) },
            ]}
          />

          <h2 class="app-heading-l" id="contents">
            {t('pages.api.contentsHeading')}
          </h2>
          <ul class="app-list app-list--bullet">
            <li>
              <a class="app-link" href="#using-the-api">
                {t('pages.api.usageHeading')}
              </a>
            </li>
            {groups.map((group) => (
              <li>
                <a class="app-link" href={`#${group.anchor}`} lang={group.name ? 'en' : undefined}>
                  {group.name ?? t('pages.api.untagged')}
                </a>
              </li>
            ))}
          </ul>

          <h2 class="app-heading-l" id="using-the-api">
            {t('pages.api.usageHeading')}
          </h2>
          <h3 class="app-heading-m">{t('pages.api.publicOnlyHeading')}</h3>
          <p class="app-body">{t('pages.api.publicOnlyBody')}</p>
          <h3 class="app-heading-m">{t('pages.api.corsHeading')}</h3>
          <p class="app-body">{t('pages.api.corsBody')}</p>
          <h3 class="app-heading-m">{t('pages.api.rateLimitHeading')}</h3>
          <p class="app-body">{t('pages.api.rateLimitBody', { count: limitPerMinute })}</p>
          <h3 class="app-heading-m">{t('pages.api.errorsHeading')}</h3>
          <p class="app-body">{t('pages.api.errorsBody')}</p>
          {/* Focusable so keyboard users can scroll it sideways on a narrow screen (WCAG 2.1.1). */}
          <pre class="app-code-block" tabindex={0}>
            <code>{errorExample}</code>
          </pre>
          <Table
            caption={t('pages.api.errorCodesCaption')}
            captionSize="s"
            head={[t('pages.api.codeColumn'), t('pages.api.statusColumn'), t('pages.api.meaningColumn')]}
            firstCellIsHeader
            rows={Object.entries(errorCodes).map(([code, { status, meaningKey }]) => [
              { text: <code>{code}</code> },
              status,
              t(meaningKey),
            ])}
          />
        </div>
      </div>

      <h2 class="app-heading-l" id="endpoints">
        {t('pages.api.endpointsHeading')}
      </h2>
      {locale === 'en' ? null : <p class="app-body">{t('pages.api.englishNote')}</p>}
      {groups.map((group) => (
        <section aria-labelledby={group.anchor}>
          <h3 class="app-heading-m" id={group.anchor} lang={group.name ? 'en' : undefined}>
            {group.name ?? t('pages.api.untagged')}
          </h3>
          {group.description ? (
            <p class="app-body" lang="en">
              {group.description}
            </p>
          ) : null}
          {group.endpoints.map((endpoint) => (
            <Endpoint ctx={ctx} endpoint={endpoint} />
          ))}
        </section>
      ))}
    </InformationPage>
  )
}

function Endpoint({ ctx, endpoint }: { ctx: PageContext; endpoint: ApiEndpoint }) {
  const { t } = ctx
  const signature = `${endpoint.method} /api${endpoint.path}`
  return (
    <div class="app-api-endpoint">
      <h4 class="app-heading-s" id={endpoint.anchor}>
        <code>{signature}</code>
      </h4>
      {endpoint.deprecated ? <p class="app-body">{t('pages.api.deprecated')}</p> : null}
      {endpoint.summary ? (
        <p class="app-body" lang="en">
          {endpoint.summary}
        </p>
      ) : null}
      {endpoint.description ? (
        <p class="app-body" lang="en">
          {endpoint.description}
        </p>
      ) : null}
      {endpoint.parameters.length === 0 ? (
        <p class="app-body">{t('pages.api.noParameters')}</p>
      ) : (
        <Table
          caption={t('pages.api.parametersCaption', { endpoint: signature })}
          captionSize="s"
          scrollableId={`${endpoint.anchor}-parameters`}
          head={[
            t('pages.api.nameColumn'),
            t('pages.api.inColumn'),
            t('pages.api.requiredColumn'),
            t('pages.api.typeColumn'),
            t('pages.api.descriptionColumn'),
          ]}
          firstCellIsHeader
          rows={endpoint.parameters.map((parameter) => [
            { text: <code>{parameter.name}</code> },
            t(`pages.api.in.${parameter.in}`),
            t(parameter.required ? 'pages.api.yes' : 'pages.api.no'),
            { text: <code>{parameter.type}</code> },
            { text: parameter.description ? <span lang="en">{parameter.description}</span> : '' },
          ])}
        />
      )}
      <Table
        caption={t('pages.api.responsesCaption', { endpoint: signature })}
        captionSize="s"
        head={[t('pages.api.statusColumn'), t('pages.api.descriptionColumn')]}
        firstCellIsHeader
        rows={endpoint.responses.map((response) => [
          response.status,
          { text: <span lang="en">{response.description}</span> },
        ])}
      />
    </div>
  )
}
