/**
 * Bidirectional isolation for plain text (aria-labels, SVG text, copied citations), where no <bdi>
 * can go: a run between FSI (first strong isolate) and PDI (pop directional isolate) keeps its own
 * order and leaves its neighbours' alone. Pure.
 */
export const FSI = '\u2068';
export const PDI = '\u2069';

/** Letters of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms). */
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/** `text` isolated. */
export const isolate = (text: string) => `${FSI}${text}${PDI}`;

/** `text` isolated when it has right-to-left letters (left as it is otherwise, so English text is unchanged). */
export const isolateRtl = (text: string) => (RTL_LETTER.test(text) ? isolate(text) : text);
