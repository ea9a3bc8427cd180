/**
 * Demo content for the Dateline seed: wire-style dispatches filed by the demo newsroom.
 *
 * All stories, figures and quotations below are invented for demonstration purposes.
 * Officials are quoted by role only; no real person is named or quoted.
 */

export type DemoSectionSlug = 'politics' | 'economy' | 'world' | 'region' | 'security' | 'energy';

export type DemoAuthor = 'correspondent' | 'correspondent2' | 'editor';

export type DemoBlock = { p: string } | { quote: string } | { h2: string } | { list: string[] };

export interface DemoDispatch {
  /** Lowercase kebab-case, unique, derived from the headline, at most 80 characters. */
  slug: string;
  /** Wire-style headline in Title Case, 40-110 characters. */
  headline: string;
  /** One or two sentences, at most 300 characters. */
  standfirst: string;
  /** Place the story was filed from, e.g. 'Washington D.C.' or 'Brussels'. */
  dateline: string;
  section: DemoSectionSlug;
  /** Slugs from DEMO_TAGS, one to three per story. */
  tags: string[];
  author: DemoAuthor;
  priority: 'routine' | 'urgent' | 'flash';
  /** Published stories: hours before now when published. Drafts: hours since last edit. */
  hoursAgo: number;
  body: DemoBlock[];
}

export const DEMO_TAGS: { slug: string; name: string; names: { ru: string; az: string } }[] = [
  { slug: 'nato', name: 'NATO', names: { ru: 'НАТО', az: 'NATO' } },
  { slug: 'air-defence', name: 'Air Defence', names: { ru: 'ПВО', az: 'Hava hücumundan müdafiə' } },
  {
    slug: 'defence-spending',
    name: 'Defence Spending',
    names: { ru: 'Военные расходы', az: 'Müdafiə xərcləri' },
  },
  { slug: 'sanctions', name: 'Sanctions', names: { ru: 'Санкции', az: 'Sanksiyalar' } },
  { slug: 'diplomacy', name: 'Diplomacy', names: { ru: 'Дипломатия', az: 'Diplomatiya' } },
  { slug: 'elections', name: 'Elections', names: { ru: 'Выборы', az: 'Seçkilər' } },
  { slug: 'budget', name: 'Budget', names: { ru: 'Бюджет', az: 'Büdcə' } },
  { slug: 'migration', name: 'Migration', names: { ru: 'Миграция', az: 'Miqrasiya' } },
  { slug: 'inflation', name: 'Inflation', names: { ru: 'Инфляция', az: 'İnflyasiya' } },
  {
    slug: 'central-banks',
    name: 'Central Banks',
    names: { ru: 'Центральные банки', az: 'Mərkəzi banklar' },
  },
  { slug: 'trade', name: 'Trade', names: { ru: 'Торговля', az: 'Ticarət' } },
  { slug: 'gas', name: 'Gas', names: { ru: 'Газ', az: 'Qaz' } },
  { slug: 'climate', name: 'Climate', names: { ru: 'Климат', az: 'İqlim' } },
  {
    slug: 'cybersecurity',
    name: 'Cybersecurity',
    names: { ru: 'Кибербезопасность', az: 'Kibertəhlükəsizlik' },
  },
];

/** Slug of the Washington dispatch used by demos and tests. */
export const WASHINGTON_DISPATCH_SLUG =
  'pentagon-says-allied-air-defences-will-reach-the-front-before-winter';

