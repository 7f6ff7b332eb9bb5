/**
 * The demo region: member and observer states of the regional centre (modelled on CARICC, Almaty),
 * the international organisations around it, and the real agencies named in the source documents.
 *
 * Pure typed data, no logic. Every entry cites its evidence as FILE:LINE, the convention of
 * shared/design/seed-capabilities.md: 000 = EU Council 9961/09 (19 May 2009), 001 = Dublin Group
 * regional report 10603/13 (16 Sep 2013), 002 = EU Council 13770/17 (27 Oct 2017), 003 = OSCE /
 * Heroin Route II / CARICC key findings (Almaty, 4-5 Dec 2014), 004 = UNODC ROCA newsletter (Dec 2009).
 * Names are the bodies' names at the time of the documents (2009-2014).
 */

/** What an agency does; decides its default role in the platform. */
export type AgencyKind =
  | 'drug_control'
  | 'police'
  | 'customs'
  | 'border_guard'
  | 'security_service'
  | 'fiu'
  | 'health_focal_point'
  | 'precursor_authority'
  | 'prosecution'
  | 'regional_centre'
  | 'donor_implementer';

/** What kind of body an international organisation is. */
export type OrganisationKind = 'intergovernmental' | 'regional' | 'police_cooperation' | 'donor' | 'other';

/** A state's or organisation's standing in the regional centre. */
export type MembershipStatus = 'member' | 'observer' | 'applicant';

/**
 * How much of a date the documents give. 'day': exact. 'month': the day is written as 01.
 * 'year': written as YYYY-01-01. 'no_later_than': the documents attest the status on this date
 * (the date of the document that lists it); it began earlier, on a date they do not give.
 */
export type DatePrecision = 'day' | 'month' | 'year' | 'no_later_than';

/** A pending application to the centre: what is applied for, and when. */
export interface DemoApplication {
  for: Exclude<MembershipStatus, 'applicant'>;
  on: string;
  onPrecision: DatePrecision;
  evidence: string;
}

/** A country's status in the regional centre. since/until are ISO dates (YYYY-MM-DD; use -01-01 when only the year is known and say so in the comment). */
export interface DemoMembership {
  /** ISO 3166-1 alpha-2, upper case. */
  countryCode: string;
  status: MembershipStatus;
  since: string;
  /** How exactly `since` is known (see DatePrecision). */
  sincePrecision: DatePrecision;
  until?: string;
  /** An application in progress: required when status is 'applicant'; an observer may also apply for membership. */
  application?: DemoApplication;
  evidence: string;
}

/** An international, regional or donor organisation that appears in the documents. */
export interface DemoOrganisation {
  /** Short upper-case code, e.g. UNODC, INTERPOL, SELEC, OSCE, EU, CSTO, SCO, ECO. */
  code: string;
  name: string;
  nameRu: string;
  kind: OrganisationKind;
  /** Observer status in the centre, if any. */
  status?: MembershipStatus;
  statusSince?: string;
  /** How exactly `statusSince` is known (see DatePrecision). */
  statusSincePrecision?: DatePrecision;
  evidence: string;
}

/** A national agency (countryCode) or a body of an organisation (organisationCode) — exactly one of the two. */
export interface DemoAgency {
  /** Unique, upper case, prefixed by the country ('KZ-MVD') or the organisation ('UNODC-ROCA'). */
  code: string;
  /** English name; the documents' wording where it is a proper name. */
  name: string;
  /** Russian name, official wording where known (a comment says when it is our translation). */
  nameRu: string;
  /** Abbreviation used in the documents or in common use, for narrow columns. */
  shortName?: string;
  /** Russian abbreviation in common use, where one exists. */
  shortNameRu?: string;
  kind: AgencyKind;
  countryCode?: string;
  organisationCode?: string;
  evidence: string;
}

/**
 * Members, observers and applicants. The documents give no per-state ratification dates for five of
 * the seven members, so those rows use the Agreement's entry into force (see comments).
 */
