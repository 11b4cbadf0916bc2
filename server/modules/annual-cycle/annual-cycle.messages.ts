import { defineMessages } from '../../platform/i18n.ts';

/** Error and notification texts of the annual-cycle module, Danish and English. */
export const annualCycleMessages = defineMessages(
  {
    annual_months_invalid:
      'Månederne passer ikke til hyppigheden: én måned om året, to med seks måneders mellemrum, fire med tre måneders mellemrum.',
  },
  {
    annual_months_invalid:
      'The months do not fit the frequency: one month a year, two six months apart, or four three months apart.',
  },
);

declare module '../../platform/i18n.ts' {
  interface MessageKeys extends Record<keyof typeof annualCycleMessages.da, true> {}
}
