import {
  type FormError,
  type FormValues,
  fieldError,
  fieldValue,
  fieldValues,
} from '../../../platform/forms/form-state.js'
import { Button, ButtonGroup } from '../../../platform/ui/button.js'
import { Checkboxes } from '../../../platform/ui/checkboxes.js'
import { ErrorSummary, errorTitle } from '../../../platform/ui/error-summary.js'
import { Layout } from '../../../platform/ui/layout.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import { Radios } from '../../../platform/ui/radios.js'
import { TextInput } from '../../../platform/ui/text-input.js'
import { Textarea } from '../../../platform/ui/textarea.js'
import { ACTIVITY_KINDS } from '../../activities/index.js'
import { METHOD_EFFORTS, METHOD_FORMATS } from '../tables.js'

export interface MethodFormPageProps {
  ctx: PageContext
  /** The method being edited; absent when creating one. */
  method?: { slug: string; name: string }
  values?: FormValues
  errors?: FormError[]
}

/** Creating or editing a method: every field on one page, the steps one per line. */
export function MethodFormPage({ ctx, method, values, errors }: MethodFormPageProps) {
  const { t } = ctx
  const title = method ? t('methods.edit.title', { name: method.name }) : t('methods.create.title')
  const cancel = method ? `/methods/${method.slug}` : '/methods'
  const long = (name: string, rows = 5) => (
    <Textarea
      t={t}
      name={name}
      rows={rows}
      label={t(`methods.field.${name}`)}
      labelSize="s"
      hint={t(`methods.form.${name}.hint`)}
      value={fieldValue(values, name)}
      error={fieldError(errors, name)}
    />
  )
  return (
    <Layout
      ctx={ctx}
      title={errorTitle(t, title, errors)}
      indexable={false}
      breadcrumbs={[
        { label: t('nav.home'), path: '/' },
        { label: t('methods.list.title'), path: '/methods' },
        ...(method ? [{ label: method.name, path: `/methods/${method.slug}` }] : []),
        { label: title },
      ]}
    >
      <div class="app-grid-row">
        <div class="app-grid-column-two-thirds">
          <ErrorSummary t={t} errors={errors} />
          <h1 class="app-heading-xl">{title}</h1>
          <form method="post" novalidate>
            <TextInput
              t={t}
              name="name"
              label={t('methods.field.name')}
              labelSize="s"
              value={fieldValue(values, 'name')}
              error={fieldError(errors, 'name')}
            />
            <TextInput
              t={t}
              name="slug"
              label={t('methods.field.slug')}
              labelSize="s"
              hint={t('methods.form.slug.hint')}
              spellcheck={false}
              value={fieldValue(values, 'slug')}
              error={fieldError(errors, 'slug')}
            />
            {long('summary', 3)}
            {long('whatItIs')}
            {long('whenToUse')}
            {long('steps', 8)}
            {long('outcomes')}
            {long('pitfalls')}
            <Radios
              t={t}
              name="effort"
              legend={t('methods.field.effort')}
              legendSize="s"
              inline
              items={METHOD_EFFORTS.map((effort) => ({ value: effort, text: t(`methods.effort.${effort}`) }))}
              value={fieldValue(values, 'effort')}
              error={fieldError(errors, 'effort')}
            />
            <TextInput
              t={t}
              name="duration"
              label={t('methods.field.duration')}
              labelSize="s"
              hint={t('methods.form.duration.hint')}
              value={fieldValue(values, 'duration')}
              error={fieldError(errors, 'duration')}
            />
            <TextInput
              t={t}
              name="groupMin"
              label={t('methods.field.groupMin')}
              labelSize="s"
              inputmode="numeric"
              width="5"
              value={fieldValue(values, 'groupMin')}
              error={fieldError(errors, 'groupMin')}
            />
            <TextInput
              t={t}
              name="groupMax"
              label={t('methods.field.groupMax')}
              labelSize="s"
              inputmode="numeric"
              width="5"
              value={fieldValue(values, 'groupMax')}
              error={fieldError(errors, 'groupMax')}
            />
            <Radios
              t={t}
              name="format"
              legend={t('methods.field.format')}
              legendSize="s"
              items={METHOD_FORMATS.map((format) => ({ value: format, text: t(`methods.format.${format}`) }))}
              value={fieldValue(values, 'format')}
              error={fieldError(errors, 'format')}
            />
            <Checkboxes
              t={t}
              name="activityKinds"
              legend={t('methods.field.activityKinds')}
              legendSize="s"
              items={ACTIVITY_KINDS.map((kind) => ({ value: kind, text: t(`activities.kind.${kind}`) }))}
              values={fieldValues(values, 'activityKinds')}
              error={fieldError(errors, 'activityKinds')}
            />
            <ButtonGroup>
              <Button>{method ? t('methods.edit.submit') : t('methods.create.submit')}</Button>
              <a class="app-link" href={localHref(ctx, cancel)}>
                {t('methods.form.cancel')}
              </a>
            </ButtonGroup>
          </form>
        </div>
      </div>
    </Layout>
  )
}