export const demoMemberships: DemoMembership[] = [
  // Members. 001:200 all 7 "have signed and ratified the CARICC Agreement"; 000:106 Agreement in force
  // 22 Mar 2009; 001:1027 fully operational since March 2009, ratification complete in all 7 in 2011;
  // 001:902 / 001:1321 Russia and Uzbekistan ratified last (2011). So the other five are taken to have
  // ratified by 22 Mar 2009 (inferred: no per-state date is printed).
  // AZ: party to the 1996 MoU (001:112), "subsequently joined" it (004:173-175, undated); member per 001:200.
  {
    countryCode: 'AZ',
    status: 'member',
    since: '2009-03-22',
    sincePrecision: 'day',
    evidence: '001:112; 001:200; 001:1027; 000:106; 004:173-175',
  },
  // KZ: member and host state (001:112); Host Country Agreement Nov 2011 (001:199).
  {
    countryCode: 'KZ',
    status: 'member',
    since: '2009-03-22',
    sincePrecision: 'day',
    evidence: '001:112; 001:199; 001:200; 001:1027; 000:106',
  },
  // KG: member (001:622); hosted the 4th CNC meeting, Bishkek, 27 Sep 2012 (001:908).
  {
    countryCode: 'KG',
    status: 'member',
    since: '2009-03-22',
    sincePrecision: 'day',
    evidence: '001:200; 001:622; 001:1027; 000:106',
  },
  // TJ: member (001:200); founding state whose ratification was complete by 2011 (001:1027).
  {
    countryCode: 'TJ',
    status: 'member',
    since: '2009-03-22',
    sincePrecision: 'day',
    evidence: '001:200; 001:1027; 000:106',
  },
  // TM: member (001:1101).
  {
    countryCode: 'TM',
    status: 'member',
    since: '2009-03-22',
    sincePrecision: 'day',
    evidence: '001:200; 001:1027; 001:1101; 000:106',
  },
  // RU: Parliament ratified in March 2011 (month only, day written as 01); LO in post 15 Sep 2012 (001:203).
  {
    countryCode: 'RU',
    status: 'member',
    since: '2011-03-01',
    sincePrecision: 'month',
    evidence: '001:200; 001:337; 001:696; 001:203',
  },
  // UZ: ratification law signed 14 Sep 2011, "thus the CARICC Agreement entered into force for Uzbekistan too".
  {
    countryCode: 'UZ',
    status: 'member',
    since: '2011-09-14',
    sincePrecision: 'day',
    evidence: '001:200; 001:1249',
  },

  // Observers with a dated grant.
  // IT: "In 2009 Italy was granted observer status" (year only, written as 2009-01-01).
  {
    countryCode: 'IT',
    status: 'observer',
    since: '2009-01-01',
    sincePrecision: 'year',
    evidence: '001:202; 001:671; 001:962; 001:1184; 001:1422',
  },
  // GB: "In September 2010 the UK was granted observer status" (month only).
  {
    countryCode: 'GB',
    status: 'observer',
    since: '2010-09-01',
    sincePrecision: 'month',
    evidence: '001:202; 001:341; 001:700',
  },
  // CN, RO, UA: granted at the 4th CNC meeting, Bishkek, 27 Sep 2012.
  {
    countryCode: 'CN',
    status: 'observer',
    since: '2012-09-27',
    sincePrecision: 'day',
    evidence: '001:202; 001:908; 001:1327',
  },
  {
    countryCode: 'RO',
    status: 'observer',
    since: '2012-09-27',
    sincePrecision: 'day',
    evidence: '001:202; 001:908; 001:1188; 001:1327',
  },
  {
    countryCode: 'UA',
    status: 'observer',
    since: '2012-09-27',
    sincePrecision: 'day',
    evidence: '001:202; 001:908; 001:1327',
  },

  // Observers without a start date: listed in 001:202 ("Currently, 14 countries ..."); since = date of
  // that report, 16 Sep 2013 (001:8), precision 'no_later_than'.
  // AF: also appointed an LO in 2013 (001:203); encouraged to become a member in Dec 2014 (003:49) — not an application.
  {
    countryCode: 'AF',
    status: 'observer',
    since: '2013-09-16',
    sincePrecision: 'no_later_than',
    evidence: '001:202; 001:203; 003:49',
  },
  // AT: "Recently Austria has obtained observer status"; contacts via a police LO in Moscow.
  {
    countryCode: 'AT',
    status: 'observer',
    since: '2013-09-16',
    sincePrecision: 'no_later_than',
    evidence: '001:202; 001:309; 001:661',
  },
  {
    countryCode: 'CA',
    status: 'observer',
    since: '2013-09-16',
    sincePrecision: 'no_later_than',
    evidence: '001:202',
  },
  {
    countryCode: 'FI',
    status: 'observer',
    since: '2013-09-16',
    sincePrecision: 'no_later_than',
    evidence: '001:202',
  },
  // FR: also supports CARICC (001:667); police attaché in Almaty (001:958).
  {
    countryCode: 'FR',
    status: 'observer',
    since: '2013-09-16',
    sincePrecision: 'no_later_than',
    evidence: '001:202; 001:667',
  },
  {
    countryCode: 'DE',
    status: 'observer',
    since: '2013-09-16',
    sincePrecision: 'no_later_than',
    evidence: '001:202',
  },
  {
    countryCode: 'PK',
    status: 'observer',
    since: '2013-09-16',
    sincePrecision: 'no_later_than',
    evidence: '001:202',
  },
  // TR: observer (001:339) that applied for membership "Earlier in 2013" (year only), supported by AZ, TJ, UZ (001:125).
  {
    countryCode: 'TR',
    status: 'observer',
    since: '2013-09-16',
    sincePrecision: 'no_later_than',
    application: {
      for: 'member',
      on: '2013-01-01',
      onPrecision: 'year',
      evidence: '001:125; 001:339; 001:698',
    },
    evidence: '001:202; 001:339; 001:698',
  },
  {
    countryCode: 'US',
    status: 'observer',
    since: '2013-09-16',
    sincePrecision: 'no_later_than',
    evidence: '001:202',
  },

  // Applicant. PL: "Poland, indeed, has applied for its consideration for an observer status" — in 2013 (year only).
  {
    countryCode: 'PL',
    status: 'applicant',
    since: '2013-01-01',
    sincePrecision: 'year',
    application: { for: 'observer', on: '2013-01-01', onPrecision: 'year', evidence: '001:125; 001:637' },
    evidence: '001:125; 001:637; 001:916',
  },
];

