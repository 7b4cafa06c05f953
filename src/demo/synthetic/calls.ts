import { hashPassword } from 'better-auth/crypto'
import { authAccounts, users } from '../../modules/accounts/tables.js'
import { type Criterion, callApplications, callReviews, calls } from '../../modules/calls/tables.js'
import { TEST_FORM } from '../../modules/calls/testing.js'
import { questionnaireResponses, questionnaires, questionnaireVersions } from '../../modules/questionnaires/tables.js'
import { insertInBatches } from './bulk-insert.js'
import type { SyntheticGenerator } from './generator.js'

/** Submissions per call on average: 1,000 calls make 50,000 submissions. */
export const SUBMISSIONS_PER_CALL = 50
/** The first call gets up to this many: the dashboard's worst case, paged 50 at a time. */
export const BIG_CALL_SUBMISSIONS = 5000
export const BIG_CALL_SLUG = 'synthetic-call-1'
/** The two people the bench signs in as (bench/page-types.ts), with one known password. */
export const BENCH_EDITOR_EMAIL = 'synthetic-calls-editor@example.org'
export const BENCH_APPLICANT_EMAIL = 'synthetic-calls-applicant@example.org'
export const BENCH_PASSWORD = 'synthetic bench password, not a secret'
/** How many calls the bench applicant applied to. */
const APPLICANT_CALLS = 40

const EPOCH = new Date('2025-01-01T00:00:00Z')
const CRITERIA: Criterion[] = [
  { id: 'c1', name: 'Impact', description: 'Results shown', weight: 2, scaleMax: 5 },
  { id: 'c2', name: 'Transferability', description: 'Another city could do it', weight: 1, scaleMax: 5 },
]
const subjects = ['market halls', 'pocket parks', 'industrial memory', 'living heritage', 'green roofs', 'archives']

/**
 * `count` calls (good practices, 2025–2027), each with a published short form and on average 50
 * submitted applications (the first call 5,000), half of the calls in evaluation with two submitted
 * reviews per application; plus a bench editor and a bench applicant who applied to 40 calls.
 */
