// Figures the demo dispatches report, drawn as charts at seed time (db/seed-graphics.ts) to serve
// as their featured images: graphics of the newsroom's own making, never photographs. Each value
// is one the dispatch's text states.
export interface DemoChart {
  /** The dispatch it illustrates. */
  slug: string;
  title: string;
  /** What the bars count. */
  unit: string;
  bars: { label: string; value: number; highlight?: boolean }[];
  /** Where the figures come from, as the dispatch says. */
  source: string;
  alt: string;
  caption: string;
}

export const DEMO_CHART_CREDIT = 'Dateline graphic';

export const DEMO_CHARTS: DemoChart[] = [
  {
    slug: 'bank-of-england-surprises-markets-with-half-point-interest-rate-cut',
    title: 'How the Monetary Policy Committee voted',
    unit: 'members voting',
    bars: [
      { label: 'Half-point cut', value: 6, highlight: true },
      { label: 'Quarter-point cut', value: 3 },
    ],
    source: 'Bank of England statement',
    alt: 'Bar chart: six members of the Monetary Policy Committee voted for a half-point cut and three for a quarter-point cut.',
    caption: 'The committee split six to three on the size of the cut.',
  },
  {
    slug: 'ukraine-says-air-defences-downed-most-drones-in-overnight-attack-on-energy-sites',
    title: 'The overnight attack, and what was stopped',
    unit: 'drones and missiles, launched and shot down or jammed',
    bars: [
      { label: 'Drones launched', value: 97 },
      { label: 'Drones downed', value: 84, highlight: true },
      { label: 'Missiles launched', value: 7 },
      { label: 'Missiles downed', value: 5, highlight: true },
    ],
    source: 'Ukrainian air force',
    alt: 'Bar chart: 97 drones launched and 84 shot down or jammed; seven cruise missiles launched and five shot down.',
    caption: 'Most of the drones and missiles did not reach their targets, the air force said.',
  },
  {
    slug: 'senate-passes-stopgap-funding-bill-hours-before-government-shutdown-deadline',
    title: 'The Senate vote on the stopgap bill',
    unit: 'senators',
    bars: [
      { label: 'For', value: 71, highlight: true },
      { label: 'Against', value: 27 },
    ],
    source: 'Senate clerk',
    alt: 'Bar chart: 71 senators voted for the stopgap funding bill and 27 against.',
    caption: 'The bill passed by 71 votes to 27.',
  },
  {
    slug: 'euro-zone-inflation-eases-more-than-expected-as-energy-prices-fall',
    title: 'Euro zone inflation, year on year',
    unit: 'percent',
    bars: [
      { label: 'Previous month', value: 2.4 },
      { label: 'Economists expected', value: 2.3 },
      { label: 'Flash estimate', value: 2.1, highlight: true },
      { label: 'Services', value: 3.8 },
      { label: 'Energy', value: -3.5 },
    ],
    source: 'Eurostat flash estimate',
    alt: 'Bar chart of annual inflation in the euro zone: 2.4 percent the previous month, 2.3 expected, 2.1 in the flash estimate; services 3.8 percent, energy minus 3.5 percent.',
    caption: 'Falling energy prices pulled inflation below what economists expected.',
  },
];
