import type { OpenDataEntry } from '../module.js'
import { localHref, type PageContext } from '../ui/page-context.js'
import { Table } from '../ui/table.js'
import { VisuallyHidden } from '../ui/visually-hidden.js'
import { InformationPage } from './information-page.js'
import { richMessage } from './rich-message.js'

/**
 * What can be reused and how: the API, the sitemap and whatever datasets and feeds the modules
 * declare in `StoaModule.openData`. Terms of reuse are shown per dataset because the programmes,
 * not the software, decide them; where a module states none, the page says so rather than guess.
 */
export function OpenDataPage({ ctx, datasets }: { ctx: PageContext; datasets: OpenDataEntry[] }) {
  const { t, locale } = ctx
  const contactLink = (
    <a class="app-link" href={localHref(ctx, '/contact')}>
      {t('pages.openData.contactLinkText')}
    </a>
  )
  return (
    <InformationPage ctx={ctx} title={t('pages.openData.title')} description={t('pages.openData.description')}>
      <p class="app-body-l">{t('pages.openData.lead')}</p>

      <h2 class="app-heading-l" id="api">
        {t('pages.openData.apiHeading')}
      </h2>
      <p class="app-body">{t('pages.openData.apiBody')}</p>
      <ul class="app-list app-list--bullet">
        <li>
          <a class="app-link" href={localHref(ctx, '/api')}>
            {t('pages.openData.apiReferenceLink')}
          </a>
        </li>
        <li>
          <a class="app-link" href="/api/openapi.json" type="application/json">
            {t('pages.openData.openApiLink')}
          </a>
        </li>
      </ul>

      <h2 class="app-heading-l" id="sitemap">
        {t('pages.openData.sitemapHeading')}
      </h2>
      <p class="app-body">
        {richMessage(t, 'pages.openData.sitemapBody', {
          sitemapLink: (
            <a class="app-link" href="/sitemap.xml" type="application/xml">
              {t('pages.openData.sitemapLink')}
            </a>
          ),
        })}
      </p>

      <h2 class="app-heading-l" id="datasets">
        {t('pages.openData.datasetsHeading')}
      </h2>
      {datasets.length === 0 ? (
        <p class="app-body">{t('pages.openData.datasetsNone')}</p>
      ) : (
        <Table
          caption={<VisuallyHidden>{t('pages.openData.datasetsHeading')}</VisuallyHidden>}
          head={[t('pages.openData.datasetColumn'), t('pages.openData.formatColumn'), t('pages.openData.termsColumn')]}
          firstCellIsHeader
          rows={datasets.map((dataset) => [
            {
              text: (
                <a class="app-link" href={typeof dataset.href === 'function' ? dataset.href(locale) : dataset.href}>
                  {t(dataset.labelKey, dataset.labelValues)}
                </a>
              ),
            },
            dataset.format,
            {
              text: dataset.licence ? (
                dataset.licence.href ? (
                  <a class="app-link" href={dataset.licence.href}>
                    {dataset.licence.name}
                  </a>
                ) : (
                  dataset.licence.name
                )
              ) : (
                t('pages.openData.termsNone')
              ),
            },
          ])}
        />
      )}

      <h2 class="app-heading-l" id="terms">
        {t('pages.openData.termsHeading')}
      </h2>
      <p class="app-body">{t('pages.openData.termsPublishers')}</p>
      <p class="app-body">{richMessage(t, 'pages.openData.termsWithout', { contactLink })}</p>
      <p class="app-body">{t('pages.openData.termsPersonalData')}</p>
      <p class="app-body">{t('pages.openData.termsSoftware')}</p>
    </InformationPage>
  )
}
