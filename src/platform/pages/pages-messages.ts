import { defineMessages } from '../i18n/catalogue.js'

export const pagesMessages = defineMessages({
  en: {},
  fr: {},
  de: {},
})