/** Published dispatches, newest first. */
export const DEMO_DISPATCHES: DemoDispatch[] = [
  {
    slug: 'bank-of-england-surprises-markets-with-half-point-interest-rate-cut',
    headline: 'Bank of England Surprises Markets With Half-Point Interest Rate Cut',
    standfirst:
      'The Monetary Policy Committee voted 6-3 to lower Bank Rate after inflation fell faster than forecast. Sterling dropped against the dollar and the euro.',
    dateline: 'London',
    section: 'economy',
    tags: ['central-banks', 'inflation'],
    author: 'editor',
    priority: 'urgent',
    hoursAgo: 1,
    body: [
      {
        p: "The Bank of England cut interest rates by half a percentage point, a larger reduction than most economists had expected, citing a faster-than-forecast fall in inflation, Dateline's London bureau reports.",
      },
      {
        p: 'The Monetary Policy Committee voted six to three to lower Bank Rate, with the three dissenting members favouring a quarter-point cut, the central bank said in a statement. "The disinflation process has made substantial progress," the statement said.',
      },
      {
        quote:
          'We are confident enough in the outlook to move more decisively, but we will not hesitate to change course if the data require it.',
      },
      {
        p: 'The bank\'s new forecasts show inflation returning to its 2 percent target "within the next year", the governor told a news conference, adding that the labour market had cooled.',
      },
      {
        quote:
          'This is not the start of a rush to cheap money. Each decision will be taken meeting by meeting.',
      },
      {
        p: 'Sterling fell about 0.8 percent against the dollar after the announcement, according to market data. The decision is "a clear signal that the bank now sees weak growth as the bigger risk", the chief economist at a London investment bank said.',
      },
      {
        p: 'Lower rates would "bring relief to households and businesses", a Treasury spokesperson said, adding that the government fully respected the bank\'s independence.',
      },
    ],
  },
  {
    slug: 'ukraine-says-air-defences-downed-most-drones-in-overnight-attack-on-energy-sites',
    headline: 'Ukraine Says Air Defences Downed Most Drones in Overnight Attack on Energy Sites',
    standfirst:
      'The air force said dozens of drones and several missiles targeted power and gas facilities in at least four regions. Grid operators announced emergency outages.',
    dateline: 'Kyiv',
    section: 'security',
    tags: ['air-defence', 'gas'],
    author: 'correspondent2',
    priority: 'urgent',
    hoursAgo: 4,
    body: [
      {
        p: "Ukraine's air defences intercepted most of the drones and missiles launched overnight at energy facilities across the country, though several power and gas sites were damaged, the air force said, Dateline's correspondent in Kyiv reports.",
      },
      {
        p: 'The air force said in a statement that 84 of 97 drones and five of seven cruise missiles had been shot down or jammed. "Mobile fire groups worked through the night," an air force spokesperson said.',
      },
      {
        quote:
          'The main targets were once again power generation and gas production. The aim is to leave people without heat before winter.',
      },
      {
        p: 'Emergency outages were introduced in four regions while repair crews assessed the damage, the energy ministry said. "Restoration work has begun wherever security conditions allow," a ministry spokesperson said.',
      },
      {
        p: 'The state gas company said two of its production facilities had been hit and that output would be reduced "for a limited period" without affecting supplies to households.',
      },
      {
        quote:
          'We have enough gas in storage to get through the heating season, but every attack makes the task harder.',
      },
      {
        p: 'Three people were injured by falling debris, regional authorities said. A senior presidential adviser said the attack showed the need for "more air defence systems, delivered faster".',
      },
    ],
  },
  {
    slug: 'nato-holds-emergency-consultations-after-drone-crashes-on-allied-territory',
    headline: 'NATO Holds Emergency Consultations After Drone Crashes on Allied Territory',
    standfirst:
      "Ambassadors met at the alliance's Brussels headquarters after a drone came down in farmland near the eastern border. No casualties were reported.",
    dateline: 'Brussels',
    section: 'security',
    tags: ['nato', 'air-defence', 'diplomacy'],
    author: 'correspondent2',
    priority: 'flash',
    hoursAgo: 9,
    body: [
      {
        p: "NATO ambassadors held emergency consultations at the alliance's headquarters after an eastern member state reported that a military drone had crashed on its territory, Dateline's Brussels bureau reports.",
      },
      {
        p: 'A NATO spokesperson said the meeting had been requested under the alliance\'s consultation procedures and that allies had "expressed strong solidarity" with the member state concerned.',
      },
      {
        quote:
          'Allies are united in condemning this reckless violation of allied airspace, and we are assessing the facts together.',
      },
      {
        p: 'The drone entered national airspace from the east and came down in farmland about 20 kilometres inside the border, military officials from the affected country told reporters. "There were no casualties and no damage to civilian infrastructure," a defence ministry spokesperson said.',
      },
      {
        p: 'A senior alliance diplomat said the investigation would focus on whether the incursion was deliberate, adding that "nothing is being ruled out at this stage".',
      },
      { quote: 'We will take every step necessary to protect every inch of allied territory.' },
      {
        p: 'NATO has stepped up air policing patrols along the eastern flank and allied fighter jets were scrambled during the incident, the spokesperson said. Further consultations are expected "in the coming days", the spokesperson added.',
      },
    ],
  },
  {
    slug: 'gas-flows-to-europe-halted-after-fire-at-caspian-compressor-station',
    headline: 'Gas Flows to Europe Halted After Fire at Caspian Compressor Station',
    standfirst:
      'The operator shut the pipeline system as a precaution and said there were no casualties. Supplies to Turkey and southern Europe were interrupted.',
    dateline: 'Baku',
    section: 'energy',
    tags: ['gas'],
    author: 'correspondent2',
    priority: 'flash',
    hoursAgo: 13,
    body: [
      {
        p: "Natural gas flows through the pipeline system carrying Caspian gas to Turkey and southern Europe were halted after a fire broke out at a compressor station in Azerbaijan, the operator said, Dateline's correspondent in Baku reports.",
      },
      {
        p: 'The fire was brought under control within three hours and "there were no casualties", the pipeline operator said in a statement. Flows were stopped as a precaution while engineers inspected the site, it said.',
      },
      {
        quote:
          'Safety is our first priority. Flows will resume only when we are certain the system is secure.',
      },
      {
        p: 'The cause of the fire is under investigation and "there is no indication of external interference", a spokesperson for Azerbaijan\'s energy ministry told reporters.',
      },
      {
        p: 'Transmission operators in Turkey and Greece said they were drawing on storage and alternative supplies. "Customers should not notice any disruption in the short term," a spokesperson for the Greek gas system operator said.',
      },
      {
        quote:
          'Our storage levels are comfortable, and we have activated contingency arrangements with neighbouring systems.',
      },
      {
        p: 'European benchmark gas prices rose 9 percent in early trading, according to market data. The Commission is "monitoring the situation closely" with member states, a European Commission spokesperson said.',
      },
    ],
  },
  {
    slug: 'senate-passes-stopgap-funding-bill-hours-before-government-shutdown-deadline',
    headline: 'Senate Passes Stopgap Funding Bill Hours Before Government Shutdown Deadline',
    standfirst:
      'The measure keeps federal agencies funded for seven weeks and now goes to the White House to be signed. Lawmakers remain divided over full-year spending levels.',
    dateline: 'Washington D.C.',
    section: 'politics',
    tags: ['budget'],
    author: 'correspondent',
    priority: 'urgent',
    hoursAgo: 20,
    body: [
      {
        p: "The U.S. Senate passed a short-term spending bill late in the evening, hours before federal funding was due to lapse, averting a partial government shutdown, Dateline's Washington correspondent reports.",
      },
      {
        p: 'The measure passed by 71 votes to 27 and extends current funding levels for seven weeks, according to the Senate clerk. "We have bought ourselves time, and we must not waste it," the Senate majority leader said on the floor.',
      },
      {
        quote:
          'Nobody wins a shutdown. Not the workers, not the families who depend on these services, and not this institution.',
      },
      { h2: 'What the stopgap bill includes' },
      {
        list: [
          'Funding for federal agencies at current levels for seven weeks',
          'Disaster relief money for states hit by recent storms',
          'Short-term extensions of several expiring health programmes',
        ],
      },
      {
        p: 'The bill does not include new money for border security, which some lawmakers had demanded, a senior Senate aide said.',
      },
      {
        p: 'The Senate minority leader said the party had backed the bill "to keep the lights on" but would oppose any full-year package that cut domestic programmes.',
      },
      { quote: 'This is a pause, not a solution. The hard negotiations start tomorrow.' },
      {
        p: 'The House of Representatives approved the measure earlier in the day, a House leadership aide said. A White House spokesperson said the bill would be signed "as soon as it arrives".',
      },
    ],
  },
  {
    slug: 'eu-adopts-new-sanctions-package-targeting-shadow-fleet-tankers',
    headline: 'EU Adopts New Sanctions Package Targeting Shadow Fleet Tankers',
    standfirst:
      'The measures add dozens of vessels to a port-access ban and tighten reporting of ship-to-ship transfers. Diplomats from some member states said the bloc should move faster.',
    dateline: 'Brussels',
    section: 'world',
    tags: ['sanctions'],
    author: 'correspondent2',
    priority: 'routine',
    hoursAgo: 26,
    body: [
      {
        p: "European Union governments adopted a new package of sanctions against Russia aimed at tankers that carry oil in breach of a Western price cap, Dateline's Brussels bureau reports.",
      },
      {
        p: 'The package adds 45 vessels to a list of ships barred from EU ports and from receiving EU services, the Council of the EU said in a statement. The measures will "raise the cost of evasion", the EU\'s foreign policy chief said.',
      },
      {
        quote:
          'These ships are old, poorly insured and a danger to our coastlines, as well as a source of revenue for the war.',
      },
      {
        p: 'The package also tightens reporting requirements for ship-to-ship transfers in EU waters and adds several companies in third countries accused of supplying military-use components, EU diplomats said.',
      },
      {
        p: 'A diplomat from a Baltic member state called the package "necessary but not sufficient" and urged the bloc to act faster. "Every package takes months. The shadow fleet adapts in weeks," the diplomat said.',
      },
      { quote: 'We will continue to increase the pressure for as long as it takes.' },
      {
        p: 'Moscow has repeatedly described Western sanctions as illegal, a position restated by a Kremlin spokesperson after the previous package was adopted.',
      },
    ],
  },
  {
    slug: 'pentagon-says-allied-air-defences-will-reach-the-front-before-winter',
    headline: 'Pentagon Says Allied Air Defences Will Reach the Front Before Winter',
    standfirst:
      'A senior defence official said interceptors, radars and launchers pledged by allies are on schedule, as Washington announced a new $450 million security package.',
    dateline: 'Washington D.C.',
    section: 'security',
    tags: ['air-defence', 'nato', 'defence-spending'],
    author: 'correspondent',
    priority: 'urgent',
    hoursAgo: 30,
    body: [
      {
        p: "A senior defence official briefing reporters at the Pentagon said air defence systems pledged by allies in recent months would be deployed along the front before winter, as Washington announced a new $450 million security package, Dateline's Washington correspondent reports.",
      },
      {
        p: 'The official, who spoke on condition of anonymity under ground rules set by the Department of Defense, said the package would include interceptor missiles, radar spare parts and mobile launchers drawn from existing U.S. stocks. "The bulk of it is already in Europe," the official said.',
      },
      { quote: 'We are moving these systems as fast as the factories and the runways allow.' },
      {
        p: 'Two medium-range batteries supplied by European allies had completed crew training and a third would follow "within weeks", the official said, adding that deliveries were being sequenced to protect power plants and substations first.',
      },
      { h2: 'What the new package includes' },
      {
        list: [
          'Interceptor missiles for medium-range air defence batteries',
          'Counter-drone guns and electronic warfare equipment',
          'Spare parts and maintenance support for radars already in service',
          'Artillery ammunition and demolition munitions',
        ],
      },
      {
        quote:
          'Every battery that arrives before the cold sets in is a battery protecting a power station when it matters most.',
      },
      {
        p: 'The Pentagon press secretary told a separate briefing that the package brought U.S. security assistance announced this year to more than $6 billion, and that the department was "in daily contact" with allied capitals over delivery schedules.',
      },
      {
        quote:
          'The commitment from this department has not changed. The systems that have been promised will arrive, and they will arrive on time.',
      },
      {
        p: 'Asked whether production bottlenecks could push interceptor deliveries into next year, the senior defence official said manufacturers had added shifts and that output of some missiles had "roughly doubled" over the past 18 months.',
      },
    ],
  },
  {
    slug: 'federal-reserve-holds-rates-steady-and-signals-patience-on-further-cuts',
    headline: 'Federal Reserve Holds Rates Steady and Signals Patience on Further Cuts',
    standfirst:
      'Policymakers left the benchmark rate unchanged and said they wanted more evidence that inflation is slowing. Two officials dissented in favour of a cut.',
    dateline: 'Washington D.C.',
    section: 'economy',
    tags: ['central-banks', 'inflation'],
    author: 'correspondent',
    priority: 'urgent',
    hoursAgo: 45,
    body: [
      {
        p: "The U.S. Federal Reserve left its benchmark interest rate unchanged and signalled it was in no hurry to resume cutting borrowing costs, Dateline's Washington correspondent reports.",
      },
      {
        p: 'The Federal Open Market Committee kept the federal funds rate in a range of 4.25 percent to 4.50 percent, noting that inflation "remains somewhat elevated", the central bank said in a statement. Two voting members dissented in favour of a quarter-point cut.',
      },
      {
        quote:
          'We are well positioned to wait for greater clarity before adjusting our policy stance.',
      },
      {
        p: 'The labour market remained "solid" and the committee wanted to see several more months of data before acting, the Fed chair told reporters after the two-day meeting.',
      },
      {
        quote:
          'We do not want to declare victory too early. The last mile of getting inflation back to 2 percent has proved to be the hardest.',
      },
      {
        p: 'Policymakers\' updated projections showed a median expectation of two rate cuts by the end of next year, according to documents released with the statement. "The message is clear: patience," an economist at a New York bank said.',
      },
      {
        p: "Stocks gave up earlier gains after the decision, market data showed. A White House spokesperson said the administration respected the central bank's independence and declined to comment on the decision itself.",
      },
    ],
  },
  {
    slug: 'nato-opens-largest-air-defence-exercise-in-the-baltic-region-in-a-decade',
    headline: 'NATO Opens Largest Air Defence Exercise in the Baltic Region in a Decade',
    standfirst:
      'More than 60 aircraft and ground-based air defence units from 14 allies are taking part in two weeks of drills. Officials say the exercise tests how quickly allies can reinforce the eastern flank.',
    dateline: 'Brussels',
    section: 'security',
    tags: ['nato', 'air-defence'],
    author: 'correspondent2',
    priority: 'routine',
    hoursAgo: 52,
    body: [
      {
        p: "NATO launched a two-week air defence exercise over the Baltic region involving more than 60 aircraft and ground units from 14 allies, the largest such drills in the area for a decade, Dateline's Brussels bureau reports.",
      },
      {
        p: 'A spokesperson for NATO\'s Allied Air Command said the exercise would test "how quickly we can deploy, connect and defend" and would include live-fire phases at ranges in two member states.',
      },
      {
        quote:
          'This is about proving that an attack on one part of the alliance can be met within hours by the capabilities of all of us.',
      },
      { h2: 'Key elements of the exercise' },
      {
        list: [
          'Rapid redeployment of fighter squadrons to dispersed airfields',
          'Linking ground-based air defence batteries from several allies into one network',
          'Counter-drone trials using electronic warfare and interceptor drones',
          'Air-to-air refuelling over the Baltic Sea',
        ],
      },
      {
        p: 'A senior alliance military officer told reporters the drills were "defensive in nature and not directed at any country", adding that neighbouring states had been notified in line with international commitments.',
      },
      {
        quote:
          'The lesson of recent years is that air defence is not a niche capability. It is the shield that makes everything else possible.',
      },
      {
        p: 'Defence ministers of the host nations said in a joint statement that the exercise demonstrated "the credibility of allied deterrence" on the eastern flank.',
      },
    ],
  },
  {
    slug: 'un-security-council-extends-cyprus-peacekeeping-mission-for-another-year',
    headline: 'UN Security Council Extends Cyprus Peacekeeping Mission for Another Year',
    standfirst:
      'The resolution passed unanimously and calls on both sides to avoid actions that could raise tensions along the buffer zone. Diplomats said informal reunification contacts remain stalled.',
    dateline: 'New York',
    section: 'world',
    tags: ['diplomacy'],
    author: 'correspondent',
    priority: 'routine',
    hoursAgo: 60,
    body: [
      {
        p: "The UN Security Council voted unanimously to extend the mandate of its peacekeeping force in Cyprus for another 12 months, Dateline's correspondent in New York reports.",
      },
      {
        p: 'The resolution urges both communities on the island to avoid "unilateral actions that could raise tensions" along the UN-controlled buffer zone, according to the text adopted by the council\'s 15 members.',
      },
      {
        p: 'The renewal sends "a clear signal of continued support" for the mission, Britain\'s deputy ambassador to the United Nations told the council.',
      },
      {
        quote:
          'The buffer zone is quiet because the peacekeepers are there. Nobody should take that calm for granted.',
      },
      {
        p: 'The mission, which numbers about 800 military personnel and several dozen police officers, will continue to support "crossing points and joint cultural heritage work", the spokesperson for the UN secretary-general said.',
      },
      {
        p: 'Informal contacts on reunification have made little progress, diplomats said. "There is goodwill at the technical level but no breakthrough on the big questions," a council diplomat said.',
      },
      {
        quote:
          'A settlement can only come from the Cypriots themselves. The United Nations can help, but it cannot decide for them.',
      },
      {
        p: "The force was first deployed in 1964 and is one of the UN's longest-running peacekeeping operations, according to the United Nations.",
      },
    ],
  },
  {
    slug: 'eu-leaders-clash-over-size-of-next-long-term-budget-ahead-of-summit',
    headline: 'EU Leaders Clash Over Size of Next Long-Term Budget Ahead of Summit',
    standfirst:
      'Net contributors want spending capped while southern and eastern members push for more money for regions and defence. Diplomats expect no deal before next year.',
    dateline: 'Brussels',
    section: 'politics',
    tags: ['budget', 'diplomacy'],
    author: 'correspondent2',
    priority: 'routine',
    hoursAgo: 72,
    body: [
      {
        p: "European Union governments remain deeply divided over the size of the bloc's next seven-year budget, diplomats said ahead of a summit of EU leaders, Dateline's Brussels bureau reports.",
      },
      {
        p: 'A group of net contributor countries wants total spending held at around 1 percent of the bloc\'s gross national income, a senior EU diplomat said. "There is no appetite in our capitals for a bigger bill," the diplomat said.',
      },
      {
        quote:
          'We cannot ask taxpayers to pay more while national budgets are under this much pressure.',
      },
      {
        p: 'Officials from several southern and eastern member states argued that new priorities, including defence and support for Ukraine, could not be funded by cutting farm and regional aid. "You cannot finance new ambitions with old money," one official said.',
      },
      { quote: 'Cohesion is not charity. It is what holds the single market together.' },
      {
        p: 'A European Commission spokesperson said the Commission\'s proposal was "balanced and realistic" and urged leaders to engage on substance rather than "headline numbers".',
      },
      {
        p: 'Leaders are expected to hold only an initial exchange at the summit, with detailed negotiations likely to run well into next year, diplomats said. Any agreement requires unanimity among the 27 member states and the consent of the European Parliament, an EU official noted.',
      },
    ],
  },
  {
    slug: 'eu-gas-storage-reaches-90-percent-target-weeks-ahead-of-heating-season',
    headline: 'EU Gas Storage Reaches 90 Percent Target Weeks Ahead of Heating Season',
    standfirst:
      'Industry data show storage facilities across the bloc are more than nine-tenths full. Officials warned that a cold winter could still strain supplies.',
    dateline: 'Brussels',
    section: 'energy',
    tags: ['gas', 'climate'],
    author: 'correspondent2',
    priority: 'routine',
    hoursAgo: 75,
    body: [
      {
        p: "Gas storage facilities in the European Union have reached the bloc's target of 90 percent of capacity weeks ahead of the deadline, according to industry data, Dateline's Brussels bureau reports.",
      },
      {
        p: 'The milestone shows that member states have "learned the lessons" of the energy crisis, the European Commission\'s energy spokesperson said. "Storage is our insurance policy for winter," the spokesperson said.',
      },
      {
        quote: 'We enter the winter well prepared, but preparation is not the same as complacency.',
      },
      {
        p: 'Storage levels ranged from about 80 percent in some central European countries to above 95 percent in others, according to data published by Gas Infrastructure Europe.',
      },
      {
        p: 'The bloc\'s reliance on liquefied natural gas imports leaves prices exposed to global demand, analysts said. "A cold snap in Asia can move prices in Europe overnight," an energy analyst at a Brussels think tank said.',
      },
      {
        quote:
          'Full storage gets you through the first half of winter. The second half depends on the weather and on LNG cargoes.',
      },
      {
        p: 'The Commission will monitor storage withdrawals weekly and governments should keep demand-reduction measures "ready to activate if needed", the spokesperson said.',
      },
    ],
  },
  {
    slug: 'us-sanctions-network-accused-of-supplying-components-for-military-drones',
    headline: 'U.S. Sanctions Network Accused of Supplying Components for Military Drones',
    standfirst:
      'The State Department and the Treasury designated 18 companies in five countries. Officials said the firms shipped electronics that ended up in drones used against civilian targets.',
    dateline: 'Washington D.C.',
    section: 'world',
    tags: ['sanctions'],
    author: 'correspondent',
    priority: 'routine',
    hoursAgo: 88,
    body: [
      {
        p: "The United States imposed sanctions on 18 companies in five countries accused of supplying electronic components for military drones, the State Department said, Dateline's Washington correspondent reports.",
      },
      {
        p: 'The firms shipped microelectronics, navigation modules and small engines through front companies in third countries, the State Department and the Treasury said in a joint statement. "These networks exist to disguise the final destination," a State Department spokesperson said.',
      },
      {
        quote:
          'We will continue to expose and disrupt every supply chain that keeps these weapons in production.',
      },
      {
        p: 'Several of the companies had been set up within the past year, often at the same addresses as previously sanctioned firms, a senior Treasury official told reporters.',
      },
      {
        quote:
          'When one front company is shut down, another appears at the same address. Our job is to move faster than they can.',
      },
      {
        p: 'The sanctions freeze any U.S. assets held by the companies and bar Americans from dealing with them, the Treasury said. Foreign banks that facilitate "significant transactions" for the firms could also face penalties, the statement added.',
      },
      {
        p: 'Washington had shared information about the network with allies and expected "coordinated action" by partners in Europe and Asia, the State Department spokesperson said.',
      },
    ],
  },
  {
    slug: 'european-parliament-approves-overhaul-of-asylum-screening-at-external-borders',
    headline: 'European Parliament Approves Overhaul of Asylum Screening at External Borders',
    standfirst:
      'The rules set deadlines for identity and security checks and create a faster procedure for some applicants. Opponents say they weaken protections for vulnerable people.',
    dateline: 'Strasbourg',
    section: 'politics',
    tags: ['migration'],
    author: 'correspondent2',
    priority: 'routine',
    hoursAgo: 98,
    body: [
      {
        p: "The European Parliament approved new rules for screening asylum seekers at the European Union's external borders, clearing one of the last hurdles for a reform debated for years, Dateline's correspondent in Strasbourg reports.",
      },
      {
        p: 'The regulation passed by 322 votes to 266 with 31 abstentions, according to the parliament\'s official record. The vote showed that the EU "can act together on migration", the lawmaker who steered the text through parliament told reporters.',
      },
      {
        quote:
          'For the first time, every person arriving irregularly will go through the same checks, in the same time frame, wherever they arrive.',
      },
      {
        p: 'Identity, health and security checks will have to be completed within seven days, and applicants from countries with low recognition rates will go through an accelerated procedure, a European Commission spokesperson said.',
      },
      {
        p: 'Several human rights groups criticised the reform. The rules risk "detaining families at the border in conditions that are not fit for children", a spokesperson for a refugee advocacy organisation said.',
      },
      { quote: 'Speed must never come at the expense of a fair hearing.' },
      {
        p: 'The text must now be formally endorsed by member states, which officials said was expected to be a formality. National authorities will have two years to apply the rules, the Commission spokesperson said.',
      },
    ],
  },
  {
    slug: 'azerbaijan-and-armenia-resume-border-demarcation-talks-after-three-month-pause',
    headline: 'Azerbaijan and Armenia Resume Border Demarcation Talks After Three-Month Pause',
    standfirst:
      'Government commissions from the two countries met and agreed a schedule of technical work. Both sides described the meeting as constructive.',
    dateline: 'Baku',
    section: 'region',
    tags: ['diplomacy'],
    author: 'correspondent2',
    priority: 'routine',
    hoursAgo: 110,
    body: [
      {
        p: "Government commissions from Azerbaijan and Armenia resumed talks on demarcating their shared border after a pause of three months, the two countries' foreign ministries said, Dateline's correspondent in Baku reports.",
      },
      {
        p: 'The commissions agreed on "a schedule of technical work" for the next section of the frontier, according to a joint statement, which said maps from the Soviet era would serve as a reference.',
      },
      {
        quote:
          'Every kilometre we agree on is a kilometre where there will be no dispute tomorrow.',
      },
      {
        p: 'The talks were held "in a constructive and businesslike atmosphere", a spokesperson for Azerbaijan\'s foreign ministry told reporters. An Armenian government spokesperson used similar language in a separate statement.',
      },
      { quote: 'The process is slow and technical, but it is moving in the right direction.' },
      {
        p: 'The resumption is "an important signal" ahead of further talks on a peace agreement, a senior Western diplomat in Baku said. The next round is scheduled for next month, according to the joint statement.',
      },
    ],
  },
  {
    slug: 'euro-zone-inflation-eases-more-than-expected-as-energy-prices-fall',
    headline: 'Euro Zone Inflation Eases More Than Expected as Energy Prices Fall',
    standfirst:
      'Annual consumer price growth slowed to 2.1 percent, according to a flash estimate from Eurostat. Services inflation remained stubbornly high.',
    dateline: 'Brussels',
    section: 'economy',
    tags: ['inflation', 'central-banks'],
    author: 'correspondent2',
    priority: 'routine',
    hoursAgo: 120,
    body: [
      {
        p: "Inflation in the euro zone slowed more than expected, bringing it close to the European Central Bank's 2 percent target, according to a flash estimate from the EU statistics office, Dateline's Brussels bureau reports.",
      },
      {
        p: 'Consumer prices rose 2.1 percent year-on-year, down from 2.4 percent the previous month, Eurostat said. Economists polled in advance had expected a reading of 2.3 percent.',
      },
      {
        quote:
          'The energy component is doing most of the work. Underlying price pressure has not gone away.',
      },
      {
        p: 'Energy prices fell 3.5 percent from a year earlier, while services inflation held at 3.8 percent, Eurostat data showed. "Services remain the sticky part of the basket," a senior euro zone economist at a Frankfurt bank said.',
      },
      {
        p: 'An ECB policymaker told a conference in Brussels that the data were "encouraging" but cautioned against reading too much into a single month.',
      },
      {
        quote:
          'One good number does not make a trend. We need to see wage growth moderate further before we can be confident.',
      },
      {
        p: "Falling inflation should support household spending in the coming months, a European Commission spokesperson said. The ECB's governing council next meets in six weeks, according to the central bank's calendar.",
      },
    ],
  },
  {
    slug: 'us-energy-department-approves-export-permits-for-two-new-lng-terminals',
    headline: 'U.S. Energy Department Approves Export Permits for Two New LNG Terminals',
    standfirst:
      'The Gulf Coast projects could ship a combined 30 million tonnes a year. Environmental groups said they would challenge the decision in court.',
    dateline: 'Washington D.C.',
    section: 'energy',
    tags: ['gas', 'trade'],
    author: 'correspondent',
    priority: 'routine',
    hoursAgo: 125,
    body: [
      {
        p: "The U.S. Department of Energy approved export permits for two liquefied natural gas terminals on the Gulf Coast, clearing the way for a further expansion of American LNG shipments abroad, Dateline's Washington correspondent reports.",
      },
      {
        p: 'The projects could export a combined 30 million tonnes a year once fully operational, the department said in a statement. The approvals will "strengthen allies\' energy security" and support jobs, the energy secretary said.',
      },
      {
        quote:
          'Our allies have told us clearly that they want American gas. These approvals help make sure they can count on it.',
      },
      {
        p: 'The permits allow exports to countries that do not have a free trade agreement with the United States, including most of Europe and Asia, a senior Energy Department official told reporters.',
      },
      {
        p: 'Environmental groups said they would challenge the decision in court. "These terminals will lock in decades of emissions," a lawyer for a national environmental organisation said.',
      },
      {
        quote:
          'The department has ignored its own analysis of the climate and local health impacts.',
      },
      {
        p: 'The developers expect to take final investment decisions within a year, the companies said in statements, adding that European buyers had signed long-term agreements for part of the planned output.',
      },
    ],
  },
  {
    slug: 'house-panel-advances-defence-bill-with-record-funding-for-munitions-production',
    headline: 'House Panel Advances Defence Bill With Record Funding for Munitions Production',
    standfirst:
      'The measure would set aside billions of dollars to expand factories for missiles and artillery shells. It now heads to the full House of Representatives.',
    dateline: 'Washington D.C.',
    section: 'security',
    tags: ['defence-spending', 'budget'],
    author: 'correspondent',
    priority: 'routine',
    hoursAgo: 140,
    body: [
      {
        p: "The House Armed Services Committee approved its annual defence policy bill after a marathon session, backing a sharp increase in funding to expand munitions production, Dateline's Washington correspondent reports.",
      },
      {
        p: 'The bill would authorise about $25 billion over five years for multiyear munitions contracts, the committee chair said, arguing that industry needed "stable demand signals" to invest in new production lines.',
      },
      {
        quote:
          'For too long we have ordered weapons one year at a time and then wondered why the factories could not keep up.',
      },
      {
        p: 'The committee\'s ranking member backed the munitions provisions but warned that the bill "does not yet answer how we pay for it", and said amendments on budget offsets would be offered on the House floor.',
      },
      {
        quote:
          'Nobody here disputes that the stockpiles need rebuilding. The question is whether we are willing to be honest about the cost.',
      },
      {
        p: 'The bill cleared the committee by 55 votes to 4, according to a committee statement. A Pentagon spokesperson said the department welcomed "the strong bipartisan support for the industrial base".',
      },
      {
        p: 'The Senate Armed Services Committee is expected to take up its own version of the legislation in the coming weeks, a committee aide said.',
      },
    ],
  },
  {
    slug: 'wall-street-rallies-as-cooler-inflation-data-revive-hopes-of-rate-cuts',
    headline: 'Wall Street Rallies as Cooler Inflation Data Revive Hopes of Rate Cuts',
    standfirst:
      'The S&P 500 rose 1.4 percent after consumer prices increased less than forecast. Treasury yields fell across maturities.',
    dateline: 'New York',
    section: 'economy',
    tags: ['inflation', 'central-banks'],
    author: 'correspondent',
    priority: 'routine',
    hoursAgo: 150,
    body: [
      {
        p: "U.S. stocks rallied after government data showed consumer prices rose less than expected, reviving investor hopes that the Federal Reserve could lower interest rates in the coming months, Dateline's correspondent in New York reports.",
      },
      {
        p: 'The consumer price index rose 0.1 percent from the previous month, the Labor Department said, below the 0.3 percent forecast by economists. "It is the cleanest inflation report we have had in a while," a chief market strategist at a New York brokerage said.',
      },
      {
        quote:
          'Markets have been waiting for permission to believe in rate cuts. This report gave them some.',
      },
      {
        p: 'The S&P 500 closed 1.4 percent higher and the Nasdaq Composite gained 2 percent, according to exchange data. The yield on the 10-year Treasury note fell to its lowest level in two months, market data showed.',
      },
      {
        p: 'The report was "welcome news", a Federal Reserve official said at an event in New York, but policymakers needed "a run of good data, not a single month".',
      },
      { quote: 'We have been fooled before by a soft month followed by a hot one.' },
      {
        p: 'Traders increased bets on a rate cut at the Fed\'s next meeting, according to futures market data. "The bar for a cut just got lower," a portfolio manager at a Boston asset management firm said.',
      },
    ],
  },
  {
    slug: 'ukraine-opens-upgraded-rail-link-to-moldova-to-speed-grain-exports',
    headline: 'Ukraine Opens Upgraded Rail Link to Moldova to Speed Grain Exports',
    standfirst:
      'The European-gauge line lets wagons travel to Romanian ports without changing wheels. Officials expect it to carry up to 1.5 million tonnes of freight a year.',
    dateline: 'Kyiv',
    section: 'region',
    tags: ['trade'],
    author: 'correspondent2',
    priority: 'routine',
    hoursAgo: 165,
    body: [
      {
        p: "Ukraine opened an upgraded rail connection to Moldova built to European track gauge, allowing grain wagons to reach Romanian ports without stopping to change wheels, the infrastructure ministry said, Dateline's correspondent in Kyiv reports.",
      },
      {
        p: 'The line can carry up to 1.5 million tonnes of freight a year, the ministry said. "This is one more route that does not depend on the situation at sea," a ministry spokesperson said.',
      },
      { quote: 'Every new route gives farmers another way to get their harvest to market.' },
      {
        p: 'The project was partly financed by EU funds and completed in 14 months, Ukraine\'s state railway operator said. The bloc will "continue investing in connections that bind Ukraine to the European network", a spokesperson for the EU delegation in Kyiv said.',
      },
      {
        p: "The line will also carry passenger trains from next year, Moldova's infrastructure ministry said in a statement.",
      },
      { quote: 'Rail is how we connect our economies in practice, not just on paper.' },
      {
        p: 'Agricultural exporters welcomed the opening but said capacity at border crossings remained a bottleneck. "The track is ready; now the customs procedures must keep pace," a representative of a Ukrainian grain traders\' association said.',
      },
    ],
  },
  {
    slug: 'house-committee-subpoenas-voting-equipment-makers-in-election-security-inquiry',
    headline: 'House Committee Subpoenas Voting Equipment Makers in Election Security Inquiry',
    standfirst:
      'Lawmakers are seeking records from three vendors after a federal audit found gaps in software patching. The companies say they are cooperating.',
    dateline: 'Washington D.C.',
    section: 'politics',
    tags: ['elections', 'cybersecurity'],
    author: 'correspondent',
    priority: 'routine',
    hoursAgo: 175,
    body: [
      {
        p: "A House committee issued subpoenas to three voting equipment vendors as part of an inquiry into the security of election systems, committee officials said, Dateline's Washington correspondent reports.",
      },
      {
        p: 'The panel is seeking records on software updates and vulnerability disclosures after a federal audit found that some county systems were "running outdated code", the committee chair said in a statement.',
      },
      {
        quote:
          'Voters deserve to know that the machines counting their ballots are protected against the threats we know exist.',
      },
      {
        p: 'The committee\'s ranking member said the inquiry should be "about security, not about relitigating past elections", and called for state election officials to be invited to testify.',
      },
      {
        p: 'A spokesperson for the Cybersecurity and Infrastructure Security Agency said there was "no evidence that any vote was altered" in recent elections, but that the agency continued to help states close security gaps.',
      },
      { quote: 'Election infrastructure is critical infrastructure. Patching it is not optional.' },
      {
        p: 'Two of the vendors said in statements that they were cooperating with the committee. The third did not respond to a request for comment, according to a committee aide.',
      },
    ],
  },
  {
    slug: 'north-sea-pipeline-maintenance-to-cut-norwegian-gas-flows-to-britain',
    headline: 'North Sea Pipeline Maintenance to Cut Norwegian Gas Flows to Britain',
    standfirst:
      "Annual work on a major export line and a processing plant will reduce capacity. Britain's gas system operator says supplies will remain sufficient.",
    dateline: 'London',
    section: 'energy',
    tags: ['gas'],
    author: 'editor',
    priority: 'routine',
    hoursAgo: 180,
    body: [
      {
        p: "Scheduled maintenance on a major pipeline carrying Norwegian gas to Britain will reduce flows for about two weeks, system operators said, Dateline's London bureau reports.",
      },
      {
        p: 'Work on the pipeline and a processing plant will cut available export capacity by about 40 million cubic metres a day, Norway\'s gas system operator said in a market notice. "The maintenance is planned and routine," a spokesperson for the operator said.',
      },
      {
        quote:
          'We schedule this work in the summer precisely so that it does not coincide with peak demand.',
      },
      {
        p: "Supplies will remain sufficient, with additional LNG cargoes and imports from continental Europe expected to fill the gap, Britain's gas system operator said.",
      },
      {
        p: 'Wholesale gas prices for next-day delivery rose about 4 percent after the notice was published, according to market data. "Traders were expecting it, but the timing is tight with low wind output," an analyst at a London energy consultancy said.',
      },
      {
        quote:
          'The system has plenty of flexibility, but summer maintenance always leaves less margin for surprises.',
      },
      {
        p: "Further maintenance on other parts of the Norwegian network is planned for the autumn, according to the operator's published schedule.",
      },
    ],
  },
  {
    slug: 'europol-leads-takedown-of-ransomware-network-that-targeted-hospitals',
    headline: 'Europol Leads Takedown of Ransomware Network That Targeted Hospitals',
    standfirst:
      'Police in nine countries seized servers and arrested four suspects. Investigators say the group extorted tens of millions of euros from its victims.',
    dateline: 'The Hague',
    section: 'world',
    tags: ['cybersecurity'],
    author: 'correspondent2',
    priority: 'routine',
    hoursAgo: 190,
    body: [
      {
        p: "Police in nine countries dismantled a ransomware network that had attacked hospitals, local governments and manufacturers across Europe, the EU's police agency Europol said, Dateline's correspondent in The Hague reports.",
      },
      {
        p: 'The group extorted "tens of millions of euros" from victims over three years, Europol said in a statement, describing the operation as one of the largest against ransomware this year.',
      },
      {
        quote:
          'Attacking a hospital is not a victimless crime. Operations were postponed and patients were put at risk.',
      },
      { h2: 'The operation in numbers' },
      {
        list: [
          '42 servers seized in six countries',
          'Four suspects arrested',
          'Cryptocurrency worth about 3 million euros frozen',
          'Decryption keys recovered for more than 200 victims',
        ],
      },
      {
        p: 'The operation had been planned for more than a year, and the recovered decryption keys would be shared with victims "free of charge", the head of Europol\'s cybercrime centre told reporters.',
      },
      {
        quote:
          'Criminals think borders protect them. This operation shows that, for us, borders are no longer an obstacle.',
      },
      {
        p: 'Prosecutors in several countries coordinated arrest warrants, a spokesperson for the EU judicial cooperation agency Eurojust said. "Never pay the ransom," Europol urged organisations hit by the group.',
      },
    ],
  },
  {
    slug: 'imf-raises-global-growth-forecast-but-warns-trade-tensions-could-derail-recovery',
    headline: 'IMF Raises Global Growth Forecast but Warns Trade Tensions Could Derail Recovery',
    standfirst:
      'The fund now expects the world economy to grow 3.2 percent this year. Its chief economist said rising trade barriers are the biggest risk to the outlook.',
    dateline: 'Washington D.C.',
    section: 'economy',
    tags: ['trade', 'inflation'],
    author: 'correspondent',
    priority: 'routine',
    hoursAgo: 200,
    body: [
      {
        p: "The International Monetary Fund raised its forecast for global growth this year but warned that rising trade barriers could undermine the recovery, Dateline's Washington correspondent reports.",
      },
      {
        p: 'The IMF expects the world economy to grow 3.2 percent this year, up from 3.0 percent in its previous forecast, according to its latest World Economic Outlook. "Activity has proven more resilient than we feared," the fund\'s chief economist told a news conference.',
      },
      {
        quote:
          'The recovery is real but fragile. A further escalation in trade tensions would hit investment first and jobs soon after.',
      },
      {
        p: 'The fund raised its forecasts for the United States and several large emerging markets while trimming its outlook for the euro zone, according to the report.',
      },
      { h2: 'Main risks identified by the IMF' },
      {
        list: [
          'Escalating tariffs and retaliation between major economies',
          'Renewed inflation pressure forcing central banks to keep rates high',
          "High public debt limiting governments' room to respond to shocks",
          'Volatility in energy and food prices',
        ],
      },
      {
        p: 'Governments should use the period of steadier growth to "rebuild fiscal buffers", the IMF\'s managing director said in a separate speech.',
      },
      { quote: 'Good times are the right time to fix the roof.' },
    ],
  },
  {
    slug: 'georgias-election-commission-sets-date-for-nationwide-municipal-elections',
    headline: "Georgia's Election Commission Sets Date for Nationwide Municipal Elections",
    standfirst:
      'Voters will choose mayors and local councils in every municipality. International observers have been invited to monitor the vote.',
    dateline: 'Tbilisi',
    section: 'region',
    tags: ['elections'],
    author: 'correspondent2',
    priority: 'routine',
    hoursAgo: 215,
    body: [
      {
        p: "Georgia's Central Election Commission set the date for nationwide municipal elections, opening the formal campaign for mayoral and local council races, Dateline's correspondent in Tbilisi reports.",
      },
      {
        p: 'About 3.5 million voters are registered and polling stations will open "in every municipality of the country", the commission said in a statement.',
      },
      {
        quote:
          'Our task is to organise an election that every voter can trust, regardless of whom they support.',
      },
      {
        p: "International observers, including a mission from the OSCE's Office for Democratic Institutions and Human Rights, have been invited to monitor the vote, a commission spokesperson said.",
      },
      {
        p: 'Several opposition parties said they would take part but called for changes to the way election commission members are appointed. "The rules of the game matter as much as the game itself," a spokesperson for one opposition party said.',
      },
      {
        p: 'The European Union will follow the campaign closely, a spokesperson for the EU delegation in Tbilisi said, urging all sides to respect "a level playing field".',
      },
      {
        quote:
          'We expect a campaign in which candidates compete on ideas and citizens can vote freely and without pressure.',
      },
    ],
  },
  {
    slug: 'dutch-navy-joins-allied-patrols-to-protect-north-sea-undersea-cables',
    headline: 'Dutch Navy Joins Allied Patrols to Protect North Sea Undersea Cables',
    standfirst:
      'Two frigates and a survey vessel will monitor pipelines and data cables as part of a NATO-led mission. Officials cite a rise in suspicious activity near offshore infrastructure.',
    dateline: 'The Hague',
    section: 'security',
    tags: ['nato', 'cybersecurity'],
    author: 'correspondent2',
    priority: 'routine',
    hoursAgo: 230,
    body: [
      {
        p: "The Netherlands will deploy two frigates and a hydrographic survey vessel to a NATO-led mission protecting undersea cables and pipelines in the North Sea, the defence ministry said, Dateline's correspondent in The Hague reports.",
      },
      {
        p: 'The ships will join vessels from Belgium, Denmark, Germany and Norway for a mission lasting "at least six months", a defence ministry spokesperson said, with operations coordinated from a regional maritime centre.',
      },
      {
        quote:
          'The energy and data that keep our economy running travel along the seabed. We intend to know who is operating near it.',
      },
      {
        p: 'Authorities had recorded "a clear increase" in vessels loitering near offshore wind farms and cable routes over the past year, the spokesperson said, without attributing the activity to any country.',
      },
      {
        p: 'Operators of offshore infrastructure will be required to share sensor data with the navy under a new agreement, a senior official at the economic affairs ministry said. "Protection starts with knowing what is normal," the official said.',
      },
      {
        quote:
          'Most of what we see turns out to be innocent. But we cannot afford to be surprised by the exception.',
      },
      {
        p: 'NATO\'s maritime command said in a statement that the Dutch contribution would "significantly strengthen" surveillance of critical infrastructure in the region.',
      },
    ],
  },
  {
    slug: 'g7-foreign-ministers-pledge-joint-approach-to-securing-critical-minerals',
    headline: 'G7 Foreign Ministers Pledge Joint Approach to Securing Critical Minerals',
    standfirst:
      'Ministers meeting in London agreed to coordinate investment and stockpiling. Their statement named no country but warned against the use of export restrictions as leverage.',
    dateline: 'London',
    section: 'world',
    tags: ['trade', 'diplomacy'],
    author: 'editor',
    priority: 'routine',
    hoursAgo: 250,
    body: [
      {
        p: "Foreign ministers from the Group of Seven industrialised nations agreed to coordinate efforts to secure supplies of critical minerals used in batteries, electronics and defence equipment, Dateline's London bureau reports.",
      },
      {
        p: 'The ministers pledged to "work together to diversify supply chains and reduce excessive dependencies", according to a joint statement issued at the end of two days of talks. The statement did not name any country.',
      },
      {
        p: 'The group would study "joint stockpiles and shared investment in processing capacity", Britain\'s foreign secretary, who hosted the meeting, told a closing news conference.',
      },
      {
        quote:
          "No country should be able to bring the world's factories to a halt by restricting exports of a single mineral.",
      },
      {
        p: 'Washington welcomed the commitments but wanted "concrete projects, not just communiques", a senior State Department official said, adding that development banks could co-finance mines and refineries in partner countries.',
      },
      {
        quote:
          'The world has plenty of these minerals in the ground. What it lacks is diversified capacity to process them.',
      },
      {
        p: 'The ministers also discussed support for Ukraine and the situation in the Middle East, the statement said. The next ministerial meeting will focus on "economic security in all its dimensions", a Japanese foreign ministry spokesperson said.',
      },
    ],
  },
  {
    slug: 'canadian-parliament-votes-to-extend-federal-rental-housing-loan-programme',
    headline: 'Canadian Parliament Votes to Extend Federal Rental Housing Loan Programme',
    standfirst:
      'The measure adds billions of dollars in low-cost lending for builders of rental homes. Provinces and builders have pressed for faster approvals.',
    dateline: 'Ottawa',
    section: 'politics',
    tags: ['budget'],
    author: 'correspondent',
    priority: 'routine',
    hoursAgo: 260,
    body: [
      {
        p: "Canada's House of Commons voted to extend a federal programme that provides low-cost loans for rental housing construction, adding billions of dollars in new lending capacity, Dateline's correspondent in Ottawa reports.",
      },
      {
        p: 'The bill passed by 198 votes to 131, according to the Commons record. The extension will support "tens of thousands of new rental units" over the next four years, the housing minister said.',
      },
      {
        quote:
          'Canadians are not asking for slogans. They are asking for homes they can afford, and that means building more of them, faster.',
      },
      {
        p: 'Opposition lawmakers said the programme had been slow to deliver. "Announcing money is not the same as pouring concrete," the main opposition party\'s housing critic told reporters.',
      },
      {
        quote:
          'Builders tell us the problem is not the loan. It is the years they wait for a permit.',
      },
      {
        p: 'A spokesperson for the Canadian Home Builders\' Association said the extension would "keep projects moving" but urged municipalities to speed up approvals.',
      },
      {
        p: 'The bill now goes to the Senate, which is expected to consider it before the end of the sitting, a government official said.',
      },
    ],
  },
  {
    slug: 'ukraine-and-eu-grid-operators-raise-limit-on-cross-border-electricity-imports',
    headline: 'Ukraine and EU Grid Operators Raise Limit on Cross-Border Electricity Imports',
    standfirst:
      'The increase will let Ukraine import more power from neighbouring EU countries during outages. Officials say it also opens the way for exports in summer.',
    dateline: 'Kyiv',
    section: 'energy',
    tags: ['trade'],
    author: 'correspondent2',
    priority: 'routine',
    hoursAgo: 270,
    body: [
      {
        p: "European grid operators agreed to raise the limit on electricity flows between Ukraine and the European Union, allowing Kyiv to import more power during shortages, Ukraine's energy ministry said, Dateline's correspondent in Kyiv reports.",
      },
      {
        p: 'Cross-border capacity will rise to 2.1 gigawatts from 1.7 gigawatts after a technical review by ENTSO-E, the European network of transmission system operators, the energy ministry said.',
      },
      {
        quote:
          'Every additional megawatt of import capacity is another city district that keeps its lights on during an attack.',
      },
      {
        p: 'The increase followed grid reinforcement work in Ukraine and neighbouring countries and had been assessed as "safe for the interconnected system", ENTSO-E said in a statement.',
      },
      {
        p: 'The higher limit will also allow exports of surplus solar and nuclear power in the summer months, a spokesperson for Ukraine\'s state grid operator said. "The connection works in both directions," the spokesperson said.',
      },
      {
        quote:
          'Integration with the European grid is not just about emergencies. It is about building a normal electricity market.',
      },
      {
        p: 'Import prices will remain a constraint for Ukrainian consumers, energy analysts said. "Capacity is one thing, affordability is another," an analyst at a Kyiv energy think tank said.',
      },
    ],
  },
  {
    slug: 'ukraine-secures-next-imf-loan-tranche-after-fund-completes-programme-review',
    headline: 'Ukraine Secures Next IMF Loan Tranche After Fund Completes Programme Review',
    standfirst:
      'The disbursement of about $900 million will support the state budget and foreign currency reserves. The fund urged further steps to raise tax revenue.',
    dateline: 'Kyiv',
    section: 'economy',
    tags: ['budget'],
    author: 'correspondent2',
    priority: 'routine',
    hoursAgo: 280,
    body: [
      {
        p: "The International Monetary Fund completed its latest review of Ukraine's loan programme, unlocking a disbursement of about $900 million, the fund said, Dateline's correspondent in Kyiv reports.",
      },
      {
        p: 'Ukraine had met "all structural benchmarks" set for the review and its economy was showing "remarkable resilience" despite the war, the head of the IMF mission said in a statement.',
      },
      {
        quote:
          'The authorities have maintained macroeconomic stability under extraordinarily difficult conditions.',
      },
      {
        p: 'The money will go to the state budget to help pay pensions, salaries and social benefits, Ukraine\'s finance ministry said. "Every tranche matters for keeping the state functioning," a finance ministry spokesperson said.',
      },
      {
        p: "Revenue measures remain essential, the IMF said, noting that the government had committed to reducing tax evasion and broadening the tax base in next year's budget.",
      },
      {
        quote:
          'Ukraine will need to rely more on its own revenues as external financing becomes harder to secure.',
      },
      {
        p: 'The disbursement will bolster foreign currency reserves, which are "sufficient to maintain exchange rate stability", the governor of the National Bank of Ukraine told reporters.',
      },
    ],
  },
  {
    slug: 'freight-on-trans-caspian-trade-route-climbs-as-ports-expand-capacity',
    headline: 'Freight on Trans-Caspian Trade Route Climbs as Ports Expand Capacity',
    standfirst:
      'Cargo volumes on the corridor linking China and Europe via Central Asia and the South Caucasus rose by about a third. Logistics firms say ferry crossings remain a bottleneck.',
    dateline: 'Baku',
    section: 'region',
    tags: ['trade'],
    author: 'correspondent2',
    priority: 'routine',
    hoursAgo: 295,
    body: [
      {
        p: "Freight volumes on the trans-Caspian trade route linking China and Europe rose by about a third in the first half of the year, port and rail officials said, Dateline's correspondent in Baku reports.",
      },
      {
        p: 'The Port of Baku handled a record number of containers and a new berth will raise its annual capacity to 25 million tonnes, the port said in a statement. "Demand is growing faster than we expected," a port spokesperson said.',
      },
      {
        quote:
          'Shippers want alternatives. Our job is to make this route faster and more predictable.',
      },
      {
        p: 'Transit times have fallen to about 18 days from more than 30 two years ago after customs procedures were digitised, officials from the Kazakh and Azerbaijani railway companies said.',
      },
      {
        p: 'Ferry capacity across the Caspian Sea remains the main bottleneck, logistics companies said. "Containers can wait days at the port for a vessel," the regional director of a freight forwarding firm said.',
      },
      {
        quote:
          'The corridor works, but it will only compete with the big routes when the ferries run to a timetable.',
      },
      {
        p: "Two new ferries will enter service next year, adding capacity for about 100,000 containers a year, Azerbaijan's transport ministry said.",
      },
    ],
  },
  {
    slug: 'turkey-hosts-talks-with-romania-and-bulgaria-on-black-sea-mine-clearance',
    headline: 'Turkey Hosts Talks With Romania and Bulgaria on Black Sea Mine Clearance',
    standfirst:
      'Naval officials from the three coastal states agreed to add ships to their joint task group. Drifting mines remain a hazard to commercial shipping.',
    dateline: 'Ankara',
    section: 'security',
    tags: ['nato', 'diplomacy'],
    author: 'correspondent2',
    priority: 'routine',
    hoursAgo: 310,
    body: [
      {
        p: "Naval officials from Turkey, Romania and Bulgaria agreed in Ankara to expand their joint mine countermeasures task group in the Black Sea, Turkey's defence ministry said, Dateline's correspondent in Ankara reports.",
      },
      {
        p: 'Each country will contribute an additional vessel and the group will patrol the main shipping lanes more often, a defence ministry spokesperson told a weekly briefing. "Safe navigation is in the interest of every coastal state," the spokesperson said.',
      },
      {
        quote:
          'Drifting mines do not respect borders. Clearing them requires ships, divers and, above all, trust between neighbours.',
      },
      {
        p: 'More than a dozen mines have been neutralised in the western Black Sea over the past year, most of them found near the coast after storms, a Romanian navy spokesperson said.',
      },
      {
        p: 'A Bulgarian defence official said the task group remained open to other countries "once conditions allow", while stressing that operations would stay under the command of the three coastal states.',
      },
      { quote: 'This is a regional initiative run by regional navies, and it is working.' },
      {
        p: 'Shipping industry representatives welcomed the decision. Insurers take the mine risk "very seriously" when setting premiums, a spokesperson for a Turkish shipowners\' association said.',
      },
    ],
  },
  {
    slug: 'european-parliament-votes-to-tighten-energy-efficiency-rules-for-data-centres',
    headline: 'European Parliament Votes to Tighten Energy Efficiency Rules for Data Centres',
    standfirst:
      'Large facilities would have to report their energy and water use and reuse waste heat where feasible. Industry groups warned of higher costs for cloud services.',
    dateline: 'Strasbourg',
    section: 'energy',
    tags: ['climate'],
    author: 'correspondent2',
    priority: 'routine',
    hoursAgo: 320,
    body: [
      {
        p: "The European Parliament voted for stricter energy efficiency rules for data centres, requiring large facilities to report their power and water use and to reuse waste heat where feasible, Dateline's correspondent in Strasbourg reports.",
      },
      {
        p: 'The text was approved by 412 votes to 171 with 38 abstentions, according to the parliament\'s official record. Data centres are "the fastest-growing source of electricity demand in many member states", the lawmaker leading the file told reporters.',
      },
      {
        quote:
          'Artificial intelligence cannot be allowed to undo the progress we have made on energy savings everywhere else.',
      },
      {
        p: 'Data centres with a capacity above 1 megawatt would have to publish annual energy performance ratings, with minimum standards applying from the end of the decade, a European Commission spokesperson said.',
      },
      {
        p: 'Industry groups criticised the vote. The rules "add paperwork without adding a single megawatt of clean power", a spokesperson for an association of data centre operators said.',
      },
      { quote: 'Operators already have every incentive to save energy. It is their largest cost.' },
      {
        p: 'The text must now be negotiated with member states before it can become law, a parliament spokesperson said.',
      },
    ],
  },
  {
    slug: 'british-government-wins-commons-vote-on-planning-reform-despite-rebellion',
    headline: 'British Government Wins Commons Vote on Planning Reform Despite Rebellion',
    standfirst:
      'More than 20 governing party lawmakers voted against the bill, which aims to speed up approval of homes and energy projects. It now faces detailed scrutiny before going to the House of Lords.',
    dateline: 'London',
    section: 'politics',
    tags: ['budget', 'climate'],
    author: 'editor',
    priority: 'routine',
    hoursAgo: 330,
    body: [
      {
        p: "The British government won a key vote on its planning reform bill in the House of Commons despite a rebellion by some of its own lawmakers, Dateline's London bureau reports.",
      },
      {
        p: 'The bill passed its second reading by 312 votes to 208, Commons officials said. The reform would end "the years of delay that have held back homes, roads and power lines", the housing secretary told lawmakers.',
      },
      {
        quote:
          'Every month a project spends in the planning system is a month of higher costs for the people who will eventually use it.',
      },
      {
        p: 'About two dozen governing party lawmakers voted against the bill, according to the division list, many citing concerns over building on green land. "My constituents want homes, but not at any cost," one rebel lawmaker said.',
      },
      {
        p: 'Environmental groups said the bill would weaken protections for nature. The changes "put developers\' timelines ahead of habitats that took centuries to form", a spokesperson for a wildlife charity said.',
      },
      { quote: 'Nature cannot be replaced with a payment into a fund.' },
      {
        p: 'The bill will now be examined line by line in committee before going to the House of Lords, a government spokesperson said.',
      },
    ],
  },
  {
    slug: 'united-states-and-canada-open-talks-to-ease-steel-and-lumber-tariffs',
    headline: 'United States and Canada Open Talks to Ease Steel and Lumber Tariffs',
    standfirst:
      'Negotiators will meet weekly over the next six weeks to seek a framework agreement. Officials on both sides said an early deal was unlikely.',
    dateline: 'Washington D.C.',
    section: 'world',
    tags: ['trade', 'diplomacy'],
    author: 'correspondent',
    priority: 'routine',
    hoursAgo: 345,
    body: [
      {
        p: "The United States and Canada opened formal talks aimed at reducing tariffs on steel, aluminium and softwood lumber, officials from both governments said, Dateline's Washington correspondent reports.",
      },
      {
        p: 'The first round was "constructive" and negotiators would meet weekly, the Office of the U.S. Trade Representative said in a statement. The goal is "a fair and reciprocal framework", a spokesperson for the office said.',
      },
      {
        quote: 'We are not going to resolve every disagreement at once, but we can set out a path.',
      },
      {
        p: 'Ottawa would "not accept an agreement that leaves our workers worse off", Canada\'s ambassador to the United States told reporters, adding that Canadian negotiators had brought proposals on quotas and rules of origin.',
      },
      { quote: 'Our economies are too closely linked for either side to win a tariff war.' },
      {
        p: 'Industry groups on both sides of the border welcomed the talks. Lumber tariffs have added "thousands of dollars" to the cost of a typical new house, a spokesperson for a U.S. homebuilders\' association said.',
      },
      {
        p: 'The next round will take place in Ottawa, and neither side expects an agreement "within weeks", officials said.',
      },
    ],
  },
  {
    slug: 'eu-ministers-agree-to-close-further-accession-chapters-with-montenegro',
    headline: 'EU Ministers Agree to Close Further Accession Chapters With Montenegro',
    standfirst:
      "The decision moves the country closer to becoming the bloc's first new member in over a decade. Officials said rule-of-law reforms would remain decisive.",
    dateline: 'Brussels',
    section: 'region',
    tags: ['diplomacy'],
    author: 'correspondent2',
    priority: 'routine',
    hoursAgo: 350,
    body: [
      {
        p: "European Union ministers agreed to provisionally close three more negotiating chapters in Montenegro's membership talks, moving the country closer to joining the bloc, Dateline's Brussels bureau reports.",
      },
      {
        p: 'The decision was taken at an intergovernmental conference in Brussels, the Council of the EU said in a statement. Montenegro is "the front-runner" among candidate countries, the EU\'s enlargement commissioner said.',
      },
      {
        quote:
          'Enlargement is a merit-based process. Montenegro has shown what is possible when reforms are delivered.',
      },
      {
        p: 'The government aims to complete all technical negotiations "by the end of next year", Montenegro\'s chief negotiator told reporters.',
      },
      {
        p: 'Judicial reform and the fight against organised crime will remain decisive, several member states stressed, according to a senior EU diplomat. "The last chapters are always the hardest," the diplomat said.',
      },
      { quote: 'Nobody will get a discount on the rule of law.' },
      {
        p: 'Any accession treaty would need the approval of all 27 member states and the European Parliament, an EU official said.',
      },
    ],
  },
  {
    slug: 'turkish-central-bank-holds-rates-as-inflation-slows-for-fourth-month',
    headline: 'Turkish Central Bank Holds Rates as Inflation Slows for Fourth Month',
    standfirst:
      'The bank kept its one-week repo rate unchanged and said policy would stay tight until price stability is achieved. Annual inflation has eased for four consecutive months.',
    dateline: 'Ankara',
    section: 'economy',
    tags: ['central-banks', 'inflation'],
    author: 'correspondent2',
    priority: 'routine',
    hoursAgo: 360,
    body: [
      {
        p: "Turkey's central bank kept its main interest rate unchanged and said monetary policy would stay tight until inflation was firmly on a downward path, Dateline's correspondent in Ankara reports.",
      },
      {
        p: 'The bank\'s monetary policy committee held the one-week repo rate steady, it said in a statement, adding that "leading indicators point to a continued improvement in the underlying trend of inflation".',
      },
      {
        quote:
          'The tight monetary stance will be maintained until a lasting decline in inflation is achieved.',
      },
      {
        p: "Annual consumer price inflation slowed for a fourth consecutive month, according to the state statistics institute, though it remained well above the bank's medium-term target.",
      },
      {
        p: 'The bank would "not hesitate to tighten further" if inflation expectations deteriorated, the central bank governor told a meeting with investors in Ankara.',
      },
      { quote: 'Our priority is clear. Disinflation is the precondition for sustainable growth.' },
      {
        p: 'Economists said the decision was in line with expectations. "The bank is buying credibility with patience," an Istanbul-based economist at an investment firm said.',
      },
    ],
  },
  {
    slug: 'turkey-and-eu-revive-talks-on-modernising-their-customs-union',
    headline: 'Turkey and EU Revive Talks on Modernising Their Customs Union',
    standfirst:
      'Officials held the first technical discussions in several years in Ankara. Business groups want services and public procurement added to the arrangement.',
    dateline: 'Ankara',
    section: 'region',
    tags: ['trade', 'diplomacy'],
    author: 'correspondent2',
    priority: 'routine',
    hoursAgo: 385,
    body: [
      {
        p: "Turkish and European Union officials held their first technical talks in several years on modernising the customs union that governs most of their trade, Turkey's trade ministry said, Dateline's correspondent in Ankara reports.",
      },
      {
        p: 'The talks focused on extending the 1995 arrangement to agriculture, services and public procurement, a trade ministry spokesperson said. "The current framework no longer reflects the reality of our economic relationship," the spokesperson said.',
      },
      {
        quote:
          'The European Union is our largest trading partner. Updating the rules is in the interest of both sides.',
      },
      {
        p: 'The meeting was "exploratory" and did not amount to the opening of formal negotiations, which would require the approval of member states, a European Commission spokesperson said in Brussels.',
      },
      {
        quote:
          'There is a shared interest in deeper economic ties, and we are ready to explore it step by step.',
      },
      {
        p: 'Turkish business groups have long complained that the arrangement obliges Turkey to follow EU trade deals with third countries without gaining reciprocal access. "We open our market, but our exporters do not get the same treatment," a senior official of a Turkish exporters\' association said.',
      },
    ],
  },
  {
    slug: 'britain-plans-to-double-military-drone-production-under-new-defence-strategy',
    headline: 'Britain Plans to Double Military Drone Production Under New Defence Strategy',
    standfirst:
      'The Ministry of Defence said it would offer manufacturers longer contracts. Industry groups welcomed the plan but called for faster procurement.',
    dateline: 'London',
    section: 'security',
    tags: ['defence-spending'],
    author: 'editor',
    priority: 'routine',
    hoursAgo: 405,
    body: [
      {
        p: "Britain will double its production of military drones over the next three years under a new defence industrial strategy published by the Ministry of Defence, Dateline's London bureau reports.",
      },
      {
        p: 'The strategy commits at least £2 billion to uncrewed systems and offers manufacturers contracts of up to seven years, a Ministry of Defence spokesperson said. "Small firms told us they needed certainty, and this is our answer," the spokesperson said.',
      },
      {
        quote:
          'Drones have changed how wars are fought. Our industrial base has to change just as fast.',
      },
      {
        p: 'The defence secretary told parliament that a new testing centre would allow companies to trial their systems "in weeks rather than years".',
      },
      {
        p: 'An industry association representing defence suppliers welcomed the long-term contracts but said procurement rules still slowed down smaller companies. "The money matters less than the speed," a spokesperson for the association said.',
      },
      {
        quote:
          'A start-up cannot wait 18 months for a decision. By then its technology is two generations old.',
      },
      {
        p: 'The opposition\'s defence spokesperson called the plan "a step in the right direction" but questioned whether the funding was new. The ministry said details would be set out in the next spending review.',
      },
    ],
  },
  {
    slug: 'supreme-court-agrees-to-hear-dispute-over-state-congressional-voting-maps',
    headline: 'Supreme Court Agrees to Hear Dispute Over State Congressional Voting Maps',
    standfirst:
      "The justices will consider whether a legislature's map diluted the voting power of minority communities. A ruling is expected by the end of the court's term.",
    dateline: 'Washington D.C.',
    section: 'politics',
    tags: ['elections'],
    author: 'correspondent',
    priority: 'routine',
    hoursAgo: 420,
    body: [
      {
        p: "The U.S. Supreme Court agreed to hear a dispute over a state's congressional district map, taking up a case that could affect how legislatures draw electoral boundaries nationwide, Dateline's Washington correspondent reports.",
      },
      {
        p: 'The court said in a brief order that it would hear arguments in the spring. The case is about "whether every community gets a fair chance to elect its representatives", a lawyer for the voters who challenged the map said.',
      },
      {
        quote:
          'The map divides neighbourhoods that have voted together for decades. That is not an accident.',
      },
      {
        p: 'The state\'s attorney general said in a statement that the legislature had drawn the districts "according to neutral criteria" and that lower courts had erred in ruling against it.',
      },
      {
        quote:
          'Drawing district lines is a job the Constitution gives to elected legislatures, not to federal judges.',
      },
      {
        p: 'Election law scholars said the ruling could have consequences well beyond the state involved. "This is one of the most significant redistricting cases in years," a professor of election law at a Washington university said.',
      },
      {
        p: "A decision is expected by the end of June, when the court's term usually concludes, court officials said.",
      },
    ],
  },
  {
    slug: 'bank-of-canada-trims-key-rate-as-economy-slows-and-unemployment-rises',
    headline: 'Bank of Canada Trims Key Rate as Economy Slows and Unemployment Rises',
    standfirst:
      'The central bank lowered its policy rate by a quarter point. The governor said trade uncertainty was weighing on business investment.',
    dateline: 'Ottawa',
    section: 'economy',
    tags: ['central-banks'],
    author: 'correspondent',
    priority: 'routine',
    hoursAgo: 440,
    body: [
      {
        p: "The Bank of Canada cut its key interest rate by a quarter of a percentage point, citing slowing growth and a rise in unemployment, Dateline's correspondent in Ottawa reports.",
      },
      {
        p: '"Excess supply in the economy" had increased and underlying inflation was easing, the central bank said in a statement. The decision was in line with most forecasts, economists said.',
      },
      {
        quote:
          'With the economy weaker and inflation pressures contained, we judged that a further reduction was appropriate.',
      },
      {
        p: 'Uncertainty over trade relations with the United States was weighing on business investment, the governor told reporters. "Firms are delaying decisions until they know the rules," the governor said.',
      },
      {
        quote:
          'Monetary policy cannot resolve trade uncertainty. What it can do is help the economy adjust.',
      },
      {
        p: 'The Canadian dollar weakened slightly after the announcement, according to market data. The bank has left the door open "to one more cut, but not a series of them", a senior economist at a Toronto bank said.',
      },
    ],
  },
  {
    slug: 'london-insurers-cut-war-risk-premiums-for-black-sea-shipping-as-traffic-recovers',
    headline: 'London Insurers Cut War-Risk Premiums for Black Sea Shipping as Traffic Recovers',
    standfirst:
      'Rates for cover on voyages to Ukrainian ports have fallen by about a third, brokers say. Traffic through the shipping corridor has reached its highest level in months.',
    dateline: 'London',
    section: 'region',
    tags: ['trade'],
    author: 'editor',
    priority: 'routine',
    hoursAgo: 455,
    body: [
      {
        p: "Insurers in the London market have cut premiums for war-risk cover on voyages to Black Sea ports as commercial traffic recovers, brokers and industry officials said, Dateline's London bureau reports.",
      },
      {
        p: 'Rates for ships calling at Ukrainian ports have fallen to around 0.7 percent of a vessel\'s value from about 1 percent earlier in the year, a senior marine insurance broker said. "The market is pricing in a more stable corridor," the broker said.',
      },
      {
        quote:
          'Underwriters are still cautious, but the record of safe voyages has built up and prices are following it.',
      },
      {
        p: 'The joint war committee of the Lloyd\'s market keeps the region on its list of high-risk areas "under constant review", the Lloyd\'s Market Association said in a statement.',
      },
      {
        p: 'Lower insurance costs are making Ukrainian grain "more competitive on world markets", a spokesperson for Ukraine\'s infrastructure ministry said.',
      },
      {
        quote: 'Every reduction in insurance costs goes straight into the price a farmer receives.',
      },
      {
        p: 'Premiums could rise again quickly after any attack on shipping, brokers cautioned. "This is a market that reacts within hours," one broker said.',
      },
    ],
  },
  {
    slug: 'un-refugee-agency-appeals-for-funds-as-number-of-displaced-people-hits-new-high',
    headline: 'UN Refugee Agency Appeals for Funds as Number of Displaced People Hits New High',
    standfirst:
      'More than 120 million people have been forced from their homes worldwide, the agency said. Donor contributions have fallen by nearly a fifth.',
    dateline: 'New York',
    section: 'world',
    tags: ['migration'],
    author: 'correspondent',
    priority: 'routine',
    hoursAgo: 480,
    body: [
      {
        p: "The UN refugee agency appealed to governments for more funding, saying the number of people forcibly displaced worldwide had reached a new high, Dateline's correspondent in New York reports.",
      },
      {
        p: 'More than 120 million people have been displaced by conflict, persecution and disasters, while donor contributions have fallen by nearly a fifth, the UN High Commissioner for Refugees told a briefing at UN headquarters.',
      },
      {
        quote:
          'Behind every number is a family that has lost its home. We are being asked to do more with much less.',
      },
      {
        p: 'The agency has already cut staff in several regional offices and reduced cash assistance in some camps, a UNHCR spokesperson said. "These are choices no humanitarian organisation should have to make," the spokesperson said.',
      },
      {
        quote:
          'When food rations are cut, people move on. Underfunding a crisis today creates the next migration crisis tomorrow.',
      },
      {
        p: 'National aid budgets are under pressure from defence spending and domestic priorities, diplomats from several donor countries said. "Everyone is stretched," a European diplomat said.',
      },
      {
        p: 'The agency will publish a revised budget for next year in the coming weeks, the spokesperson said.',
      },
    ],
  },
  {
    slug: 'offshore-wind-lease-sale-off-new-york-draws-fewer-bidders-than-expected',
    headline: 'Offshore Wind Lease Sale Off New York Draws Fewer Bidders Than Expected',
    standfirst:
      'Only two companies bid in the federal auction, citing higher costs and supply chain delays. Officials said the sale still raised more than $100 million.',
    dateline: 'New York',
    section: 'energy',
    tags: ['climate'],
    author: 'correspondent',
    priority: 'routine',
    hoursAgo: 495,
    body: [
      {
        p: "A federal auction of offshore wind leases in the waters off New York and New Jersey drew only two bidders, a sign of the pressure that rising costs have put on the industry, Dateline's correspondent in New York reports.",
      },
      {
        p: 'The sale raised $108 million for three of the five areas offered, the Bureau of Ocean Energy Management said in a statement. "Two areas received no bids at all," a bureau spokesperson said.',
      },
      {
        quote:
          'The interest is still there, but developers have become far more selective about where and when they commit capital.',
      },
      {
        p: 'Higher interest rates, turbine shortages and permitting delays have made projects harder to finance, industry executives said. "The economics have changed since the last round," a spokesperson for an industry trade group said.',
      },
      {
        quote:
          'Nobody is walking away from offshore wind. They are waiting for the numbers to work.',
      },
      {
        p: 'The state remains committed to its offshore wind goals and will seek "new procurement terms that reflect today\'s costs", a spokesperson for New York\'s state energy authority said.',
      },
    ],
  },
];

