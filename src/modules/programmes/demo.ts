import type { Db } from '../../db/client.js'
import type { DemoPart } from '../../platform/module.js'
import { type ProgrammeInput, saveProgramme } from './commands.js'

// Every fact here comes from the pages in seeds/: no date, figure, web address or logo that
// they do not give. The European Heritage Hub's seed names neither partners nor a funder.
export const demoProgrammes: ProgrammeInput[] = [
  {
    slug: 'cultural-heritage-in-action',
    position: 1,
    name: 'Cultural heritage in action',
    summary:
      'A peer-learning scheme financed by the European Union on cultural heritage, supporting exchanges between large numbers of cities, regions and stakeholders to build a broad learning community.',
    description: [
      'Eurocities, in partnership with KEA, ERRIN, Europa Nostra and the Architects Council of Europe, has been selected by the European Commission to implement Cultural heritage in action, a peer-learning scheme financed by the European Union on cultural heritage to support exchanges between large numbers of cities, regions and stakeholders, thus building a broad learning community.',
      'Its activities include calls for good practices, peer-learning visits with calls for participants, the Sharing stories webinars and project clinics.',
    ].join('\n\n'),
    euFunded: true,
    grantingAuthority: 'the European Commission',
    partners: [
      { name: 'Eurocities', role: 'lead' },
      { name: 'KEA' },
      { name: 'ERRIN' },
      { name: 'Europa Nostra' },
      { name: 'Architects Council of Europe' },
    ],
  },
  {
    slug: 'european-heritage-hub',
    position: 2,
    name: 'European Heritage Hub',
    summary:
      'A training and capacity-building programme for city representatives and heritage professionals, to share good practices and gain the skills to tackle the environmental, digital and social challenges related to heritage in their local contexts.',
    description: [
      'The European Heritage Hub gives you the chance to highlight your work for cultural heritage in the context of the ‘triple transformation’ of our society.',
      'It collects and showcases 10 inspirational practices from across Europe, selected through an open call, emphasising impacts and transferability from one local context to others.',
      'It organises 2 onsite peer-learning visits in European cities or regions and 1 onsite peer-learning visit dedicated to a Caucasian city or region (in Armenia, Azerbaijan or Georgia), taking place in 2024–2025, and 4 thematic ‘sharing local stories’ online workshops exploring the identified good practices.',
      'Peer-learning visits and online workshops are aimed at policymakers and city practitioners (at political or decision-making and technical levels, from city or regional administrations), cultural heritage professionals, civil society organisations, NGOs, cultural initiatives and projects, local and regional organisations, and thematic associations.',
    ].join('\n\n'),
  },
  {
    slug: 'capacity-building-for-european-capitals-of-culture',
    position: 3,
    name: 'Capacity building for European Capitals of Culture',
    summary:
      'A service contract for the European Commission supporting capacity building and peer-learning activities for European Capitals of Culture (ECoCs).',
    description: [
      'The ‘Capacity building for European Capitals of Culture’ project is a service contract for the European Commission run by the Directorate-General for Education, Youth, Sport and Culture.',
      'The project started in October 2019 and runs for 30 months, supporting capacity building and peer-learning activities for ECoCs. It aims to provide selected cities with practical support where skills gaps have been identified, with a robust technical assistance structure, a set of tools, materials, practical and theoretical expertise and knowledge while enhancing networking opportunities for ECoC organising teams.',
      'Specific activities to help build ECoCs’ capacity will include Academy Camps, toolkits, webinars and MOOCs. As part of the project, a repository will be developed for relevant materials (e.g. documents and multimedia). Initially populated by the consortium, this will be continued by users themselves.',
      'The project consortium brings together key European organisations representing the cultural sector across the EU, led by the European Association for Information on Local Development (AEIDL), a not-for-profit organisation that has been coordinating international projects for over 30 years.',
      'European Capitals of Culture highlight the richness and diversity of cultures in Europe and the potential of culture for urban sustainable development: they help to regenerate cities and raise their profile, breathing new life into a city’s culture.',
    ].join('\n\n'),
    // October 2019 for 30 months: the seed gives months, not days.
    startsOn: '2019-10-01',
    endsOn: '2022-04-01',
    datesPrecision: 'month',
    euFunded: true,
    grantingAuthority: 'the European Commission',
    fundingNote:
      'A service contract for the European Commission, run by the Directorate-General for Education, Youth, Sport and Culture (DG EAC).',
    partners: [{ name: 'European Association for Information on Local Development (AEIDL)', role: 'lead' }],
  },
]

/** The three programmes of the seeds, with their partners; saving again changes nothing. */
export const programmesDemo: DemoPart = {
  name: 'programmes',
  async seed(db: Db) {
    for (const programme of demoProgrammes) await saveProgramme(db, programme)
  },
}
