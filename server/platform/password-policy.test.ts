import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy.ts';

describe('password policy', () => {
  it.each([
    ['kort', 'password_too_short'],
    ['password1234', 'password_common'],
    ['Sommer2024!!', 'password_common'],
    ['!!Velkommen123', 'password_common'],
    ['Kodeord12345', 'password_common'],
    ['abcabcabcabc', 'password_common'],
    ['x'.repeat(257), 'password_too_long'],
  ])('refuses %s (%s)', (password, problem) => {
    expect(passwordProblem(password)).toBe(problem);
  });

  it.each(['en lang og god adgangssætning', 'Kaffe-og-rugbrød-kl-7', 'correct horse battery staple'])(
    'accepts the passphrase %s without composition rules',
    (password) => {
      expect(passwordProblem(password)).toBeNull();
    },
  );

  it('refuses the user’s own name or e-mail', () => {
    expect(passwordProblem('sorensensoren2024', ['sorensensoren@region.dk'])).toBe('password_personal');
    expect(passwordProblem('Bodil Jørgensen!', ['Bodil Jørgensen'])).toBe('password_personal');
    expect(passwordProblem('bodil jørgensen rejser til bornholm', ['Bodil Jørgensen'])).toBeNull();
  });
});
