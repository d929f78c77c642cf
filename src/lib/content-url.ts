/**
 * The links an editor may write in an explainer (Markdown links, reference definitions, autolinks,
 * images, `href`/`src` of allowed elements and component props): web addresses (https://, http://),
 * e-mail (mailto:), paths on this site (/…, ./…, ../…, or a bare relative path) and #fragments.
 * Anything else is refused, after the URL has been read the way a browser reads it: character
 * references decoded (`jav&#x09;ascript:`, `javascript&colon;`), tabs, newlines and controls dropped
 * (`java\tscript:`), the scheme compared without case (`JaVaScRiPt:`), backslashes taken as slashes
 * (`/\evil.example`).
 */

/** Protocols an absolute address in content may use (a citation's url, a source's). Anything else (javascript:, data:, vbscript:…) is refused. */
export const ALLOWED_URL_PROTOCOLS = ['http:', 'https:'] as const;

/** True when `value` parses as an absolute http(s) URL. */
export function isSafeHttpUrl(value: string): boolean {
  // Browsers drop tabs and newlines inside URLs ("java\tscript:"), so refuse any control character.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\s]/.test(value)) return false;
  try {
    const url = new URL(value);
    return (ALLOWED_URL_PROTOCOLS as readonly string[]).includes(url.protocol);
  } catch {
    return false;
  }
}


export const ALLOWED_LINK_KINDS = 'https://…, http://…, mailto:…, a path on this site (/…) or a #fragment';

/** The named character references that can hide a scheme; any other named reference is refused. */
const NAMED: Record<string, string> = {
  amp: '&',
  colon: ':',
  sol: '/',
  bsol: '\\',
  tab: '\t',
  newline: '\n',
  nbsp: '\u00a0',
  period: '.',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  lpar: '(',
  rpar: ')',
  num: '#',
  quest: '?',
  equals: '=',
  percnt: '%',
};

/**
 * Decodes HTML character references until none is left: numeric ones with or without the closing
 * `;` (as browsers read them), named ones with it (`&page=2` in a query is not a reference).
 */
export function decodeReferences(text: string): { text: string; unknown?: string } {
  let out = text;
  for (let round = 0; round < 5; round++) {
    let unknown: string | undefined;
    const next = out.replace(/&(?:(#x[0-9a-f]+|#\d+);?|([a-z][a-z0-9]*);)/gi, (whole, numeric: string | undefined, name: string | undefined) => {
      if (numeric) {
        const code = /^#x/i.test(numeric) ? parseInt(numeric.slice(2), 16) : parseInt(numeric.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
      }
      const named = NAMED[name!.toLowerCase()];
      if (named === undefined) unknown ??= whole;
      return named ?? whole;
    });
    if (unknown) return { text: next, unknown };
    if (next === out) return { text: out };
    out = next;
  }
  return { text: out };
}

/** Top-level domains common enough that "name.tld/…" in a relative link is surely a mistyped web address. */
const TLDS = 'com|org|net|edu|gov|int|mil|info|biz|news|io|co|uk|us|eu|de|fr|es|it|nl|be|ch|at|se|no|dk|fi|pl|ru|ua|tr|il|sy|lb|jo|iq|ir|eg|sa|ae|qa|in|pk|cn|jp|kr|au|nz|ca|br|mx|ar|za|ng|ke';
const HOST_LIKE = new RegExp(`^(?:www\\.[^/?#]+|[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:${TLDS}))(?:[/?#]|$)`, 'i');

/** Whether a link without a scheme starts with what looks like a host name (www.…, or name.org/ or name.org). */
function hostLike(link: string): boolean {
  return HOST_LIKE.test(link);
}

/**
 * Why a link written in content may not be used, or undefined when it is allowed. The message says
 * what the link does wrong and what to write instead, for "<file>:<line> — link …: <message>".
 */
export function linkProblem(raw: string): string | undefined {
  const { text: decoded, unknown } = decodeReferences(raw);
  if (unknown) return `contains the character reference "${unknown}": write the character itself`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/.test(decoded)) {
    return 'contains a space, tab, line break or invisible character: remove it (write %20 for a space in a path)';
  }
  if (decoded.includes('\\')) return 'contains a backslash, which browsers read as a slash: write / instead';
  if (decoded === '') return `is empty: write ${ALLOWED_LINK_KINDS}`;
  if (decoded.startsWith('//')) return `starts with // (it would leave this site for any host): write the full address, https://…`;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(decoded)?.[1].toLowerCase();
  if (scheme === undefined) {
    // A web address written without https:// ("www.example.org/results") would ship as a broken path on this site.
    const host = hostLike(decoded);
    return host ? `is a web address without its https://, which would lead to a missing page of this site: write https://${decoded}` : undefined; // a path on this site, a relative path, or #fragment
  }
  if (scheme === 'mailto') return /^mailto:[^@\s]+@[^@\s]+$/i.test(decoded) ? undefined : 'is not an e-mail address: write mailto:name@example.org';
  if (scheme === 'http' || scheme === 'https') {
    if (!/^https?:\/\/[^/?#]/i.test(decoded)) return `must be a full web address: write ${scheme}://host/…`;
    try {
      new URL(decoded);
      return undefined;
    } catch {
      return 'is not a valid web address';
    }
  }
  return `uses ${scheme}:, which is not allowed: write ${ALLOWED_LINK_KINDS}`;
}