export const callsGenerator: SyntheticGenerator = {
  name: 'calls',
  defaultCount: 1000,
  async generate(db, { count, random }) {
    const password = await hashPassword(BENCH_PASSWORD)
    const people = [
      { id: 'synthetic-calls-editor', email: BENCH_EDITOR_EMAIL, roles: ['editor'] as const },
      { id: 'synthetic-calls-applicant', email: BENCH_APPLICANT_EMAIL, roles: [] as const },
    ]
    await insertInBatches(
      db,
      users,
      people.map((person) => ({
        id: person.id,
        name: person.id,
        email: person.email,
        emailVerified: true,
        roles: [...person.roles],
        createdAt: EPOCH,
        updatedAt: EPOCH,
      })),
    )
    await insertInBatches(
      db,
      authAccounts,
      people.map((person) => ({
        id: `${person.id}-credential`,
        accountId: person.id,
        providerId: 'credential',
        userId: person.id,
        password,
        createdAt: EPOCH,
        updatedAt: EPOCH,
      })),
    )

    const callRows: (typeof calls.$inferInsert)[] = []
    const questionnaireRows: (typeof questionnaires.$inferInsert)[] = []
    const versionRows: (typeof questionnaireVersions.$inferInsert)[] = []
    for (let i = 0; i < count; i++) {
      const id = random.uuid()
      const questionnaireId = random.uuid()
      const versionId = random.uuid()
      const opensAt = new Date(EPOCH.getTime() + random.int(0, 900) * 24 * 3600_000)
      const closesAt = new Date(opensAt.getTime() + random.int(20, 90) * 24 * 3600_000)
      const evaluated = i % 2 === 0
      callRows.push({
        id,
        slug: `synthetic-call-${i + 1}`,
        kind: 'good-practices',
        title: `Call for ${random.pick(subjects)} (${i + 1})`,
        description: 'A synthetic call for the benchmark.',
        opensAt,
        closesAt,
        quota: 10,
        reviewsPerSubmission: 2,
        criteria: { experts: CRITERIA },
        questionnaireId,
        referencePrefix: 'SYN',
        evaluationStartedAt: evaluated ? closesAt : null,
        createdAt: opensAt,
        updatedAt: opensAt,
      })
      questionnaireRows.push({
        id: questionnaireId,
        ownerModule: 'calls',
        ownerId: id,
        title: `Form ${i + 1}`,
        currentVersionId: versionId,
        createdAt: opensAt,
        updatedAt: opensAt,
      })
      versionRows.push({
        id: versionId,
        questionnaireId,
        number: 1,
        status: 'published',
        content: TEST_FORM,
        publishedAt: opensAt,
        createdAt: opensAt,
        updatedAt: opensAt,
      })
    }
    const written: Record<string, number> = {
      calls: await insertInBatches(db, calls, callRows),
      questionnaires: await insertInBatches(db, questionnaires, questionnaireRows),
      questionnaire_versions: await insertInBatches(db, questionnaireVersions, versionRows),
      call_applications: 0,
      questionnaire_responses: 0,
      call_reviews: 0,
    }

    // Applications call by call, in chunks, so 50,000 rows never sit in memory at once.
    // Exactly 50 a call on average: the first takes a tenth (5,000 of 50,000), the rest share the others.
    const total = count * SUBMISSIONS_PER_CALL
    const big = count > 1 ? Math.min(BIG_CALL_SUBMISSIONS, Math.floor(total / 10)) : total
    const rest = total - big
    const perCall = (index: number) =>
      index === 0 ? big : Math.floor((rest * index) / (count - 1)) - Math.floor((rest * (index - 1)) / (count - 1))
    let applications: (typeof callApplications.$inferInsert)[] = []
    let responses: (typeof questionnaireResponses.$inferInsert)[] = []
    let reviews: (typeof callReviews.$inferInsert)[] = []
    const flush = async () => {
      written.questionnaire_responses! += await insertInBatches(db, questionnaireResponses, responses)
      written.call_applications! += await insertInBatches(db, callApplications, applications)
      written.call_reviews! += await insertInBatches(db, callReviews, reviews)
      applications = []
      responses = []
      reviews = []
    }
    for (const [index, call] of callRows.entries()) {
      const submissions = perCall(index)
      for (let n = 1; n <= submissions; n++) {
        const responseId = random.uuid()
        const applicationId = random.uuid()
        const submittedAt = new Date(call.opensAt.getTime() + random.int(1, 19) * 24 * 3600_000)
        const personId = n === 1 && index < APPLICANT_CALLS ? 'synthetic-calls-applicant' : `synthetic-applicant-${n}`
        responses.push({
          id: responseId,
          questionnaireId: call.questionnaireId!,
          versionId: versionRows[index]!.id!,
          respondentPersonId: personId,
          status: 'submitted',
          answers: { qtitle: `Practice ${n} of call ${index + 1}`, qsummary: 'What the city did, in a few words.' },
          submittedAt,
          createdAt: submittedAt,
          updatedAt: submittedAt,
        })
        applications.push({
          id: applicationId,
          callId: call.id!,
          responseId,
          personId,
          country: random.pick(['PT', 'PL', 'ES', 'FR', 'DE', 'BE']),
          reference: `SYN-${call.closesAt.getUTCFullYear()}-${String(n).padStart(4, '0')}`,
          status: 'submitted',
          round: call.evaluationStartedAt ? 'experts' : 'eligibility',
          submittedAt,
          createdAt: submittedAt,
          updatedAt: submittedAt,
        })
        if (call.evaluationStartedAt)
          for (const expert of [1, 2]) {
            const scores = { c1: random.int(0, 5), c2: random.int(0, 5) }
            reviews.push({
              id: random.uuid(),
              applicationId,
              expertId: `synthetic-expert-${((n + expert) % 20) + 1}`,
              round: 'experts',
              status: 'submitted',
              scores,
              total: Math.round(((scores.c1 / 5) * 2 + scores.c2 / 5) * (1000 / 3)) / 10,
              recommendation: 'select',
              submittedAt: call.closesAt,
              createdAt: call.closesAt,
              updatedAt: call.closesAt,
            })
          }
      }
      if (applications.length >= 5000) await flush()
    }
    await flush()
    return written
  },
}
