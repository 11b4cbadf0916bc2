import { z } from 'zod';
import { passwordMaxLength } from '../../platform/password-policy.ts';

export const loginBody = z.object({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(passwordMaxLength),
  totp: z
    .string()
    .trim()
    .max(12)
    .optional()
    .describe('Code from the authenticator app, when two-factor is on'),
  recoveryCode: z
    .string()
    .trim()
    .max(32)
    .optional()
    .describe('A single-use recovery code instead of the TOTP code'),
});
export type LoginInput = z.infer<typeof loginBody>;

export const updateMeBody = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  locale: z.enum(['da', 'en']).optional(),
});
export type UpdateMeInput = z.infer<typeof updateMeBody>;

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1).max(passwordMaxLength),
  newPassword: z.string().min(1).max(passwordMaxLength),
});
export type ChangePasswordInput = z.infer<typeof changePasswordBody>;

/** Turning two-factor off: the password and a current code or a recovery code. */
export const disableTotpBody = z.object({
  password: z.string().min(1).max(passwordMaxLength),
  totp: z.string().trim().max(12).optional(),
  recoveryCode: z.string().trim().max(32).optional(),
});
export type DisableTotpInput = z.infer<typeof disableTotpBody>;
