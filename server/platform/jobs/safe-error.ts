const urlCredentials = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi;
const emailAddress = /[^\s<>()[\]"',;:/]+@[^\s<>()[\]"',;:/]+\.[a-z]{2,}/gi;

/**
 * The part of an error that may be stored with a job and logged: the message only (no stack,
 * no cause), with credentials in URLs and e-mail addresses taken out, and kept short.
 */
export function safeErrorMessage(error: unknown, maxLength = 500): string {
  const message =
    error instanceof Error ? error.message : typeof error === 'string' ? error : 'Unknown error';
  return message
    .replace(urlCredentials, '$1[redacted]@')
    .replace(emailAddress, '[address]')
    .slice(0, maxLength);
}
