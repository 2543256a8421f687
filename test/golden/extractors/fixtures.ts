/**
 * Small hand-written texts, one per concern, each exercising one extractor's
 * hard cases. Every fixture says which extractors' goldens it feeds; the
 * goldens live beside them as <fixture>/<extractor>.json.
 */
export type Extractor = 'quotes' | 'speakers' | 'entities' | 'figures' | 'dates';

export interface Fixture {
  readonly name: string;
  readonly text: string;
  /** Publication date the relative dates resolve against; absent = undated article. */
  readonly published?: string;
  /** Dates resolved from an anchor the story inferred, not the article's own. */
  readonly anchorInferred?: string;
  readonly extractors: readonly Extractor[];
}

export const FIXTURES: readonly Fixture[] = [
  {
    name: 'quotes-styles',
    extractors: ['quotes', 'speakers'],
    text: [
      'Kremlin spokesman Dmitry Peskov spoke to reporters on Monday.',
      '“We expect it to be a long conversation,” Peskov said. “Nothing is decided.”',
      'The senator called the plan a “disaster” and a “so-called peace deal.”',
      'The film “Gone With The Wind” was shown again.',
      '"This is a waste of time," said Del. Maria Lopez of the Virgin Islands.',
      'The White House said in a statement: “The president was briefed.”',
    ].join('\n\n'),
  },
  {
    name: 'speakers-hard',
    extractors: ['quotes', 'speakers', 'entities'],
    text: [
      'Governor Sarah Whitfield and Mayor Tom Brennan met on Friday.',
      '“We will not back down,” she said.',
      '“It’s an invasion of the state’s domain,” Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the agency, said at an event.',
      '“The numbers do not add up,” the report said.',
      '“Hands off our schools,” the letter reads.',
      '“We need change,” Brennan said, adding later, “Nobody in this city wants a fight.”',
      '“We live in hard times,” my father often said.',
      '“He was not ready,” Whitfield’s former campaign manager said.',
    ].join('\n\n'),
  },
  {
    name: 'entities-variants',
    extractors: ['entities'],
    text: [
      'Secretary of State Anthony Blinken flew to Kiev to meet President Volodymyr Zelenskyy.',
      'Blinken told Zelenskyy that the United States and the EU stood with Ukraine.',
      'Later, Volodymyr thanked the U.S. and NATO. The Foreign Ministry in Moscow protested.',
    ].join('\n\n'),
  },
  {
    name: 'figures-forms',
    extractors: ['figures'],
    text: [
      'Russia has massed up to 175,000 troops near the border, US intelligence said.',
      'The video had 94.3k views and two dozen comments.',
      'About 1.5 million people fled, and more than 40% of homes were damaged.',
      'The aid package is worth $2.5 billion, and the EU added €300 million.',
      'Between 5,000 and 10,000 soldiers were moved, at least 12 officials said.',
      'Officials said 8 to 10 percent of the budget goes to defence.',
    ].join('\n\n'),
  },
  {
    name: 'dates-relative',
    extractors: ['dates'],
    published: '2021-12-05',
    text: [
      'The two leaders met in Geneva last June.',
      'They will speak on Tuesday, the Kremlin said.',
      'Their last call took place on Tuesday, officials said.',
      'The summit was held on June 16, 2021, and a follow-up is planned for January 10, 2022.',
      'Talks are expected next week, and troops were moved in March.',
    ].join('\n\n'),
  },
  {
    name: 'dates-undated',
    extractors: ['dates'],
    text: 'The leaders will speak on Tuesday. They last met on 16 June 2021.',
  },
  {
    name: 'dates-inferred',
    extractors: ['dates'],
    anchorInferred: '2021-12-05',
    text: 'The leaders will speak on Tuesday, after talks last week.',
  },
];
