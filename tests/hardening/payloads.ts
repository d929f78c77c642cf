/**
 * XSS filter-evasion payloads (after the OWASP XSS Filter Evasion Cheat Sheet and the 0xsobky
 * polyglot) that the hostile fixture explainer carries in every free-text field. Each must render as
 * the literal text an editor typed: no element, no handler, no navigation, no dialog.
 */
export const TEXT_PAYLOADS: { name: string; text: string }[] = [
  {
    name: 'polyglot (0xsobky)',
    text: "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=alert() )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=alert()//>\\x3e",
  },
  { name: 'img onerror', text: '<img src=x onerror=alert(1)>' },
  { name: 'svg onload', text: '<svg onload=alert(2)>' },
  { name: 'script breakout', text: '</script><script>alert(3)</script>' },
  { name: 'title breakout', text: '</title><script>alert(4)</script>' },
  { name: 'attribute breakout (double quote)', text: '"><img src=x onerror=alert(5)>' },
  { name: "attribute breakout (single quote)", text: "'><svg/onload=alert(6)>" },
  { name: 'entity-split javascript: URL', text: '<a href="jav&#x09;ascript:alert(7)">entity</a>' },
  { name: 'decimal-entity javascript: URL', text: '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(8)">dec</a>' },
  { name: 'tab-split javascript: URL', text: '<a href="jav\tascript:alert(9)">tab</a>' },
  { name: 'mixed-case javascript: URL', text: '<a href="JaVaScRiPt:alert(10)">case</a>' },
  { name: 'iframe javascript: src', text: '<iframe src="javascript:alert(11)"></iframe>' },
  { name: 'details ontoggle', text: '<details open ontoggle=alert(12)>' },
  { name: 'inline style', text: '<style>*{display:none}</style><b style="color:red">styled</b>' },
  { name: 'MathML xlink', text: '<math><maction actiontype="statusline" xlink:href="javascript:alert(13)">m</maction></math>' },
  { name: 'template injection', text: "{{constructor.constructor('alert(14)')()}} ${alert(15)}" },
  { name: 'markdown link', text: '[click](javascript:alert(16))' },
  { name: 'comment and CDATA', text: '<!-- --> ]]> <![CDATA[x]]>' },
  // U+2028/U+2029 are refused in content (src/lib/text-hygiene.ts lineProblem); serializeJsonLd's escaping of them is unit-tested.
  { name: 'JSON breakers', text: 'back\\slash "quote" </script' },
];

/** Every payload, one after the other: for fields without a length limit. */
export const ALL_PAYLOADS = TEXT_PAYLOADS.map((p) => p.text).join(' · ');

/** A marker word every hostile string starts with, so tests can find the rendered text. */
export const MARK = 'HOSTILE';

/** Payloads packed into at most `max` characters, starting at payload `start` (rotating). */
export function packed(max: number, start = 0): string {
  let out = MARK;
  for (let k = 0; k < TEXT_PAYLOADS.length; k++) {
    const p = TEXT_PAYLOADS[(start + k) % TEXT_PAYLOADS.length].text;
    if (`${out} ${p}`.length <= max) out = `${out} ${p}`;
  }
  return out;
}

/** A full hostile string for an unlimited field. */
export const full = (label: string) => `${MARK} ${label} ${ALL_PAYLOADS}`;

/**
 * URLs that must never become a link. The schema refuses all of them wherever a URL is allowed.
 */
export const HOSTILE_URLS: { name: string; url: string }[] = [
  { name: 'javascript:', url: 'javascript:alert(document.domain)' },
  { name: 'mixed-case javascript:', url: 'JaVaScRiPt:alert(1)' },
  { name: 'tab-split javascript:', url: 'java\tscript:alert(1)' },
  { name: 'newline-split javascript:', url: 'java\nscript:alert(1)' },
  { name: 'entity-split javascript:', url: 'jav&#x09;ascript:alert(1)' },
  { name: 'leading space javascript:', url: ' javascript:alert(1)' },
  { name: 'leading control character javascript:', url: '\u0001javascript:alert(1)' },
  { name: 'data: text/html', url: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==' },
  { name: 'data: svg', url: 'data:image/svg+xml,<svg onload=alert(1)>' },
  { name: 'vbscript:', url: 'vbscript:msgbox("x")' },
  { name: 'mixed-case vbscript:', url: 'VbScRiPt:msgbox(1)' },
  { name: 'file:', url: 'file:///etc/passwd' },
  { name: 'protocol-relative', url: '//evil.example/' },
  { name: 'relative path', url: '/javascript:alert(1)' },
];

/** http(s) URLs that are valid but full of markup: accepted, and must render inert in href. */
export const HOSTILE_BUT_VALID_URLS = [
  'https://example.org/?q="><svg/onload=alert(20)>',
  "https://example.org/#'onmouseover='alert(21)",
];
