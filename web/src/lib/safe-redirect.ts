/** Only same-origin paths are followed after login (no open redirect to another site). */
export function safeRedirect(target: string | undefined): string | undefined {
  if (!target?.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return undefined;
  if (target.startsWith('/login')) return undefined;
  return target;
}
