import { readFileSync } from 'node:fs';
import { invalid } from './errors.ts';

/**
 * Password rules after NIST SP 800-63B and the Danish Agency for Digital Government's advice:
 * length over complexity, no composition rules, no forced periodic change, and a deny list of
 * common and breached-style passwords shipped as data (server/catalog/common-passwords.txt).
 */
export const passwordMinLength = 12;
export const passwordMaxLength = 256;

const denyList: ReadonlySet<string> = new Set(
  readFileSync(new URL('../catalog/common-passwords.txt', import.meta.url), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#')),
);

const fold = (text: string) =>
  text.normalize('NFKC').toLocaleLowerCase('da').replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa');

/** The password with digits and symbols trimmed off both ends: "Sommer2024!" -> "sommer". */
const core = (text: string) => text.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');

export type PasswordProblem =
  | 'password_too_short'
  | 'password_too_long'
  | 'password_common'
  | 'password_personal';

export function passwordProblem(password: string, personal: readonly string[] = []): PasswordProblem | null {
  const length = [...password].length;
  if (length < passwordMinLength) return 'password_too_short';
  if (length > passwordMaxLength) return 'password_too_long';
  const folded = fold(password);
  const stripped = core(folded);
  const repeated = /^(.{1,4})\1+$/u.test(folded);
  if (
    denyList.has(folded) ||
    denyList.has(stripped) ||
    denyList.has(stripped.replace(/\s+/g, '')) ||
    repeated
  ) {
    return 'password_common';
  }
  const compact = (text: string) => text.replace(/[\s._-]+/g, '');
  const personalParts = personal
    .flatMap((value) => [compact(fold(value)), ...fold(value).split(/[@\s.]+/)])
    .filter((part) => part.length >= 4);
  if (personalParts.some((part) => compact(stripped) === part || compact(folded) === part))
    return 'password_personal';
  return null;
}

/** Throws 400 with the field and rule when the new password breaks the policy. */
export function assertPasswordAcceptable(
  password: string,
  field: string,
  personal: readonly string[] = [],
): void {
  const problem = passwordProblem(password, personal);
  if (problem)
    throw invalid(problem, [{ path: field, code: problem }], {
      min: passwordMinLength,
      max: passwordMaxLength,
    });
}