/** International, regional and donor organisations; INTERPOL and SELEC are observers in the centre. */
export const demoOrganisations: DemoOrganisation[] = [
  // The centre itself; full name as in 001:112. Agreement in force 22 Mar 2009 (000:106), inaugurated 9 Dec 2009 (004:3-5).
  {
    code: 'CARICC',
    name: 'Central Asian Regional Information and Coordination Centre for combating the illicit trafficking of narcotic drugs, psychotropic substances and their precursors',
    nameRu:
      'Центральноазиатский региональный информационный координационный центр по борьбе с незаконным оборотом наркотических средств, психотропных веществ и их прекурсоров',
    kind: 'regional',
    evidence: '001:112; 000:106; 004:3-5',
  },
  // Party to the 1996 MoU and implementer of the CARICC project TD/RER/H22 (001:112, 001:192); ROCA since 1993 (001:141).
  {
    code: 'UNODC',
    name: 'United Nations Office on Drugs and Crime',
    nameRu: 'Управление Организации Объединенных Наций по наркотикам и преступности',
    kind: 'intergovernmental',
    evidence: '001:112; 001:141; 001:192',
  },
  // Observer (001:202, attested by the report of 16 Sep 2013); Cooperation Agreement with CARICC, April 2012 (001:211).
  {
    code: 'INTERPOL',
    name: 'International Criminal Police Organization (INTERPOL)',
    nameRu: 'Международная организация уголовной полиции (Интерпол)',
    kind: 'police_cooperation',
    status: 'observer',
    statusSince: '2013-09-16',
    statusSincePrecision: 'no_later_than',
    evidence: '001:202; 001:211; 000:275',
  },
  // Observer (001:202). The texts never expand "SELEC"; the expansion is the organisation's own.
  {
    code: 'SELEC',
    name: 'Southeast European Law Enforcement Center (SELEC)',
    nameRu: 'Центр по правоохранительному сотрудничеству в Юго-Восточной Европе (SELEC)',
    kind: 'police_cooperation',
    status: 'observer',
    statusSince: '2013-09-16',
    statusSincePrecision: 'no_later_than',
    evidence: '001:202',
  },
  // Threat assessment with UNODC (000:68); liaison officers to CARICC envisaged (000:215-216); Paris Pact meeting at Europol (001:209).
  {
    code: 'EUROPOL',
    name: 'European Police Office (Europol)',
    nameRu: 'Европейское полицейское ведомство (Европол)',
    kind: 'police_cooperation',
    evidence: '000:68; 000:215-216; 001:209',
  },
  // Container Control Programme with UNODC; Heroin Route I partner (001:293, 001:295).
  {
    code: 'WCO',
    name: 'World Customs Organization',
    nameRu: 'Всемирная таможенная организация',
    kind: 'intergovernmental',
    evidence: '001:293; 001:295; 004:253-255',
  },
  // Precursor control role (000:235); modelling regional precursor information exchange with CARICC (001:207).
  {
    code: 'INCB',
    name: 'International Narcotics Control Board',
    nameRu: 'Международный комитет по контролю над наркотиками',
    kind: 'intergovernmental',
    evidence: '000:235; 001:207',
  },
  // Implements BOMCA (000:273; 001:655) and supported TAJ/E24 procurement (001:896).
  {
    code: 'UNDP',
    name: 'United Nations Development Programme',
    nameRu: 'Программа развития Организации Объединенных Наций',
    kind: 'intergovernmental',
    evidence: '000:273; 001:655; 001:896',
  },
  // Border management and counter-narcotics projects; co-organised the Dec 2014 meeting (003:17).
  {
    code: 'OSCE',
    name: 'Organization for Security and Co-operation in Europe',
    nameRu: 'Организация по безопасности и сотрудничеству в Европе',
    kind: 'regional',
    evidence: '000:49; 001:946; 001:1174; 001:1400; 003:17',
  },
  // Funds BOMCA, CADAP (000:273), Heroin Route and EU-ACT (002:55); no status in the centre is stated.
  {
    code: 'EU',
    name: 'European Union',
    nameRu: 'Европейский союз',
    kind: 'donor',
    evidence: '000:273; 001:293; 002:55',
  },
  // Standards for National Focal Points / drug observatories (000:185-190); European Drug Report 2017 (002:31).
  {
    code: 'EMCDDA',
    name: 'European Monitoring Centre for Drugs and Drug Addiction',
    nameRu: 'Европейский центр мониторинга наркотиков и наркомании',
    kind: 'other',
    evidence: '000:171; 000:185-190; 002:31',
  },
  // KZ, KG members (001:69, 001:443); attended the "Northern Route" meeting at CARICC (001:1307).
  {
    code: 'CSTO',
    name: 'Collective Security Treaty Organization',
    nameRu: 'Организация Договора о коллективной безопасности',
    kind: 'regional',
    evidence: '001:69; 001:443; 001:1307',
  },
  // RATS of SCO in Tashkent (001:1281); proposed Universal Center with drug-enforcement functions (001:978).
  {
    code: 'SCO',
    name: 'Shanghai Cooperation Organisation',
    nameRu: 'Шанхайская организация сотрудничества',
    kind: 'regional',
    evidence: '001:69; 001:978; 001:1281; 001:1307',
  },
  // Anti-Terrorist Centre of the CIS; Regional Bureau in Kyrgyzstan (001:443).
  {
    code: 'CIS',
    name: 'Commonwealth of Independent States',
    nameRu: 'Содружество Независимых Государств',
    kind: 'regional',
    evidence: '001:69; 001:443; 001:1432',
  },
  // ECO Drugs and Organised Crime Coordination Unit (ECO-DOCCU) as regional focal point (001:295); EU IfS project (000:275).
  {
    code: 'ECO',
    name: 'Economic Cooperation Organization',
    nameRu: 'Организация экономического сотрудничества',
    kind: 'regional',
    evidence: '000:275; 001:295; 001:645',
  },
  // AML/CFT regional body: KZ co-chairs its Technical Assistance WG (001:79); TM member May 2010 (001:1095).
  {
    code: 'EAG',
    name: 'Eurasian Group on Combating Money Laundering and Financing of Terrorism',
    nameRu:
      'Евразийская группа по противодействию легализации преступных доходов и финансированию терроризма',
    kind: 'regional',
    evidence: '001:79; 001:1095; 001:1291; 004:253',
  },
];

