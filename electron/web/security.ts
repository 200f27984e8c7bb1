/**
 * Who may talk to the web shell: only a page served by this very server (its exact origin) that
 * presents this run's token. Compared in constant time so the token can't be guessed byte by byte.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';

export function createRunToken(): string {
  return randomBytes(24).toString('base64url');
}

export function tokensMatch(expected: string, presented: string | null): boolean {
  if (presented === null) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(presented);
  return a.length === b.length && timingSafeEqual(a, b);
}

export interface UpgradeCheck {
  ok: boolean;
  reason?: string;
}

export function checkUpgrade(
  request: { url?: string; headers: { origin?: string | undefined; host?: string | undefined } },
  allowedOrigin: string,
  token: string,
): UpgradeCheck {
  const origin = request.headers.origin;
  if (origin !== allowedOrigin) return { ok: false, reason: `origin ${origin ?? '(none)'} is not ${allowedOrigin}` };
  const url = new URL(request.url ?? '/', allowedOrigin);
  if (url.pathname !== '/api') return { ok: false, reason: `path ${url.pathname} is not /api` };
  if (!tokensMatch(token, url.searchParams.get('token'))) return { ok: false, reason: 'missing or wrong token' };
  return { ok: true };
}

/** The Content-Security-Policy for pages served by the web shell: nothing from outside, sockets only to itself. */
export function contentSecurityPolicy(origin: string): string {
  const socketOrigin = origin.replace(/^http/, 'ws');
  return [
    "default-src 'self'",
    "script-src 'self'",
    // Mantine and three.js set inline styles at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ${socketOrigin}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
