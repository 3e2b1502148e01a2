import { deepFreeze } from '../_lib/deepFreeze.js';
import { toOfficialUrl } from './toOfficialUrl.js';

/**
 * A document or page that a record of gcm-kit cites.
 *
 * Where the original UN document could not be read, the source is the copy
 * that was read (a mirror or a citing page), and `mirrorOf` names the original.
 */
export interface Source {
  /** Stable kebab-case id that records cite (example: `'a-res-71-280'`). */
  readonly id: string;
  /** Title as published (example: `'Resolution adopted by the General Assembly on 6 April 2017: 71/280'`). */
  readonly title: string;
  /** Who published it (example: `'United Nations General Assembly'`). */
  readonly publisher: string;
  /** UN or IOM document symbol, where there is one (example: `'A/RES/71/280'`). */
  readonly symbol?: string;
  /**
   * Address in the UN's official document system, derived from `symbol` by
   * {@link toOfficialUrl}; only UN document symbols have one, never written by hand
   * (example: `'https://undocs.org/A/RES/71/280'`).
   */
  readonly officialUrl?: string;
  /** Address of the copy that was read, where it has one (example: `'https://press.un.org/en/2017/ga11902.doc.htm'`). */
  readonly url?: string;
  /** Publication date as an ISO calendar date, where known (example: `'2017-04-06'`). */
  readonly publishedOn?: string;
  /** `'primary'` for the document or its issuer's page; `'secondary'` for a report about it (example: `'secondary'`). */
  readonly kind: 'primary' | 'secondary';
  /** What the copy is a mirror of, when it is not the issuer's own page (example: `'A/RES/71/280'`). */
  readonly mirrorOf?: string;
  /** A short note on what the source holds or lacks (example: `'Only page 1 is exposed.'`). */
  readonly note?: string;
}