/** Unpublished stories; the seed puts them in the draft and submitted states. */
export const DEMO_DRAFTS: DemoDispatch[] = [
  {
    slug: 'commerce-department-weighs-tighter-export-controls-on-chipmaking-equipment',
    headline: 'Commerce Department Weighs Tighter Export Controls on Chipmaking Equipment',
    standfirst:
      'Officials are considering new licence requirements for advanced manufacturing tools. Industry groups have asked for more time to comment.',
    dateline: 'Washington D.C.',
    section: 'economy',
    tags: ['trade', 'sanctions'],
    author: 'correspondent',
    priority: 'routine',
    hoursAgo: 3,
    body: [
      {
        p: "The U.S. Commerce Department is weighing new export controls on advanced semiconductor manufacturing equipment, two officials familiar with the discussions said, Dateline's Washington correspondent reports.",
      },
      {
        quote:
          'We are looking at every option to keep the most sensitive technology out of the wrong hands.',
      },
      {
        p: 'Unilateral controls risk "handing market share to foreign competitors", an industry association representing chipmakers said in a statement, urging the department to coordinate with allies.',
      },
    ],
  },
  {
    slug: 'senators-seek-classified-briefing-on-cyber-intrusion-at-defence-contractor',
    headline: 'Senators Seek Classified Briefing on Cyber Intrusion at Defence Contractor',
    standfirst:
      'Members of the intelligence committee want to know what data was taken. The company says the breach has been contained.',
    dateline: 'Washington D.C.',
    section: 'security',
    tags: ['cybersecurity', 'defence-spending'],
    author: 'correspondent',
    priority: 'urgent',
    hoursAgo: 7,
    body: [
      {
        p: "Members of the Senate Intelligence Committee have requested a classified briefing on a cyber intrusion at a major defence contractor, a committee aide said, Dateline's Washington correspondent reports.",
      },
      {
        quote:
          'We need to understand what was taken, when it was discovered and why Congress learned about it from the press.',
      },
      {
        p: 'The contractor said in a statement that it had "contained the incident" and was working with federal investigators. The Pentagon declined to comment on an ongoing investigation, a spokesperson said.',
      },
      {
        quote:
          "Our priority is to confirm the scope of the incident and protect our customers' information.",
      },
    ],
  },
  {
    slug: 'eu-commission-drafts-cyber-resilience-rules-for-gas-and-power-networks',
    headline: 'EU Commission Drafts Cyber Resilience Rules for Gas and Power Networks',
    standfirst:
      'A draft seen by Dateline would require network operators to report serious incidents within 24 hours. Member states are expected to discuss it next month.',
    dateline: 'Brussels',
    section: 'energy',
    tags: ['cybersecurity', 'gas'],
    author: 'correspondent2',
    priority: 'routine',
    hoursAgo: 11,
    body: [
      {
        p: "The European Commission is preparing rules that would require gas and electricity network operators to meet common cybersecurity standards, according to a draft document, Dateline's Brussels bureau reports.",
      },
      {
        quote:
          'The energy system is only as secure as its weakest connection, and today there are too many weak connections.',
      },
      {
        p: 'A Commission spokesperson declined to comment on the draft but said the Commission would present "targeted measures" on energy security "in the coming months".',
      },
    ],
  },
  {
    slug: 'georgia-and-azerbaijan-sign-deal-to-expand-cross-border-power-trade',
    headline: 'Georgia and Azerbaijan Sign Deal to Expand Cross-Border Power Trade',
    standfirst:
      'The agreement covers a new high-voltage line and common rules for dispatching electricity. Officials said it could later connect to a planned subsea cable to Europe.',
    dateline: 'Tbilisi',
    section: 'region',
    tags: ['trade', 'climate'],
    author: 'correspondent2',
    priority: 'routine',
    hoursAgo: 16,
    body: [
      {
        p: "Georgia and Azerbaijan signed an agreement to expand cross-border electricity trade, including a new high-voltage transmission line, Georgia's energy ministry said, Dateline's correspondent in Tbilisi reports.",
      },
      { quote: 'This line turns two national grids into one regional market.' },
      {
        p: 'The project will allow surplus wind and solar power to be sold "wherever it is needed most", a spokesperson for Azerbaijan\'s energy ministry said.',
      },
    ],
  },
];
