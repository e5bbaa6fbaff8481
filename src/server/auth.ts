import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { WartaConfigError } from '../errors.js';
import { HttpProblem } from './errors.js';

/**
 * Reads bearer tokens: one per line of a file (blank lines and lines starting with "#" skipped), and
 * a comma-separated list (the `WARTA_TOKENS` environment variable). A token is at least 16
 * characters of visible ASCII, so a short or mistyped one fails at start-up, not at every request.
 */
export function readTokens(sources: { file?: string | undefined; list?: string | undefined }): string[] {
  const tokens: string[] = [];
  if (sources.file !== undefined) {
    let text: string;
    try {
      text = readFileSync(sources.file, 'utf8');
    } catch (err) {
      throw new WartaConfigError(`cannot read the tokens file ${sources.file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
    for (const line of text.split(/\r?\n/)) {
      const t = line.trim();
      if (t !== '' && !t.startsWith('#')) tokens.push(t);
    }
  }
  if (sources.list !== undefined) for (const t of sources.list.split(',')) if (t.trim() !== '') tokens.push(t.trim());
  for (const t of tokens) {
    if (!/^[\x21-\x7e]{16,}$/.test(t)) throw new WartaConfigError('a token must be at least 16 characters of visible ASCII (no spaces)');
  }
  return tokens;
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * Checks `Authorization: Bearer <token>` against the tokens, in time that does not depend on how
 * much of a token matched: each is compared as a SHA-256 digest (equal lengths for timingSafeEqual)
 * and every token is compared, whichever matches. Throws a 401 problem without a bearer token and a
 * 403 with a wrong one.
 */
export function createAuthCheck(tokens: readonly string[]): (authorization: string | undefined) => void {
  const digests = tokens.map(digest);
  return (authorization) => {
    const match = authorization === undefined ? null : /^Bearer +(\S+) *$/i.exec(authorization);
    if (!match) {
      throw new HttpProblem(401, 'unauthorized', 'this route needs a bearer token: send "Authorization: Bearer <token>"', { 'www-authenticate': 'Bearer realm="warta"' });
    }
    const given = digest(match[1]!);
    let ok = false;
    for (const d of digests) ok = timingSafeEqual(d, given) || ok;
    if (!ok) throw new HttpProblem(403, 'forbidden', 'the bearer token is not one of the service\'s tokens', {});
  };
}