const sourceRecords = {
  'a-res-71-1': {
    id: 'a-res-71-1',
    title: 'New York Declaration for Refugees and Migrants (resolution 71/1)',
    publisher: 'United Nations General Assembly',
    symbol: 'A/RES/71/1',
    url: 'https://fdocuments.in/document/general-assembly-united-2016-10-12-united-nations-a-res711-general-assembly.html',
    publishedOn: '2016-10-03',
    kind: 'primary',
    mirrorOf: 'A/RES/71/1',
    note: 'Adopted 19 September 2016 without reference to a Main Committee (A/71/L.1). Annex II, paragraphs 8 to 11, read in the adattar.minorityforum.info copy (pages 10, 12, 21, 23).',
  },
  'pga-letter-nyd-2016-08-05': {
    id: 'pga-letter-nyd-2016-08-05',
    title:
      'Letter of the President of the General Assembly transmitting the final draft of the outcome document of the 19 September 2016 high-level plenary meeting',
    publisher: 'President of the United Nations General Assembly',
    url: 'https://123dok.net/document/y4wd2rn5-donoghue-permanent-representative-ireland-nations-permanent-representative-hashemite.html',
    publishedOn: '2016-08-05',
    kind: 'primary',
    note: "Co-facilitators' letter of 3 August 2016 (David Donoghue, Ireland; Dina Kawar, Jordan).",
  },
  'a-res-71-280': {
    id: 'a-res-71-280',
    title:
      'Modalities for the intergovernmental negotiations of the global compact for safe, orderly and regular migration (resolution 71/280)',
    publisher: 'United Nations General Assembly',
    symbol: 'A/RES/71/280',
    url: 'https://123dok.org/document/qo5p2p55-resolution-adopted-general-assembly-general-assembly-united-nations.html',
    publishedOn: '2017-04-17',
    kind: 'primary',
    mirrorOf: 'A/RES/71/280',
    note: 'The stored copy exposes only page 1; operative paragraph numbers are taken from documents that cite them.',
  },
  'press-ga-11902': {
    id: 'press-ga-11902',
    title:
      'General Assembly Approves Modalities for Negotiations on Migration, Scheduling Intergovernmental Conference to Adopt Global Compact in 2018',
    publisher: 'United Nations, Meetings Coverage and Press Releases',
    symbol: 'GA/11902',
    url: 'https://press.un.org/en/2017/ga11902.doc.htm',
    publishedOn: '2017-04-06',
    kind: 'primary',
    note: 'Seventy-first Session, 74th Meeting (AM), 6 April 2017. Subhead: "Micro-, Small and Medium-sized Enterprise Day Also Proclaimed". A press release, not a document of the UN document system, so it has no officialUrl.',
  },
  'iisd-2017-01-30': {
    id: 'iisd-2017-01-30',
    title: 'Governments reach agreement on migration compact process',
    publisher: 'IISD SDG Knowledge Hub',
    url: 'http://sdg.iisd.org/news/governments-reach-agreement-on-migration-compact-process',
    publishedOn: '2017-01-30',
    kind: 'secondary',
  },
  'iisd-event-conference-2018': {
    id: 'iisd-event-conference-2018',
    title:
      'Intergovernmental Conference to Adopt a Global Compact for Safe, Orderly and Regular Migration (event page)',
    publisher: 'IISD SDG Knowledge Hub',
    url: 'http://sdg.iisd.org/events/intergovernmental-conference-to-adopt-a-global-compact-for-safe-orderly-and-regular-migration/',
    kind: 'secondary',
    note: 'Says the modalities were "agreed on 31 January 2017".',
  },
  'iisd-2016-modalities-drafting': {
    id: 'iisd-2016-modalities-drafting',
    title:
      'Co-facilitators propose modalities for the global compact on migration (and follow-up pages)',
    publisher: 'IISD SDG Knowledge Hub',
    url: 'http://sdg.iisd.org/news/co-facilitators-propose-modalities-to-negotiate-migration-compact',
    publishedOn: '2016-11-23',
    kind: 'secondary',
    note: 'Drafting steps of the modalities resolution, November to December 2016, including the elements paper of 23 November 2016 (dateline of the article at the address; its headline is not in the text read). Follow-up page: "Co-Facilitators Issue Draft Resolution, Outline Next Steps for Preparing Migration Compact", 10 January 2017, https://sdg.iisd.org/news/co-facilitators-issue-draft-resolution-outline-next-steps-for-preparing-migration-compact/.',
  },
  'iom-phase-1': {
    id: 'iom-phase-1',
    title: 'Phase 1: Consultations',
    publisher: 'International Organization for Migration',
    url: 'https://www.iom.int/phase-1-consultations',
    kind: 'primary',
  },
  'iom-phase-2': {
    id: 'iom-phase-2',
    title: 'Phase 2: Stocktaking',
    publisher: 'International Organization for Migration',
    url: 'https://www.iom.int/fr/phase-2-stocktaking',
    kind: 'primary',
    note: 'Gives Phase II as "December 2017—January 2018".',
  },
  'phase-1-concept-note': {
    id: 'phase-1-concept-note',
    title:
      'General concept note, Global compact for safe, orderly and regular migration, Phase I – consultations (April to November 2017)',
    publisher: 'United Nations',
    url: 'https://paperzz.com/doc/8088286/concept-note---international-organization-for-migration',
    kind: 'primary',
    note: 'OCR copy. Gives the three phases and their months "in accordance with" A/RES/71/280; misdates the New York summit as 19 September 2017.',
  },
  'sg-iom-work-plan': {
    id: 'sg-iom-work-plan',
    title: 'Work plan for the global compact for safe, orderly and regular migration',
    publisher: 'United Nations Secretary-General and IOM',
    url: 'https://scribd.com/document/395752595/Work-Plan-Gcm',
    kind: 'primary',
  },
  'rmun-conference-2018': {
    id: 'rmun-conference-2018',
    title: 'Intergovernmental Conference 2018',
    publisher: 'United Nations (refugeesmigrants.un.org)',
    url: 'https://refugeesmigrants.un.org/intergovernmental-conference-2018',
    kind: 'primary',
  },
  'rmun-stakeholder-consultations': {
    id: 'rmun-stakeholder-consultations',
    title: 'Stakeholder consultations',
    publisher: 'United Nations (refugeesmigrants.un.org)',
    url: 'https://refugeesmigrants.un.org/stakeholder-consultations',
    kind: 'primary',
    note: 'Cites paragraphs 6, 7 and 30 of A/RES/71/280.',
  },
  'procedural-note-session-4': {
    id: 'procedural-note-session-4',
    title:
      'Procedural Note for the Fourth Informal Thematic Session: “Contributions of migrants and diaspora to all dimensions of sustainable development, including remittances and portability of earned benefits”',
    publisher: 'President of the United Nations General Assembly',
    url: 'https://123dok.com/in/docs/procedural-note-for-the-fourth-informal-thematic-session.10381303',
    kind: 'primary',
    note: 'Read on 123dok.com (a mirror). Session: New York, 24–25 July 2017, United Nations Headquarters, Trusteeship Council Chamber; the note shows no issue date.',
  },
  'regional-commissions-71-280': {
    id: 'regional-commissions-71-280',
    title: 'Regional preparations for the global compact on migration as per resolution 71/280',
    publisher: 'United Nations Regional Commissions New York Office',
    url: 'http://www.regionalcommissions.org/regional-preparations-for-the-global-compact-on-migration-as-per-resolution-71280/',
    kind: 'primary',
  },
  'iom-civil-society-engagement': {
    id: 'iom-civil-society-engagement',
    title: 'Civil society engagement',
    publisher: 'International Organization for Migration',
    url: 'https://iom.int/civil-society-engagement',
    kind: 'primary',
    note: 'Quotes paragraph 7 of A/71/L.58.',
  },
  'cofac-letter-2017-10-05': {
    id: 'cofac-letter-2017-10-05',
    title: "Co-facilitators' letter of 5 October 2017",
    publisher: 'Co-facilitators of the global compact on migration',
    url: 'https://lawsdocbox.com/Immigration/78982742-9-october-excellency.html',
    publishedOn: '2017-10-05',
    kind: 'primary',
    note: 'Read on lawsdocbox.com (document 78982742, page title "9 October Excellency,"): the President of the General Assembly\'s transmittal of 9 October 2017 encloses the co-facilitators\' letter of 5 October 2017, which, citing paragraph 21 of A/RES/71/280, submits their summary of the fifth informal thematic session (Vienna, 4–5 September 2017).',
  },
  'cofac-letter-2017-12-22': {
    id: 'cofac-letter-2017-12-22',
    title:
      "Co-facilitators' letter of 22 December 2017 (stocktaking summary and negotiation schedule)",
    publisher: 'Co-facilitators of the global compact on migration',
    url: 'https://docslib.org/doc/7258299/please-accept-excellency-the-assurances-of-my-highest-consid',
    publishedOn: '2017-12-22',
    kind: 'primary',
    note: "Transmits the chair's summary (paragraph 25 of A/RES/71/280) and gives the six negotiation rounds.",
  },
  'rmun-sg-report': {
    id: 'rmun-sg-report',
    title: "Secretary-General's report",
    publisher: 'United Nations (refugeesmigrants.un.org)',
    url: 'https://refugeesmigrants.un.org/SGReport',
    kind: 'primary',
  },
  'iisd-event-zero-draft': {
    id: 'iisd-event-zero-draft',
    title: 'Presentation of Migration Compact Zero Draft (event page)',
    publisher: 'IISD SDG Knowledge Hub',
    url: 'http://sdg.iisd.org/events/presentation-of-migration-compact-zero-draft/',
    publishedOn: '2018-02-05',
    kind: 'secondary',
    note: 'publishedOn is the event date (5 February 2018, 3 pm, Trusteeship Council Chamber), not the date the page was published.',
  },
  'iom-engagement-gcm': {
    id: 'iom-engagement-gcm',
    title: "IOM's Engagement in the Global Compact for Migration",
    publisher: 'International Organization for Migration (reprint)',
    url: 'http://africalink.ch/index.php/en/reports/94-articles/feature/147727-iom-s-engagement-in-the-global-compact-for-migration',
    kind: 'primary',
  },
  'desa-srsg': {
    id: 'desa-srsg',
    title: 'Special Representative of the Secretary-General for International Migration',
    publisher: 'UN DESA Population Division',
    url: 'http://www.unpopulation.org/en/development/desa/population/migration/partners/srsg.html',
    kind: 'primary',
    note: 'Read on unpopulation.org, a third-party mirror on a domain unrelated to the UN that carries the UN DESA page\'s path; the UN\'s own page was not read. Page heading "United Nations Special Representative of the Secretary-General" (appointment of Louise Arbour, 9 March 2017).',
  },
  'a-res-72-244': {
    id: 'a-res-72-244',
    title:
      'Modalities for the Intergovernmental Conference to Adopt the Global Compact for Safe, Orderly and Regular Migration (resolution 72/244)',
    publisher: 'United Nations General Assembly',
    symbol: 'A/RES/72/244',
    url: 'https://international.vlex.com/vid/res-72-244-resolution-861189394',
    publishedOn: '2018-01-22',
    kind: 'primary',
    mirrorOf: 'A/RES/72/244',
    note: 'Read on vlex (a mirror). Distr.: General 22 January 2018; adopted 24 December 2017 without reference to a Main Committee (A/72/L.9).',
  },
  'un-conf-migration': {
    id: 'un-conf-migration',
    title:
      'Intergovernmental Conference to Adopt the Global Compact for Safe, Orderly and Regular Migration',
    publisher: 'United Nations',
    url: 'https://www.un.org/en/conf/migration/',
    kind: 'primary',
  },
  'un-conf-about': {
    id: 'un-conf-about',
    title: 'About the Conference',
    publisher: 'United Nations',
    url: 'https://nyaellisricketts.com/en/conf/migration/about-conference.shtml',
    kind: 'primary',
    mirrorOf: 'https://www.un.org/en/conf/migration/about-conference.shtml',
    note: 'Mirror copy. States the compact was "agreed by the Member States of the United Nations on the 13th of July, 2018".',
  },
  'rmun-session-1': {
    id: 'rmun-session-1',
    title: 'Human rights of all migrants (first informal thematic session)',
    publisher: 'United Nations (refugeesmigrants.un.org)',
    url: 'https://refugeesmigrants.un.org/human-rights-all-migrants',
    kind: 'primary',
  },
  'rmun-session-2': {
    id: 'rmun-session-2',
    title: 'Drivers of migration (second informal thematic session)',
    publisher: 'United Nations (refugeesmigrants.un.org)',
    url: 'http://refugeesmigrants.un.org/drivers-migration',
    kind: 'primary',
  },
  'unic-dar-2017-06-21': {
    id: 'unic-dar-2017-06-21',
    title: 'International cooperation and governance of migration',
    publisher: 'United Nations Information Centre, Dar es Salaam',
    url: 'https://unictz.org/2017/06/21/international-cooperation-and-governance-of-migration/',
    publishedOn: '2017-06-21',
    kind: 'secondary',
    note: 'Dateline "GENEVA, JUNE 21, 2017"; the session took place in Geneva on 19–20 June 2017. Read with the UN Web TV listing and IISD of 8 June 2017; the room in Geneva is not named.',
  },
  'norway-gcm-statement': {
    id: 'norway-gcm-statement',
    title: 'Statement on the Global Compact for Migration',
    publisher: 'Permanent Mission of Norway to the UN in Geneva',
    url: 'https://www.norway.no/en/missions/wto-un/nig/statements/ha/icrc/statesment-on-the-global-compact-for-migration/',
    kind: 'primary',
    note: 'Lists the six thematic sessions with titles, order, cities and dates.',
  },
  'rmun-session-5': {
    id: 'rmun-session-5',
    title: 'Smuggling of migrants and trafficking in persons (fifth informal thematic session)',
    publisher: 'United Nations (refugeesmigrants.un.org)',
    url: 'https://refugeesmigrants.un.org/smuggling-and-trafficking-migrants',
    kind: 'primary',
  },
  'rmun-session-6': {
    id: 'rmun-session-6',
    title: 'Irregular migration and regular pathways (sixth informal thematic session)',
    publisher: 'United Nations (refugeesmigrants.un.org)',
    url: 'http://refugeesmigrants.un.org/labour-mobility',
    kind: 'primary',
  },
  'rmun-hearing-2017-07-26': {
    id: 'rmun-hearing-2017-07-26',
    title: 'Informal interactive multi-stakeholder hearing, 26 July 2017',
    publisher: 'United Nations (refugeesmigrants.un.org)',
    url: 'https://refugeesmigrants.un.org/26-july-multi-stakeholder-hearing',
    kind: 'primary',
  },
  'iisd-2017-10-17': {
    id: 'iisd-2017-10-17',
    title: 'Informal Migration Consultations Explore Decent Work, Regular Pathways',
    publisher: 'IISD SDG Knowledge Hub',
    url: 'http://sdg.iisd.org/news/informal-migration-consultations-explore-decent-work-regular-pathways/',
    publishedOn: '2017-10-17',
    kind: 'secondary',
    note: 'Mainly about the sixth informal thematic session (Geneva, 12–13 October 2017); reports the one-day multi-stakeholder hearing of 11 October, chaired by the President of the General Assembly.',
  },
  'pga-2017-12-18': {
    id: 'pga-2017-12-18',
    title:
      'Third multi-stakeholder hearing on migration (opening statement of the President of the General Assembly)',
    publisher: 'President of the 72nd session of the United Nations General Assembly',
    url: 'https://www.un.org/pga/72/2017/12/18/third-multi-stakeholder-hearing-on-migration-2',
    publishedOn: '2017-12-18',
    kind: 'primary',
    note: 'The place is not stated in the text read.',
  },
  'rmun-hearing-2018-02-21': {
    id: 'rmun-hearing-2018-02-21',
    title: 'Informal interactive multi-stakeholder hearing, 21 February 2018',
    publisher: 'United Nations (refugeesmigrants.un.org)',
    url: 'https://refugeesmigrants.un.org/21-february-multi-stakeholder-hearing',
    kind: 'primary',
    note: 'Calls the hearing "full day"; the co-facilitators\' letter and IISD call it "half-day".',
  },
  'iisd-2018-05-29': {
    id: 'iisd-2018-05-29',
    title: 'Final Multi-stakeholder Hearing Highlights Good Practices in Migration',
    publisher: 'IISD SDG Knowledge Hub',
    url: 'http://sdg.iisd.org/news/final-multi-stakeholder-hearing-highlights-good-practices-in-migration/',
    publishedOn: '2018-05-29',
    kind: 'secondary',
    note: 'On the fifth and final informal multi-stakeholder hearing, New York, 21 May 2018 ("half-day"). Draft Rev 2, reported by IISD the same day in a separate article ("Co-facilitators Update Draft Global Compact on Migration Ahead of June Negotiations"), is cited as iisd-2018-drafts.',
  },
  'iom-news-eclac-2017': {
    id: 'iom-news-eclac-2017',
    title:
      'Chile Hosts Regional Consultation for Latin America and Caribbean on Global Compact for Migration',
    publisher: 'International Organization for Migration',
    url: 'http://www.iom.int/news/chile-hosts-regional-consultation-latin-america-and-caribbean-global-compact-migration',
    kind: 'primary',
    note: 'Consultation in Santiago, 30–31 August 2017; describes it as "the first of five regional consultations". The publication date is not shown in the text read.',
  },
  'escwa-2017-09-25': {
    id: 'escwa-2017-09-25',
    title:
      'Beirut Hosts Tomorrow Regional Consultation on International Migration in the Arab Region',
    publisher: 'UN Economic and Social Commission for Western Asia',
    url: 'https://stage-unescwa.unescwa.org/news/beirut-hosts-tomorrow-regional-consultation-international-migration-arab-region',
    publishedOn: '2017-09-25',
    kind: 'primary',
    note: "Press release. Read on stage-unescwa.unescwa.org, which looks like ESCWA's staging site rather than its public one; the address may not last. Consultation 26–27 September 2017, UN House, Beirut (ESCWA, IOM and the League of Arab States).",
  },
  'iisd-event-eca-2017': {
    id: 'iisd-event-eca-2017',
    title: 'Africa Regional Conference on Migration (event page)',
    publisher: 'IISD SDG Knowledge Hub',
    url: 'http://sdg.iisd.org/events/africa-regional-conference-on-migration/',
    kind: 'secondary',
    note: "IISD's event page for UNECA's meeting of 26–27 October 2017 in Addis Ababa, which the meeting's own programme calls the \"African Regional Consultative Meeting on the Global Compact on Safe, Orderly and Regular Migration\". A candidate address: it matches the dates, city and organizer, but that it is the very page first read was not recorded.",
  },
  'e-escap-gcm-prep-6': {
    id: 'e-escap-gcm-prep-6',
    title:
      'Report of the Asia-Pacific Regional Preparatory Meeting for the Global Compact for Safe, Orderly and Regular Migration',
    publisher: 'UN Economic and Social Commission for Asia and the Pacific',
    symbol: 'E/ESCAP/GCM/PREP/6',
    url: 'https://docslib.org/doc/3283949',
    publishedOn: '2017-11-21',
    kind: 'primary',
  },
  'gfmd-news-2017': {
    id: 'gfmd-news-2017',
    title: 'GFMD news and events: dialogues on the global compact for migration',
    publisher: 'Global Forum on Migration and Development',
    url: 'http://gfmd.org/news/gfmd-dialogue-firm-step-towards-global-compact-migration',
    kind: 'primary',
    note: 'The address is the gfmd.org news page on the first GFMD dialogue (2 February 2017), "GFMD Dialogue: A firm step towards a Global Compact on Migration"; the page on the second dialogue (6 April 2017) was not found again.',
  },
  'gfmd-summit-2017': {
    id: 'gfmd-summit-2017',
    title: 'GFMD Germany–Morocco 2017–2018: Tenth Summit registration',
    publisher: 'Global Forum on Migration and Development',
    url: 'http://gfmd.org/meetings/germany-morocco-2017-2018/register',
    kind: 'primary',
  },
  'gfmd-summit-2018': {
    id: 'gfmd-summit-2018',
    title: 'Eleventh GFMD Summit, Marrakech',
    publisher: 'Global Forum on Migration and Development',
    url: 'https://www.gfmd.org/eleventh-gfmd-summit-meeting-registration-landing',
    kind: 'primary',
    note: 'The GFMD\'s own page, "Eleventh GFMD Summit Meeting": 5–7 December 2018, Marrakesh. First read on the proboprint.info mirror of the GFMD page.',
  },
  'iom-idm-2017': {
    id: 'iom-idm-2017',
    title: 'International Dialogue on Migration 2017 (IDM No. 27)',
    publisher: 'International Organization for Migration',
    url: 'https://iom.int/strengthening-international-cooperation-and-governance-migration-towards-adoption-global-compact-migration-2018',
    kind: 'primary',
    note: "IOM's IDM 2017 page: the first of the two events was held on 18 and 19 April 2017 in New York. Also weblog.iom.int/node/2082 and publications.iom.int.",
  },
  'iom-idm-2018': {
    id: 'iom-idm-2018',
    title: 'International Dialogue on Migration 2018: Towards effective migration governance',
    publisher: 'International Organization for Migration',
    url: 'https://www.iom.int/towards-effective-migration-governance-partnerships-capacity-development',
    kind: 'primary',
    note: 'iom.int page on the second IDM 2018 session (Geneva, from 8 October 2018), which refers back to the first (New York, 26–27 March 2018). IOM\'s publication "International Dialogue on Migration No. 28" (publications.iom.int) gives the two workshops as New York, 26–27 March 2018, and Geneva, 8–9 October 2018.',
  },
  'a-71-728': {
    id: 'a-71-728',
    title: 'Report of the Special Representative of the Secretary-General on Migration',
    publisher: 'United Nations General Assembly',
    symbol: 'A/71/728',
    url: 'https://docslib.org/doc/10868958',
    publishedOn: '2017-02-03',
    kind: 'primary',
    mirrorOf: 'A/71/728',
    note: 'Cover page read: dated 3 February 2017; the report, by Peter Sutherland, makes 16 recommendations (paragraph 62 of A/RES/71/1 asked for it).',
  },
  'iom-grcp-7': {
    id: 'iom-grcp-7',
    title:
      '2017 Global Meeting of Chairs and Secretariats of Regional Consultative Processes on Migration',
    publisher: 'International Organization for Migration',
    url: 'https://www.iom.int/2017-global-iscm-meeting',
    kind: 'primary',
  },
  'iom-iscm-highlights-2017': {
    id: 'iom-iscm-highlights-2017',
    title: 'Inter-State Consultation Mechanisms on Migration: highlights 2017',
    publisher: 'International Organization for Migration',
    url: 'https://fdocuments.in/document/rcp-highlights-2015-january-december-2017-issue-1ii-iscm-2017-highlights.html',
    kind: 'primary',
    note: 'Read on fdocuments.in (a copy).',
  },
  'mfa-asia-cso-2017': {
    id: 'mfa-asia-cso-2017',
    title: 'Global Compact for Migration: Asia regional consultation',
    publisher: 'greenwatchbd (Migrant Forum in Asia)',
    url: 'https://wp.greenwatchbd.com/global-compact-for-migration-asia-regional-consultation/',
    kind: 'secondary',
    note: '"From the Migrant Forum in Asia". Says the consultation was held in Bangkok on 4–5 August 2017; migrationnewsbd.com ("Asia Regional Consultation on GCM held in Bangkok") says 24–25 August, so the dates disagree.',
  },
  'africa-cso-2017': {
    id: 'africa-cso-2017',
    title:
      'African civil society regional consultation on the global compact for migration, Bamako',
    publisher: 'futuroencomun.net',
    url: 'https://futuroencomun.net/africa-civil-society-organizations-regional-consultation-on-the-global-compact-on-safe-orderly-and-regular-migration/',
    kind: 'secondary',
    note: 'Consultation of 28–29 August 2017 at the AZALAÏ Grand Hotel, Bamako. The report itself (September 2017) is on fdocuments.us: https://fdocuments.us/document/africa-civil-society-organizations-regional-consultation-on-regional-researchers.html.',
  },
  'desa-cm15': {
    id: 'desa-cm15',
    title: 'Fifteenth Coordination Meeting on International Migration',
    publisher: 'UN DESA Population Division',
    url: 'http://fanyjok.com/development/desa/pd/events/fifteenth-coordination-meeting-international-migration',
    kind: 'primary',
    note: "Read on fanyjok.com, a third-party mirror on a domain unrelated to the UN that carries the UN DESA event page's path; the UN's own page was not read. New York, 16–17 February 2017; proceedings ESA/P/WP/249 (August 2017).",
  },
  'rmun-stocktaking': {
    id: 'rmun-stocktaking',
    title: 'Stocktaking phase',
    publisher: 'United Nations (refugeesmigrants.un.org)',
    url: 'https://refugeesmigrants.un.org/stocktaking-phase',
    kind: 'primary',
  },
  'press-dev-3304': {
    id: 'press-dev-3304',
    title:
      'Preparatory Meeting Concludes Stocktaking Phase in Development of First-Ever Global Compact for Migration',
    publisher: 'United Nations, Meetings Coverage and Press Releases',
    symbol: 'DEV/3304',
    url: 'https://www.un.org/press/en/2017/dev3304.doc.htm',
    publishedOn: '2017-12-07',
    kind: 'primary',
    note: 'Dated 7 December 2017, dateline Puerto Vallarta, 6 December. Counts "over 400 delegates from 136 Member States and 16 international non-governmental organizations and United Nations specialized agencies". A press release, so it has no officialUrl.',
  },
  'stocktaking-chair-summary': {
    id: 'stocktaking-chair-summary',
    title: "Chair's summary of the preparatory (stocktaking) meeting, Puerto Vallarta",
    publisher: 'Co-facilitators of the global compact on migration',
    kind: 'primary',
    note: 'Counts "136 delegations, with a total of 897 participants… including 115 non-governmental stakeholders". No address: the copy read on fdocuments.us was not found again. IISD reports the summary with the same counts: http://sdg.iisd.org/news/migration-co-facilitators-circulate-summary-of-stocktaking-meeting.',
  },
  'stocktaking-concept-note': {
    id: 'stocktaking-concept-note',
    title: 'Concept note, preparatory (stocktaking) meeting, Puerto Vallarta',
    publisher: 'Co-facilitators of the global compact on migration',
    kind: 'primary',
    note: 'Read on lawsdocbox.com (document 70101255): six thematic sessions, five regional consultations, seven regional civil-society consultations, 254 concrete inputs. No address: that document was not found again.',
  },
  'pga-briefing-2017-12-04': {
    id: 'pga-briefing-2017-12-04',
    title: 'Highlights of press briefing by the Spokesperson, 4 December 2017',
    publisher: 'President of the 72nd session of the United Nations General Assembly',
    url: 'https://www.un.org/pga/72/2017/12/04/highlights-of-press-briefing-by-spokesperson-4-december-2017/',
    publishedOn: '2017-12-04',
    kind: 'primary',
  },
  'ge2p2-a-72-643': {
    id: 'ge2p2-a-72-643',
    title: 'Making Migration Work for All – Report of the Secretary-General',
    publisher: 'GE2P2 Center',
    url: 'https://ge2p2-center.net/2018/01/14/making-migration-work-for-all-report-of-the-secretary-general/',
    publishedOn: '2018-01-14',
    kind: 'secondary',
    note: 'Lists the report as "A/72/643 12 December 2017 :: 20 pages". publishedOn is taken from the address\'s path.',
  },
  'iisd-2018-01-16': {
    id: 'iisd-2018-01-16',
    title: 'UN Secretary-General Launches Migration Report Ahead of Compact Negotiations',
    publisher: 'IISD SDG Knowledge Hub',
    url: 'https://sdg.iisd.org/news/un-secretary-general-launches-migration-report-ahead-of-compact-negotiations/',
    publishedOn: '2018-01-16',
    kind: 'secondary',
    note: 'The report, "Making Migration Work for All" (A/72/643), was launched at a General Assembly meeting on 11 January 2018.',
  },
  'iisd-2018-drafts': {
    id: 'iisd-2018-drafts',
    title:
      'IISD news on the drafts of the global compact for migration (29 March, 29 May, 29 June and 10 July 2018)',
    publisher: 'IISD SDG Knowledge Hub',
    kind: 'secondary',
    note: 'No single address: four IISD articles. "Revised Migration Compact Draft Reflects Changes on Implementation, Review" (29 March 2018), https://sdg.iisd.org/news/revised-migration-compact-draft-reflects-changes-on-implementation-review/; "Co-facilitators Update Draft Global Compact on Migration Ahead of June Negotiations" (29 May 2018), https://sdg.iisd.org/news/co-facilitators-update-draft-global-compact-on-migration-ahead-of-june-negotiations/; the article of 29 June 2018, https://sdg.iisd.org/news/co-facilitators-circulate-revised-migration-compact-before-final-round-of-negotiations/; "Governments Start Final Round of Migration Compact Negotiations" (10 July 2018), https://sdg.iisd.org/news/governments-start-final-round-of-migration-compact-negotiations/. Rev 1 of 26 March 2018; Rev 2 of 28 May 2018 adds a 23rd objective; Rev 3 of 29 June 2018.',
  },
  'iisd-2018-02-zero-draft-plus': {
    id: 'iisd-2018-02-zero-draft-plus',
    title: 'Migration Co-facilitators Provide Technical Updates, Clarifications on Zero Draft',
    publisher: 'IISD SDG Knowledge Hub',
    url: 'https://sdg.iisd.org/news/migration-co-facilitators-provide-technical-updates-clarifications-on-zero-draft/',
    publishedOn: '2018-03-08',
    kind: 'secondary',
    note: 'The "zero draft plus" was presented to Member States on 5 March 2018; it had been announced in the co-facilitators\' letter of 28 February 2018.',
  },
  'pastebin-final-draft': {
    id: 'pastebin-final-draft',
    title:
      'Global Compact for Safe, Orderly and Regular Migration, FINAL DRAFT 11 July 2018 (copy)',
    publisher: 'pastebin.com (secondary copy)',
    url: 'https://pastebin.com/1J5Dk0fW',
    publishedOn: '2018-07-11',
    kind: 'secondary',
  },
  'un-journal-conf-1': {
    id: 'un-journal-conf-1',
    title: 'Journal of the Intergovernmental Conference to Adopt the Global Compact, No. 1',
    publisher: 'United Nations',
    url: 'https://docslib.org/doc/12468671',
    publishedOn: '2018-12-10',
    kind: 'primary',
  },
  'iisd-2018-12-marrakech': {
    id: 'iisd-2018-12-marrakech',
    title: 'Marrakech conference adopts the global compact for migration (news)',
    publisher: 'IISD SDG Knowledge Hub',
    url: 'https://sdg.iisd.org/?p=728695',
    kind: 'secondary',
    note: 'Counts 164 States adopting.',
  },
  'un-blog-2018-12-10': {
    id: 'un-blog-2018-12-10',
    title: 'Historic global compact for migration adopted',
    publisher: 'United Nations blog',
    url: 'https://blogs.un.org/blog/2018/12/10/historic-global-compact-for-migration-adopted/',
    publishedOn: '2018-12-10',
    kind: 'primary',
    note: 'Counts "164 countries adopted".',
  },
  'anews-2018-12-10': {
    id: 'anews-2018-12-10',
    title: 'Global migration pact adopted in Marrakech (AFP report)',
    publisher: 'anews (AFP)',
    publishedOn: '2018-12-10',
    kind: 'secondary',
    note: 'Counts 165 States. No address: no anews article of 10 December 2018 was found again. The anews article of 19 December 2018 (AP and AFP), http://www.anews.com.tr/world/2018/12/19/un-general-assembly-endorses-global-migration-accord, says the compact was "agreed upon earlier this month by 165 UN members".',
  },
  'un-news-es-marrakech': {
    id: 'un-news-es-marrakech',
    title: 'Marrakech (tag page)',
    publisher: 'Noticias ONU',
    url: 'https://news.un.org/es/tags/marrakech',
    kind: 'primary',
    note: 'Says "representantes de más de 150 gobiernos".',
  },
  'a-res-73-195': {
    id: 'a-res-73-195',
    title: 'Global Compact for Safe, Orderly and Regular Migration (resolution 73/195)',
    publisher: 'United Nations General Assembly',
    symbol: 'A/RES/73/195',
    url: 'https://international.vlex.com/vid/res-73-195-resolucion-861191321',
    kind: 'primary',
    mirrorOf: 'A/RES/73/195',
    note: 'Adopted at the 60th plenary meeting, 19 December 2018. The annex (the compact) was read in the adattar.minorityforum.info copy: https://adattar.minorityforum.info/en/entity/raaui6nu5a?file=1587370301487dgy07rb4bk.pdf',
  },
  'press-ga-vote-2018-12-19': {
    id: 'press-ga-vote-2018-12-19',
    title:
      'General Assembly endorses the global compact for migration (press reports: Xinhua, AP, Jurist, anews)',
    publisher: 'Xinhua; Associated Press (Los Angeles Times); Jurist; anews',
    url: 'http://www.xinhuanet.com/english/2018-12/20/c_137685420.htm',
    publishedOn: '2018-12-19',
    kind: 'secondary',
    note: 'Recorded vote 152–5–12; the official voting record was not read. The address is Xinhua\'s "UN General Assembly ratifies global compact on migration" (dateline 19 December). Also AP in the Los Angeles Times, https://www.latimes.com/world/la-fg-united-nations-migration-20181219-story.html, and anews, http://www.anews.com.tr/world/2018/12/19/un-general-assembly-endorses-global-migration-accord.',
  },
  'pga-2022-05-20': {
    id: 'pga-2022-05-20',
    title: 'Closing remarks at the International Migration Review Forum',
    publisher: 'President of the 76th session of the United Nations General Assembly',
    url: 'https://www.un.org/pga/76/2022/05/20/imrf-closing/',
    publishedOn: '2022-05-20',
    kind: 'primary',
  },
  'indico-imrf-2022': {
    id: 'indico-imrf-2022',
    title:
      'International Migration Review Forum 2022: registration for specially and previously accredited entities',
    publisher: 'United Nations (Indico.UN)',
    url: 'https://indico.un.org/event/1000748/',
    kind: 'primary',
    note: 'The President of the General Assembly convenes the forum from 17 to 20 May 2022, with a multi-stakeholder hearing on 16 May 2022, as per resolutions 73/195 and 73/326.',
  },
  'indico-imrf-2022-first-notice': {
    id: 'indico-imrf-2022-first-notice',
    title: 'First International Migration Review Forum (first notice)',
    publisher: 'United Nations (Indico.UN)',
    url: 'https://indico.un.org/event/37351/',
    kind: 'primary',
    note: 'Announced the forum for Tuesday 10 May to Friday 13 May 2022; it was held on 17–20 May 2022.',
  },
  'progress-declaration-2022': {
    id: 'progress-declaration-2022',
    title:
      'Progress Declaration of the International Migration Review Forum (final version, 12 May 2022)',
    publisher: 'United Nations General Assembly (copy held by the Danish Parliament)',
    url: 'https://ft.dk/samling/20211/almdel/UUI/bilag/97/2577508/index.htm',
    publishedOn: '2022-05-12',
    kind: 'primary',
    note: 'Paragraph 3 restates the ten guiding principles; adopted by the General Assembly by consensus on 7 June 2022 (QUNO, 10 June 2022).',
  },
  'global-cities-hub-imrf-2026': {
    id: 'global-cities-hub-imrf-2026',
    title: 'The Global Cities Hub calls for LRG inclusion at 2026 IMRF briefing',
    publisher: 'Global Cities Hub',
    url: 'https://globalcitieshub.org/en/the-global-cities-hub-calls-for-lrg-inclusion-at-2026-imrf-briefing',
    kind: 'secondary',
    note: 'The only source read for the 2026 dates (5–8 May 2026, after a multi-stakeholder hearing on 4 May); not confirmed on a un.org page. The page shows no date.',
  },
  'press-ga-12706': {
    id: 'press-ga-12706',
    title: 'General Assembly elects Annalena Baerbock President of its eightieth session',
    publisher: 'United Nations, Meetings Coverage and Press Releases',
    symbol: 'GA/12706',
    url: 'https://press.un.org/en/2025/ga12706.doc.htm',
    publishedOn: '2025-06-02',
    kind: 'primary',
  },
  'un-network-news': {
    id: 'un-network-news',
    title: 'UN Network on Migration news: regional reviews of the global compact',
    publisher: 'United Nations Network on Migration',
    url: 'https://migrationnetwork.un.org/unece-region-hold-first-regional-review-global-compact-safe-orderly-and-regular-migration',
    kind: 'primary',
    note: 'UNECE review 12–13 November 2020 (the address). Africa review 8–10 October 2024: "Africa Holds Second Review Conference of the Global Compact for Safe, Orderly and Regular Migration in Ethiopia", https://migrationnetwork.un.org/africa-holds-second-review-conference-global-compact-safe-orderly-and-regular-migration-ethiopia.',
  },
  'mptf-migration': {
    id: 'mptf-migration',
    title: 'Migration Multi-Partner Trust Fund: news and factsheet (MIG00)',
    publisher: 'UNDP Multi-Partner Trust Fund Office',
    url: 'https://mptf.undp.org/factsheet/fund/MIG00',
    kind: 'primary',
    note: 'Factsheet "Start-up Fund for Safe, Orderly and Regular Migration" (the address) and the launch news, https://mptf.undp.org/news/united-nations-launches-multi-partner-trust-fund-support-cooperation-safe-orderly-and-regular: launch on 16 July 2019 in New York, first-year capitalization target USD 25 million (the target was not found again in the text read in the check of issue 11).',
  },
  'escap-review-2021': {
    id: 'escap-review-2021',
    title:
      'Asia-Pacific Regional Review of Implementation of the Global Compact for Migration (news)',
    publisher: 'scoop.co.nz; IOM Australia',
    url: 'https://www.scoop.co.nz/stories/WO2103/S00063/asia-pacific-regional-review-of-implementation-of-the-global-compact-for-safe-orderly-and-regular-migration.htm',
    kind: 'secondary',
    note: 'scoop.co.nz, 5 March 2021: review from 10 to 12 March 2021. Also IOM Australia, https://australia.iom.int/news/first-regional-review-global-compact-safe-orderly-and-regular-migration-asia-pacific-concludes.',
  },
  'emergency-manual-migof': {
    id: 'emergency-manual-migof',
    title: 'Migration Governance Framework (MiGOF)',
    publisher: 'IOM Emergency Manual',
    url: 'https://emergencymanual.iom.int/migration-governance-framework-migof',
    kind: 'primary',
  },
  'gfmd-pfp-migof': {
    id: 'gfmd-pfp-migof',
    title: 'Migration Governance Framework (Platform for Partnerships entry)',
    publisher: 'Global Forum on Migration and Development',
    url: 'http://gfmd.org/pfp/ppd/5694',
    kind: 'primary',
    note: 'Says IOM Member States "endorsed" MiGOF in November 2015 through Council Resolution 1310.',
  },
  'mdp-mgi': {
    id: 'mdp-mgi',
    title: 'Migration Governance Indicators (overview)',
    publisher: 'Migration Data Portal (IOM GMDAC)',
    url: 'https://migrationdataportal.org/overviews/mgi',
    kind: 'primary',
    note: 'Says MiGOF was "welcomed by IOM\'s Member States" in 2015.',
  },
  'habitat3-migof': {
    id: 'habitat3-migof',
    title: 'Migration toolbox for urban governance (Habitat III event page)',
    publisher: 'Habitat III',
    url: 'https://habitat3.org/the-conference/programme/all/migration-toolbox-for-urban-governance/',
    kind: 'secondary',
    note: 'Says MiGOF was "approved in November 2015 through Council Resolution No. 1310".',
  },
  'sdg-10-7-2-metadata-rs': {
    id: 'sdg-10-7-2-metadata-rs',
    title:
      'SDG indicator 10.7.2 metadata (as published by the Statistical Office of the Republic of Serbia)',
    publisher: 'Statistical Office of the Republic of Serbia',
    url: 'https://data.stat.gov.rs/Metadata/HtmlSDGUN/SDGUN10070201_10070201IND01_ESMS_G2_2025_3.html',
    kind: 'secondary',
    note: 'Says MiGOF was "welcomed by 157 countries (IOM Council Resolution C/106/RES/1310)".',
  },
  'iom-migof-council-doc': {
    id: 'iom-migof-council-doc',
    title: 'Council 106th Session – Migration Governance Framework',
    publisher: 'International Organization for Migration',
    url: 'https://docplayer.net/30137003',
    publishedOn: '2015-11-04',
    kind: 'primary',
    note: 'Copy read on docplayer.net; its symbol is not shown in the text read.',
  },
  'iom-c-106-54': {
    id: 'iom-c-106-54',
    title: 'Report on the 106th Session of the Council',
    publisher: 'International Organization for Migration',
    symbol: 'C/106/54/Rev.1',
    url: 'https://vdocuments.us/c10654rev1-report-on-the-106th-session-of-the-council-migrants-voices.html',
    publishedOn: '2017-01-09',
    kind: 'primary',
    note: 'Cover read on vdocuments.us (a copy): C/106/54/Rev.1, dated 9 January 2017; the session was held in Geneva, 24–27 November 2015. An IOM Council document, not a UN one, so it has no officialUrl.',
  },
  'gmdac-mgi': {
    id: 'gmdac-mgi',
    title: 'Migration Governance Indicators',
    publisher: 'IOM Global Migration Data Analysis Centre',
    url: 'http://gmdac.iom.int/migration-governance-indicators',
    kind: 'primary',
  },
  'mdp-mgi-snapshot': {
    id: 'mdp-mgi-snapshot',
    title: 'MGI snapshot',
    publisher: 'Migration Data Portal (IOM GMDAC)',
    url: 'https://migrationdataportal.org/snapshots/mgi',
    kind: 'primary',
  },
  'iom-unofficeny-2030': {
    id: 'iom-unofficeny-2030',
    title: '2030 Agenda for Sustainable Development',
    publisher: 'IOM Office to the United Nations, New York',
    url: 'https://unofficeny.iom.int/2030-agenda-sustainable-development',
    kind: 'primary',
    note: 'Lists the six MGI dimensions; the list is cut off at the sixth.',
  },
  'emm-gcm-handbook': {
    id: 'emm-gcm-handbook',
    title:
      'Essentials of Migration Management: Global Compact for Safe, Orderly and Regular Migration',
    publisher: 'International Organization for Migration',
    url: 'https://emm.iom.int/handbooks/gcm',
    kind: 'primary',
    note: 'Objectives 1–8 with their official titles.',
  },
  'un-network-hub': {
    id: 'un-network-hub',
    title: 'Migration Network Hub (objective and guiding-principle filters)',
    publisher: 'United Nations Network on Migration',
    url: 'https://migrationnetwork.un.org/hub',
    kind: 'primary',
    note: 'Short labels of the 23 objectives and the 10 guiding principles; per-objective pages are taxonomy/term/279 to 301.',
  },
  'iom-reducing-inequalities': {
    id: 'iom-reducing-inequalities',
    title: 'Reducing global inequalities',
    publisher: 'International Organization for Migration',
    url: 'https://www.iom.int/reducing-global-inequalities',
    kind: 'primary',
  },
  'undp-sdg-booklet': {
    id: 'undp-sdg-booklet',
    title: 'Sustainable Development Goals booklet: goals and targets (from the 2030 Agenda)',
    publisher: 'United Nations Development Programme',
    url: 'https://viewer.joomag.com/sustainable-development-goals-undp-sdg-booklet-7x5inches-for-dg-final/0720077001518797681/p38',
    kind: 'primary',
  },
  'unsd-sdg-16-9-1': {
    id: 'unsd-sdg-16-9-1',
    title: 'SDG Indicators Metadata Handbook: indicator 16.9.1',
    publisher: 'United Nations Statistics Division',
    url: 'https://unstats.un.org/wiki/display/SDGeHandbook/Indicator+16.9.1',
    kind: 'primary',
  },
  'unesco-gem-4b': {
    id: 'unesco-gem-4b',
    title: 'Global Education Monitoring Report 2019: Target 4.b, scholarships',
    publisher: 'UNESCO',
    url: 'https://gem-report-2019.unesco.org/chapter/monitoring-progress-in-sdg-4/scholarships-target-4-b/',
    kind: 'primary',
  },
  'unctad-dgff-2016-17-18': {
    id: 'unctad-dgff-2016-17-18',
    title: 'Development and Globalization: Facts and Figures 2016, Target 17.18',
    publisher: 'UNCTAD',
    url: 'http://stats.unctad.org/Dgff2016/partnership/goal17/target_17_18.html',
    kind: 'primary',
  },
  'sdg-secondary-quotes': {
    id: 'sdg-secondary-quotes',
    title: 'Secondary quotations of SDG targets 3.c, 5.2, 8.7, 8.8 and 16.2',
    publisher: 'Various (Alliance 8.7 roadmap, globalnaps.org, sdg16now.org and others)',
    kind: 'secondary',
    note: 'Wording of targets quoted by third parties; A/RES/70/1 itself was not read. No address: a composite of several pages.',
  },
  'mdp-sdgs': {
    id: 'mdp-sdgs',
    title: 'Migration and the SDGs',
    publisher: 'Migration Data Portal (IOM GMDAC)',
    url: 'https://migrationdataportal.org/sdgs',
    kind: 'primary',
    note: 'Topical mapping of SDG targets to migration topics.',
  },
  'iom-belarus-2017-05-16': {
    id: 'iom-belarus-2017-05-16',
    title: 'Minsk Hosts National Consultations on Global Compact on Migration',
    publisher: 'IOM Belarus',
    url: 'https://belarus.iom.int/events/minsk-hosts-national-consultations-global-compact-migration',
    publishedOn: '2017-05-23',
    kind: 'primary',
  },
} as const satisfies Record<string, SourceRecord>;

