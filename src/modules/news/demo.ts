import path from 'node:path'
import { loadConfig } from '../../config.js'
import type { Db } from '../../db/client.js'
import type { DemoPart } from '../../platform/module.js'
import { fileStorageFor, localFileStorage } from '../../platform/storage/index.js'
import { saveNews } from './commands.js'
import { demoPng } from './demo-image.js'

const day = 24 * 3600_000

const TOURISM_BODY = `Tourism is one of cities’ major economic assets. It contributes to the local economy and generates jobs and social added value. But it can also create downsides affecting people’s quality of life, like over-tourism, anti-social behaviours, tensions with locals, pressure on the use of public services and housing prices.

The pandemic emptied historic centres almost overnight. For a while, residents had their squares back – and shop owners, museums and hotels found out how much they depended on visitors. As travel returns, cities face a choice: go back to the old patterns, or use the break to build more sustainable ones.

# What cities in the network are trying

- **Spreading visitors in space and time.** Cultural routes beyond the centre, and opening hours that avoid the peaks, ease the pressure on a few streets.
- **Protecting the shops and crafts that make a place.** Lisbon’s *Shops with a History* programme recognises and supports long-established shops, so that the centre keeps its character and its residents’ everyday services.
- **Putting residents first.** Counting visitors, limiting short-term rentals and involving neighbourhood associations before measures are announced.
- **Culture as a reason to come, not a backdrop.** Museums and heritage sites that work with local communities give visitors something real to discover – and give residents a reason to stay.

# Questions for a sustainable recovery

How can a city measure the carrying capacity of its historic centre? Which taxes or fees can fund heritage without pricing out residents? How do cultural institutions keep the local audiences they won back during the pandemic?

These questions will run through the programme’s coming peer-learning activities. Members who have tried answers are welcome to share them as good practices.`

/** The seeds' story and two announcements, published over the last weeks. */
export const newsDemo: DemoPart = {
  name: 'news',
  async seed(db: Db, { today }) {
    const storage = demoStorage()
    await saveNews(db, storage, {
      slug: 'cultural-tourism-in-post-covid-cities',
      kind: 'story',
      title: 'Cultural tourism in post-Covid cities: Towards more sustainable patterns?',
      lead: 'Tourism is one of cities’ major economic assets, but it can also affect people’s quality of life. After the pandemic, cities in the network look for more sustainable patterns.',
      body: TOURISM_BODY,
      language: 'en',
      themes: ['cultural-tourism'],
      related: [
        { label: 'Shops with a History (Lisbon)', path: '/practices/shops-with-a-history' },
        { label: 'Call for good practices', path: '/calls/call-for-good-practices' },
      ],
      image: {
        type: 'image/png',
        bytes: demoPng(960, 400, (x, y) => [30 + Math.round((x / 960) * 40), 80 + Math.round((y / 400) * 60), 140]),
      },
      imageAlt: 'A band of blue deepening to teal from left to right: the programme’s colours, standing for the story.',
      publishedAt: new Date(today.getTime() - 12 * day),
    })
    await saveNews(db, storage, {
      slug: 'call-for-good-practices-is-open',
      kind: 'announcement',
      title: 'The call for good practices is open',
      lead: 'Cities, regions and heritage organisations can now submit the practices they are proud of: selected ones join the catalogue and the peer-learning programme.',
      body: 'The call for good practices is open for applications. Tell us what your practice is, the challenge it answers, how it works and what it changed.\n\nSelected practices are published in the catalogue and their teams are invited to host or take part in peer-learning activities. Read the call’s guidance before you apply.',
      language: 'en',
      themes: [],
      related: [{ label: 'Call for good practices', path: '/calls/call-for-good-practices' }],
      imageAlt: '',
      publishedAt: new Date(today.getTime() - 5 * day),
    })
    await saveNews(db, storage, {
      slug: 'sharing-stories-watch-again',
      kind: 'announcement',
      title: 'Sharing stories webinars: watch again the first three episodes',
      lead: 'The first three episodes of the Sharing stories webinars are available on request, and the fourth is open for registration.',
      body: 'Missed an episode? The recordings of the first three *Sharing stories* webinars are available on request from the programme team.\n\nThe fourth episode is coming soon: register on its page to get the joining link.',
      language: 'en',
      themes: [],
      related: [{ label: 'Sharing stories', path: '/activities/series/sharing-stories' }],
      imageAlt: '',
      publishedAt: new Date(today.getTime() - 2 * day),
    })
  },
}

/** Demo parts get no configuration: the configured storage, or the local folder under DATA_DIR (tests). */
function demoStorage() {
  try {
    return fileStorageFor(loadConfig(process.env))
  } catch {
    return localFileStorage(path.resolve(process.env.DATA_DIR || 'data', 'files'))
  }
}
