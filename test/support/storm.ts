import type { EvalRecord } from '../../src/entries/eval';

/** A hand-made article (the eval suites' record): a title line, a dateline, six candidates, one too-short sentence and a widget. */
export const STORM = `Storm batters the coast

LONDON (CNN) -- A powerful storm hit the southern coast of England on Monday night. Thousands of homes lost power as winds reached ninety miles per hour.

Yes. Officials said repairs would take several days to complete in rural areas.

Advertisement

The weather service warned that a second storm could arrive by the weekend. Residents were told to stay indoors and avoid travel where possible. Schools in three counties will remain closed on Tuesday.`;

export const STORM_CANDIDATES = [
  'A powerful storm hit the southern coast of England on Monday night.',
  'Thousands of homes lost power as winds reached ninety miles per hour.',
  'Officials said repairs would take several days to complete in rural areas.',
  'The weather service warned that a second storm could arrive by the weekend.',
  'Residents were told to stay indoors and avoid travel where possible.',
  'Schools in three counties will remain closed on Tuesday.',
];

export const storm: EvalRecord = {
  id: 'storm',
  text: STORM,
  summary: 'A storm hit the south coast of England\nThousands lost power',
};
