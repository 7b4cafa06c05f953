import { defineMessages } from '../i18n/catalogue.js'

export const uiMessages = defineMessages({
  en: {},
  fr: {},
  de: {},
})
