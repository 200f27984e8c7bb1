/** Whether a URL is the studio's own page: the dev server in development, the packaged file otherwise. */
export function isAppUrl(url: string, appUrl: string): boolean {
  try {
    const candidate = new URL(url);
    const expected = new URL(appUrl);
    if (expected.protocol === 'file:')
      return candidate.protocol === 'file:' && candidate.pathname === expected.pathname;
    return candidate.origin === expected.origin;
  } catch {
    return false;
  }
}