/** National agencies of members, observers and partners, and the bodies of organisations that act in the region. */
export const demoAgencies: DemoAgency[] = [
  // ── Regional centre and organisations ──────────────────────────────────────────────────────────
  // The centre in Almaty: liaison officers of members and observers (001:199, 001:203); inaugurated 9 Dec 2009 (004:3-5).
  {
    code: 'CARICC',
    name: 'Central Asian Regional Information and Coordination Centre (Almaty)',
    nameRu:
      'Центральноазиатский региональный информационный координационный центр по борьбе с незаконным оборотом наркотических средств, психотропных веществ и их прекурсоров',
    shortName: 'CARICC',
    shortNameRu: 'ЦАРИКЦ',
    kind: 'regional_centre',
    organisationCode: 'CARICC',
    evidence: '000:106; 001:198-203; 004:3-5',
  },
  // ROCA, Tashkent, established 1993 (001:141; 004:135-137); publisher of 004 (004:124).
  {
    code: 'UNODC-ROCA',
    name: 'UNODC Regional Office for Central Asia (Tashkent)',
    nameRu: 'Региональное представительство Управления ООН по наркотикам и преступности в Центральной Азии',
    shortName: 'ROCA',
    shortNameRu: 'РПЦА УНП ООН',
    kind: 'donor_implementer',
    organisationCode: 'UNODC',
    evidence: '001:141; 004:124; 004:135-137',
  },
  // The texts say "INTERPOL" (trainer, databases, Cooperation Agreement, 001:211); the General Secretariat
  // is the body that concludes such agreements (judgement call).
  {
    code: 'INTERPOL-GS',
    name: 'INTERPOL General Secretariat',
    nameRu: 'Генеральный секретариат Интерпола',
    kind: 'police',
    organisationCode: 'INTERPOL',
    evidence: '001:202; 001:211; 001:217',
  },
  // SELEC is an observer (001:202); its secretariat is the body that would hold its seat (judgement call, not named in the texts).
  {
    code: 'SELEC-SEC',
    name: 'SELEC Secretariat',
    nameRu: 'Секретариат SELEC',
    kind: 'police',
    organisationCode: 'SELEC',
    evidence: '001:202',
  },
  // Co-organiser of the Almaty meeting of 4-5 Dec 2014 (003:17).
  {
    code: 'OSCE-SPMU',
    name: 'OSCE Transnational Threats Department, Strategic Police Matters Unit',
    nameRu:
      'Отдел по стратегическим вопросам полицейской деятельности Департамента ОБСЕ по транснациональным угрозам',
    shortName: 'TNTD/SPMU',
    kind: 'donor_implementer',
    organisationCode: 'OSCE',
    evidence: '003:17',
  },
  // Launched 27 May 2009 in Dushanbe; trains senior border officials (001:946; 001:1408).
  {
    code: 'OSCE-BMSC',
    name: 'OSCE Border Management Staff College (Dushanbe)',
    nameRu: 'Колледж ОБСЕ по вопросам управления границами (Душанбе)',
    shortName: 'BMSC',
    kind: 'donor_implementer',
    organisationCode: 'OSCE',
    evidence: '001:946; 001:1408',
  },
  // Integrated border management training in Ashgabat, Mary, Turkmenabat, Dashoguz (001:1174).
  {
    code: 'OSCE-ASHGABAT',
    name: 'OSCE Centre in Ashgabat',
    nameRu: 'Центр ОБСЕ в Ашхабаде',
    kind: 'donor_implementer',
    organisationCode: 'OSCE',
    evidence: '001:1174; 001:1204',
  },
  // Supports the National Centre for Drug Control since 2008 (001:1400-1402).
  {
    code: 'OSCE-PCUZ',
    name: 'OSCE Project Co-ordinator in Uzbekistan',
    nameRu: 'Координатор проектов ОБСЕ в Узбекистане',
    shortName: 'PCUz',
    kind: 'donor_implementer',
    organisationCode: 'OSCE',
    evidence: '001:1400-1402',
  },
  // EU-funded, UNDP-implemented border programme, "EU/UNDP BOMCA" at the Mini-Dublin meetings (000:273; 001:291; 001:368).
  {
    code: 'UNDP-BOMCA',
    name: 'Border Management Programme in Central Asia (EU/UNDP BOMCA)',
    nameRu: 'Программа содействия управлению границами в Центральной Азии (БОМКА)',
    shortName: 'BOMCA',
    shortNameRu: 'БОМКА',
    kind: 'donor_implementer',
    organisationCode: 'UNDP',
    evidence: '000:273; 001:291; 001:368; 001:655',
  },
  // "European Union Delegation" at the Astana Mini-Dublin meeting, 17 Jun 2013 (001:368): the delegation to Kazakhstan (judgement call).
  {
    code: 'EU-DEL-KZ',
    name: 'Delegation of the European Union to the Republic of Kazakhstan',
    nameRu: 'Представительство Европейского Союза в Республике Казахстан',
    kind: 'donor_implementer',
    organisationCode: 'EU',
    evidence: '001:368',
  },

  // ── Kazakhstan ─────────────────────────────────────────────────────────────────────────────────
  // MoI counter-narcotics committee, the lead drug police body; named "Committee of Combating Drug Business" (001:212),
  // "Counternarcotics Committee" (001:345), "Committee on Combating Drug Trafficking" (001:359, 001:361).
  {
    code: 'KZ-MVD',
    name: 'Committee on Combating Drug Trafficking, Ministry of Interior of the Republic of Kazakhstan',
    nameRu:
      'Комитет по борьбе с наркобизнесом и контролю за оборотом наркотиков Министерства внутренних дел Республики Казахстан',
    shortNameRu: 'КБН МВД РК',
    kind: 'police',
    countryCode: 'KZ',
    evidence: '001:212; 001:345; 001:359; 001:361',
  },
  // NSC: F23 meeting (001:266); its Department on Countering International Drug Trafficking (001:361); managed the Oct 2009 operation (004:465).
  {
    code: 'KZ-KNB',
    name: 'National Security Committee of the Republic of Kazakhstan',
    nameRu: 'Комитет национальной безопасности Республики Казахстан',
    shortName: 'NSC',
    shortNameRu: 'КНБ РК',
    kind: 'security_service',
    countryCode: 'KZ',
    evidence: '001:266; 001:359; 001:361; 004:465',
  },
  // "Border Guard Services of NSC RK" (001:172); BGS and KNB Border Guard Academy (001:345).
  {
    code: 'KZ-BGS',
    name: 'Border Guard Service of the National Security Committee of the Republic of Kazakhstan',
    nameRu: 'Пограничная служба Комитета национальной безопасности Республики Казахстан',
    shortName: 'BGS',
    shortNameRu: 'ПС КНБ РК',
    kind: 'border_guard',
    countryCode: 'KZ',
    evidence: '001:172; 001:176; 001:345',
  },
  // "Customs Control Committee of the Ministry of Finance of RK" (001:172); hosted the canine course (001:349).
  {
    code: 'KZ-CUSTOMS',
    name: 'Customs Control Committee of the Ministry of Finance of the Republic of Kazakhstan',
    nameRu: 'Комитет таможенного контроля Министерства финансов Республики Казахстан',
    shortNameRu: 'КТК МФ РК',
    kind: 'customs',
    countryCode: 'KZ',
    evidence: '001:172; 001:349',
  },
  // FIU established under the MoF on 24 Apr 2008; Egmont member July 2011 (001:77, 001:79, 001:353).
  {
    code: 'KZ-FIU',
    name: 'Financial Monitoring Committee of the Ministry of Finance of the Republic of Kazakhstan',
    nameRu: 'Комитет по финансовому мониторингу Министерства финансов Республики Казахстан',
    shortNameRu: 'КФМ МФ РК',
    kind: 'fiu',
    countryCode: 'KZ',
    evidence: '001:77; 001:79; 001:353',
  },
  // Instructor courses on presenting counternarcotics cases for the Prosecutor General's Office (001:351).
  {
    code: 'KZ-PGO',
    name: "Prosecutor General's Office of the Republic of Kazakhstan",
    nameRu: 'Генеральная прокуратура Республики Казахстан',
    kind: 'prosecution',
    countryCode: 'KZ',
    evidence: '001:351; 001:358; 004:397',
  },
  // Treatnet grant recipient, Pavlodar (001:240); national drug-treatment science centre.
  {
    code: 'KZ-NSCMPDA',
    name: 'National Scientific Centre on Medico-Social Problems of Drug Addiction (Pavlodar)',
    nameRu: 'Республиканский научно-практический центр медико-социальных проблем наркомании (Павлодар)',
    shortName: 'NSCMPDA',
    shortNameRu: 'РНПЦ МСПН',
    kind: 'health_focal_point',
    countryCode: 'KZ',
    evidence: '001:240',
  },

  // ── Kyrgyzstan ─────────────────────────────────────────────────────────────────────────────────
  // SSDC created 17 Aug 2010, successor of the DCA (2003-2009) (001:471-477); UNODC project KGZ K50 (001:538);
  // dismantled by Oct 2017, functions to the ministries of interior and health (002:37).
  {
    code: 'KG-DCS',
    name: 'State Service on Drug Control under the Government of the Kyrgyz Republic',
    nameRu: 'Государственная служба по контролю наркотиков при Правительстве Кыргызской Республики',
    shortName: 'SSDC',
    shortNameRu: 'ГСКН',
    kind: 'drug_control',
    countryCode: 'KG',
    evidence: '001:417; 001:477; 001:538; 001:589; 001:665; 002:37',
  },
  // "Main Illicit Drugs Combating Department" of the MOI (001:596); MoI Chief Department from March 2010 (001:475).
  {
    code: 'KG-MVD',
    name: 'Main Illicit Drugs Combating Department, Ministry of Interior of the Kyrgyz Republic',
    nameRu:
      'Главное управление по борьбе с незаконным оборотом наркотиков Министерства внутренних дел Кыргызской Республики',
    shortNameRu: 'ГУБНОН МВД КР',
    kind: 'police',
    countryCode: 'KG',
    evidence: '001:475; 001:594; 001:596',
  },
  // Printed as "Kyrgyz Governmental National Security Service" in Oct 2009 (004:466-467); named here by its
  // 2012-2013 title, the period most demo records cover (judgement call).
  {
    code: 'KG-GKNB',
    name: 'State Committee for National Security of the Kyrgyz Republic',
    nameRu: 'Государственный комитет национальной безопасности Кыргызской Республики',
    shortNameRu: 'ГКНБ КР',
    kind: 'security_service',
    countryCode: 'KG',
    evidence: '004:466-467',
  },
  // Kyrgyz FIU set up by the 2006 AML law (printed "under the President", 001:447); Egmont member May 2009 (001:449).
  {
    code: 'KG-FIU',
    name: 'State Financial Intelligence Service under the Government of the Kyrgyz Republic',
    nameRu: 'Государственная служба финансовой разведки при Правительстве Кыргызской Республики',
    shortName: 'SFIS',
    shortNameRu: 'ГСФР',
    kind: 'fiu',
    countryCode: 'KG',
    evidence: '001:447; 001:449',
  },
  // Treatnet grant recipient; methadone, naloxone (001:559-580).
  {
    code: 'KG-RNC',
    name: 'Republican Narcology Centre',
    nameRu: 'Республиканский центр наркологии',
    shortName: 'RNC',
    kind: 'health_focal_point',
    countryCode: 'KG',
    evidence: '001:559; 001:580',
  },

  // ── Tajikistan ─────────────────────────────────────────────────────────────────────────────────
  // Established 2000 with UNODC (001:797); 400 staff, 9.5 t seized in 10 years (004:221-225); DLOs in Afghanistan and Osh (001:1009).
  {
    code: 'TJ-DCA',
    name: 'Drug Control Agency under the President of the Republic of Tajikistan',
    nameRu: 'Агентство по контролю за наркотиками при Президенте Республики Таджикистан',
    shortName: 'DCA',
    shortNameRu: 'АКН',
    kind: 'drug_control',
    countryCode: 'TJ',
    evidence: '001:797; 001:1009; 004:196-198; 004:221-225',
  },
  // SCNS absorbed the State Committee for Border Protection in Jan 2007 (001:795); "State National Security Service" in 004:446.
  {
    code: 'TJ-GKNB',
    name: 'State Committee for National Security of the Republic of Tajikistan',
    nameRu: 'Государственный комитет национальной безопасности Республики Таджикистан',
    shortName: 'SCNS',
    shortNameRu: 'ГКНБ РТ',
    kind: 'security_service',
    countryCode: 'TJ',
    evidence: '001:795; 004:445-446',
  },
  // Tajik Border Guards / Border Forces, Intelligence Department Mobile Teams (001:894-896); under the SCNS since 2007 (001:795).
  {
    code: 'TJ-BORDER',
    name: 'Border Forces of the State Committee for National Security of the Republic of Tajikistan',
    nameRu: 'Пограничные войска Государственного комитета национальной безопасности Республики Таджикистан',
    kind: 'border_guard',
    countryCode: 'TJ',
    evidence: '001:795; 001:894; 001:896',
  },
  // MoI with its Counternarcotics Department (001:896) and Special Unit on racketeering, kidnapping and trafficking (001:837).
  {
    code: 'TJ-MVD',
    name: 'Ministry of Internal Affairs of the Republic of Tajikistan',
    nameRu: 'Министерство внутренних дел Республики Таджикистан',
    shortNameRu: 'МВД РТ',
    kind: 'police',
    countryCode: 'TJ',
    evidence: '001:837; 001:896; 004:445',
  },
  // Named at the March 2012 workshop with Czech experts (001:956). Russian is our translation of the English name.
  {
    code: 'TJ-DRUG-MONITORING',
    name: 'National Centre on Monitoring the Drug Situation and Drug Prevention',
    nameRu: 'Национальный центр мониторинга наркоситуации и профилактики наркомании',
    kind: 'health_focal_point',
    countryCode: 'TJ',
    evidence: '001:956',
  },

  // ── Turkmenistan ───────────────────────────────────────────────────────────────────────────────
  // State Drug Control Service (Jan 2008) renamed Aug 2012 (001:1069); drug unit commanders trained by DEA (001:1200).
  {
    code: 'TM-SSPHS',
    name: 'State Service of Turkmenistan for Security Protection of Healthy Society',
    nameRu: 'Государственная служба Туркменистана по охране безопасности здорового общества',
    kind: 'drug_control',
    countryCode: 'TM',
    evidence: '001:1067; 001:1069; 001:1188; 001:1198; 001:1200',
  },
  // MVD named in the working plan (001:1067); first forensic training in Ashgabat, 2013 (001:1121).
  {
    code: 'TM-MVD',
    name: 'Ministry of Internal Affairs of Turkmenistan',
    nameRu: 'Министерство внутренних дел Туркменистана',
    shortNameRu: 'МВД',
    kind: 'police',
    countryCode: 'TM',
    evidence: '001:1067; 001:1121; 001:1198',
  },
  // MNB named in the working plan (001:1067).
  {
    code: 'TM-MNB',
    name: 'Ministry of National Security of Turkmenistan',
    nameRu: 'Министерство национальной безопасности Туркменистана',
    shortNameRu: 'МНБ',
    kind: 'security_service',
    countryCode: 'TM',
    evidence: '001:1067',
  },
  // State Border Service (001:1067, 001:1198); "Border Guards State Service" visited Romania in April 2012 (001:1188).
  {
    code: 'TM-BORDER',
    name: 'State Border Service of Turkmenistan',
    nameRu: 'Государственная пограничная служба Туркменистана',
    kind: 'border_guard',
    countryCode: 'TM',
    evidence: '001:1067; 001:1188; 001:1198',
  },
  // State Customs Service (001:1067, 001:1198).
  {
    code: 'TM-CUSTOMS',
    name: 'State Customs Service of Turkmenistan',
    nameRu: 'Государственная таможенная служба Туркменистана',
    kind: 'customs',
    countryCode: 'TM',
    evidence: '001:1067; 001:1198',
  },
  // "Financial Intelligence Unit (FIU) under the Ministry of Finance", established 15 Jan 2010 (001:1093); named by its official title.
  {
    code: 'TM-FIU',
    name: 'Financial Monitoring Service of the Ministry of Finance of Turkmenistan',
    nameRu: 'Служба финансового мониторинга Министерства финансов Туркменистана',
    kind: 'fiu',
    countryCode: 'TM',
    evidence: '001:1093',
  },
  // "Ministry of Health of Turkmenistan" at the Dec 2009 law-enforcement roundtable (004:419-421); World AIDS Day event (004:615).
  // Named by its official title.
  {
    code: 'TM-MOH',
    name: 'Ministry of Health and Medical Industry of Turkmenistan',
    nameRu: 'Министерство здравоохранения и медицинской промышленности Туркменистана',
    kind: 'health_focal_point',
    countryCode: 'TM',
    evidence: '004:419-421; 004:615',
  },

  // ── Uzbekistan ─────────────────────────────────────────────────────────────────────────────────
  // NCDC, supported by the OSCE PCUz; regional experts (001:1400-1402); webpage and library (001:1406);
  // works for the State Commission on Drug Control (001:1257).
  {
    code: 'UZ-NCDC',
    name: 'National Centre for Drug Control under the Cabinet of Ministers of the Republic of Uzbekistan',
    nameRu:
      'Национальный информационно-аналитический центр по контролю за наркотиками при Кабинете Министров Республики Узбекистан',
    shortName: 'NCDC',
    kind: 'drug_control',
    countryCode: 'UZ',
    evidence: '001:1257; 001:1400-1402; 001:1406',
  },
  // MoI, Department of Criminal Investigation and Counter Terrorism, visited SOCA (001:1456).
  {
    code: 'UZ-MVD',
    name: 'Ministry of Internal Affairs of the Republic of Uzbekistan',
    nameRu: 'Министерство внутренних дел Республики Узбекистан',
    shortNameRu: 'МВД РУз',
    kind: 'police',
    countryCode: 'UZ',
    evidence: '001:1412; 001:1456',
  },
  // NSS Drugs Trafficking Subdivision (001:1456) and special anti-drug units (001:1479).
  {
    code: 'UZ-SNB',
    name: 'National Security Service of the Republic of Uzbekistan',
    nameRu: 'Служба национальной безопасности Республики Узбекистан',
    shortName: 'NSS',
    shortNameRu: 'СНБ РУз',
    kind: 'security_service',
    countryCode: 'UZ',
    evidence: '001:1456; 001:1479',
  },
  // State Customs Committee, Department for Contraband Combat (001:1456).
  {
    code: 'UZ-CUSTOMS',
    name: 'State Customs Committee of the Republic of Uzbekistan',
    nameRu: 'Государственный таможенный комитет Республики Узбекистан',
    shortNameRu: 'ГТК РУз',
    kind: 'customs',
    countryCode: 'UZ',
    evidence: '001:1456',
  },
  // International Department initiated the MLA/extradition amendments (001:1259); anti-corruption working group (001:1263).
  {
    code: 'UZ-PGO',
    name: 'General Prosecutor Office of the Republic of Uzbekistan',
    nameRu: 'Генеральная прокуратура Республики Узбекистан',
    kind: 'prosecution',
    countryCode: 'UZ',
    evidence: '001:1259; 001:1263',
  },

  // ── Russian Federation ─────────────────────────────────────────────────────────────────────────
  // Training centres of the Federal Drug Control Service in St Petersburg and Krasnoyarsk (001:279, 001:284-285).
  {
    code: 'RU-FSKN',
    name: 'Federal Drug Control Service of the Russian Federation',
    nameRu: 'Федеральная служба Российской Федерации по контролю за оборотом наркотиков',
    shortName: 'FSKN',
    shortNameRu: 'ФСКН России',
    kind: 'drug_control',
    countryCode: 'RU',
    evidence: '001:279; 001:284-285',
  },
  // FSB partner in the CARICC-coordinated operation of Oct 2009; its regional directorate (FSSD RF) made arrests (004:465; 004:476-477).
  {
    code: 'RU-FSB',
    name: 'Federal Security Service of the Russian Federation',
    nameRu: 'Федеральная служба безопасности Российской Федерации',
    shortName: 'FSB',
    shortNameRu: 'ФСБ России',
    kind: 'security_service',
    countryCode: 'RU',
    evidence: '004:465; 004:476-477',
  },
  // All-Russian Advanced Training Institute of the MoI, Domodedovo (001:279, 001:283).
  {
    code: 'RU-MVD',
    name: 'Ministry of Internal Affairs of the Russian Federation',
    nameRu: 'Министерство внутренних дел Российской Федерации',
    shortNameRu: 'МВД России',
    kind: 'police',
    countryCode: 'RU',
    evidence: '001:279; 001:283; 001:1434',
  },

  // ── Azerbaijan ─────────────────────────────────────────────────────────────────────────────────
  // Printed "States Customs Committee of Azerbaijan"; joint checks with CARICC after the 11 Mar 2013 seizure (001:210).
  // No other Azerbaijani agency is named in the texts.
  {
    code: 'AZ-CUSTOMS',
    name: 'State Customs Committee of the Republic of Azerbaijan',
    nameRu: 'Государственный таможенный комитет Азербайджанской Республики',
    kind: 'customs',
    countryCode: 'AZ',
    evidence: '001:210',
  },

  // ── Afghanistan (observer) ─────────────────────────────────────────────────────────────────────
  // "Counter Narcotic Police Agency" (000:277), "Counter Narcotic Police Afghanistan (CNPA)" (001:1339).
  {
    code: 'AF-CNPA',
    name: 'Counter Narcotics Police of Afghanistan',
    nameRu: 'Полиция по борьбе с наркотиками Афганистана',
    shortName: 'CNPA',
    kind: 'police',
    countryCode: 'AF',
    evidence: '000:277; 001:1339',
  },
  // Precursor Control Unit set up in the CNPA under the UNODC precursor project (000:277). It is an enforcement unit,
  // the only precursor-specific body the texts name (judgement call on the kind).
  {
    code: 'AF-CNPA-PCU',
    name: 'Precursor Control Unit, Counter Narcotics Police of Afghanistan',
    nameRu: 'Подразделение по контролю над прекурсорами Полиции по борьбе с наркотиками Афганистана',
    shortName: 'PCU',
    kind: 'precursor_authority',
    countryCode: 'AF',
    evidence: '000:277',
  },
  // Afghan Criminal Justice Task Force, to be included in F23 (001:1339). Russian is our translation.
  {
    code: 'AF-CJTF',
    name: 'Criminal Justice Task Force (Afghanistan)',
    nameRu: 'Целевая группа по уголовному правосудию (Афганистан)',
    shortName: 'CJTF',
    kind: 'prosecution',
    countryCode: 'AF',
    evidence: '001:1339',
  },

  // ── Turkey (observer, membership applicant) ────────────────────────────────────────────────────
  // "Ministry of Interior of Turkey" initiated the 11 Mar 2013 operation (001:210); "Turkish Police" instructors (001:353).
  {
    code: 'TR-TNP',
    name: 'Turkish National Police (General Directorate of Security, Ministry of Interior)',
    nameRu: 'Национальная полиция Турции (Главное управление безопасности Министерства внутренних дел)',
    kind: 'police',
    countryCode: 'TR',
    evidence: '001:210; 001:353',
  },
  // Trains Central Asian officers: 274 KZ and 166 KG personnel (001:339); Tajik course Nov 2009 (004:448-452).
  {
    code: 'TR-TADOC',
    name: 'Turkish International Academy against Drugs and Organized Crime',
    nameRu: 'Турецкая международная академия по борьбе с наркотиками и организованной преступностью',
    shortName: 'TADOC',
    kind: 'donor_implementer',
    countryCode: 'TR',
    evidence: '001:339; 001:980; 004:448-452',
  },
  // Printed "Turkish International Cooperation and Coordination Agency" (001:982) and "Turkish Coordination and
  // Cooperation Agency" (001:1452); official English title used.
  {
    code: 'TR-TIKA',
    name: 'Turkish Cooperation and Coordination Agency',
    nameRu: 'Турецкое агентство по сотрудничеству и координации',
    shortName: 'TIKA',
    shortNameRu: 'ТИКА',
    kind: 'donor_implementer',
    countryCode: 'TR',
    evidence: '001:982; 001:1452',
  },

  // ── United States (observer) ───────────────────────────────────────────────────────────────────
  // Vetted Unit MoU with the Tajik DCA, 15 Mar 2012 (001:815); Regional Training Team in Almaty (001:1200).
  {
    code: 'US-DEA',
    name: 'Drug Enforcement Administration (United States)',
    nameRu: 'Управление по борьбе с наркотиками США',
    shortName: 'DEA',
    kind: 'drug_control',
    countryCode: 'US',
    evidence: '001:345; 001:815; 001:1200; 001:1460',
  },
  // Embassy Astana INL programme (001:345-362); support to Turkmenistan under the LOA (001:1194-1200); over USD 70 million
  // to Tajikistan since 2000 with DoD and EXBS (001:990). Russian is our translation.
  {
    code: 'US-INL',
    name: 'Bureau of International Narcotics and Law Enforcement Affairs, US Department of State',
    nameRu:
      'Бюро по борьбе с международным оборотом наркотиков и правоохранительной деятельности Государственного департамента США',
    shortName: 'INL',
    kind: 'donor_implementer',
    countryCode: 'US',
    evidence: '001:345-362; 001:990; 001:1194-1200',
  },

  // ── Other observers and partners ───────────────────────────────────────────────────────────────
  // SOCA ran the Afghan-Pakistani exercise at CARICC, 12-16 Feb 2011 (001:343); planned regional DLO (001:988, 001:1454).
  {
    code: 'GB-SOCA',
    name: 'Serious Organised Crime Agency (United Kingdom)',
    nameRu: 'Агентство по борьбе с тяжкой организованной преступностью (Великобритания)',
    shortName: 'SOCA',
    kind: 'police',
    countryCode: 'GB',
    evidence: '001:343; 001:986-988; 001:1454-1456',
  },
  // Italian DCSA, Drug Liaison Officer in Tashkent (001:960, 001:1420).
  {
    code: 'IT-DCSA',
    name: 'Central Directorate for Anti-Drug Services (Italy)',
    nameRu: 'Центральная дирекция антинаркотических служб (Италия)',
    shortName: 'DCSA',
    kind: 'drug_control',
    countryCode: 'IT',
    evidence: '001:313; 001:960; 001:1420',
  },
  // German BKA: Heroin Route I partner (001:293); liaison officer in Tashkent (001:1182).
  {
    code: 'DE-BKA',
    name: 'Federal Criminal Police Office (Bundeskriminalamt)',
    nameRu: 'Федеральное ведомство уголовной полиции Германии',
    shortName: 'BKA',
    kind: 'police',
    countryCode: 'DE',
    evidence: '001:293; 001:1013; 001:1182',
  },
  // Implements Heroin Route I (001:293) and leads the CADAP consortium (001:934; 001:1156).
  {
    code: 'DE-GIZ',
    name: 'Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ)',
    nameRu: 'Германское общество по международному сотрудничеству (GIZ)',
    shortName: 'GIZ',
    kind: 'donor_implementer',
    countryCode: 'DE',
    evidence: '001:293; 001:934; 001:1156',
  },
  // CABSI co-organiser (001:303); Police Liaison Officer in Moscow for CARICC contacts (001:309); canine trainer (001:349).
  {
    code: 'AT-BMI',
    name: 'Federal Ministry of the Interior of Austria',
    nameRu: 'Федеральное министерство внутренних дел Австрии',
    shortName: 'BM.I',
    kind: 'police',
    countryCode: 'AT',
    evidence: '001:303; 001:309; 001:349',
  },
  // "Ukrainian FIU" instructors at the Astana cyber-crime course (001:353); named by its official title.
  {
    code: 'UA-FIU',
    name: 'State Financial Monitoring Service of Ukraine',
    nameRu: 'Государственная служба финансового мониторинга Украины',
    kind: 'fiu',
    countryCode: 'UA',
    evidence: '001:353',
  },
  // Not a member or observer: study tours for Central Asian border guards; MoUs with UZ and TJ in preparation (001:970; 001:1428).
  {
    code: 'LV-SBG',
    name: 'State Border Guard of Latvia',
    nameRu: 'Государственная пограничная охрана Латвийской Республики',
    kind: 'border_guard',
    countryCode: 'LV',
    evidence: '001:970; 001:1428',
  },
];