/** A source as written in this file: `officialUrl` is derived, never written by hand. */
type SourceRecord = Omit<Source, 'officialUrl'>;

/** Adds the derived `officialUrl` after `symbol`, where the symbol is a UN document's. */
function withOfficialUrls<T extends Record<string, SourceRecord>>(records: T): T {
  const out: Record<string, Source> = {};
  for (const [key, record] of Object.entries(records)) {
    const { id, title, publisher, symbol, ...rest } = record;
    const officialUrl = symbol === undefined ? undefined : toOfficialUrl(symbol);
    out[key] =
      symbol === undefined || officialUrl === undefined
        ? record
        : { id, title, publisher, symbol, officialUrl, ...rest };
  }
  return out as T;
}

/** Id of a source in the {@link sources} registry (example: `'a-res-71-280'`). */
export type SourceId = keyof typeof sourceRecords;

/**
 * The registry of every source that gcm-kit cites, keyed by id.
 *
 * Every record of every dataset carries `sourceIds` that point into this
 * object, so a citation to a missing source is a compile error. Each source
 * with a UN document symbol carries `officialUrl`, derived from the symbol
 * when the module loads; {@link getSourceUrl} picks the address to cite.
 *
 * @example
 * ```ts
 * import { sources } from 'gcm-kit';
 * sources['press-ga-11902'].url;
 * // => 'https://press.un.org/en/2017/ga11902.doc.htm'
 * ```
 */
export const sources: { readonly [K in SourceId]: Source } = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ withOfficialUrls(sourceRecords),
);
