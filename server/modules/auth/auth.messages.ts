import { defineMessages } from '../../platform/i18n.ts';

/** Error and notification texts of the auth module (two-factor sign-in), Danish and English. */
export const authMessages = defineMessages(
  {
    totp_not_pending: 'Start opsætningen af totrinsgodkendelse først.',
    totp_already_enabled: 'Totrinsgodkendelse er allerede slået til.',
    totp_not_enabled: 'Totrinsgodkendelse er ikke slået til.',
    mfa_required_by_org: 'Din organisation kræver totrinsgodkendelse; den kan ikke slås fra.',
  },
  {
    totp_not_pending: 'Start the two-factor setup first.',
    totp_already_enabled: 'Two-factor authentication is already on.',
    totp_not_enabled: 'Two-factor authentication is not on.',
    mfa_required_by_org: 'Your organisation requires two-factor authentication; it cannot be turned off.',
  },
);

declare module '../../platform/i18n.ts' {
  interface MessageKeys extends Record<keyof typeof authMessages.da, true> {}
}
