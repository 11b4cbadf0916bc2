const KEY = 'skjold.lastOrg';

/** The organisation the user last worked in, so /profile and "/" can lead back to it. */
export function rememberOrg(orgId: string): void {
  try {
    window.localStorage.setItem(KEY, orgId);
  } catch {
    // Storage disabled: the URL still carries the organisation.
  }
}

export function lastOrg(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null;
  }
}
