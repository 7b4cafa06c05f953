import type { VersionContent } from '../questionnaires/index.js'
import type { PracticeField } from './tables.js'

/**
 * The application form of a call for good practices, after the seeds' call (seeds/002): a
 * practice described so it can be published without retyping, mapped onto practice fields.
 */
export const GOOD_PRACTICE_FORM: VersionContent = {
  sections: [
    {
      id: 'spractice',
      title: 'Your practice',
      help: '',
      questions: [
        { id: 'qtitle', type: 'short-text', label: 'Name of the practice', help: '', required: true },
        { id: 'qcity', type: 'short-text', label: 'City or region where it happens', help: '', required: true },
        {
          id: 'qsummary',
          type: 'long-text',
          label: 'The practice in a few sentences',
          help: 'What it is, who runs it, for whom.',
          required: true,
          maxWords: 150,
        },
        {
          id: 'qchallenge',
          type: 'long-text',
          label: 'The challenge it answers',
          help: 'The environmental, digital or social challenge for heritage in your local context.',
          required: true,
          maxWords: 300,
        },
        { id: 'qapproach', type: 'long-text', label: 'How it works', help: '', required: true, maxWords: 400 },
        {
          id: 'qresults',
          type: 'long-text',
          label: 'Results and impact',
          help: 'What changed, with figures where you have them.',
          required: true,
          maxWords: 300,
        },
        {
          id: 'qtransfer',
          type: 'long-text',
          label: 'Transferability',
          help: 'What another city would need to do the same.',
          required: true,
          maxWords: 300,
        },
        {
          id: 'qhostvisit',
          type: 'yes-no',
          label: 'Would your city host a peer-learning visit of about 20 participants if selected?',
          help: 'Cities whose practices are selected may host a visit funded by the project.',
          required: true,
        },
        {
          id: 'qconsent',
          type: 'consent',
          label: 'I agree that the practice is published on the European Heritage Hub if it is selected.',
          help: '',
          required: true,
        },
      ],
    },
  ],
}

export const GOOD_PRACTICE_MAPPING: Record<string, PracticeField> = {
  qtitle: 'title',
  qcity: 'city',
  qsummary: 'summary',
  qchallenge: 'challenge',
  qapproach: 'approach',
  qresults: 'results',
  qtransfer: 'transferability',
}
