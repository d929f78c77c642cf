/*!
 * News explainer kit: resizes embedded graphics to fit their content.
 *
 * Paste the <iframe data-explainer-embed="…"> from an explainer's "Embed" box, then this script once.
 * Each frame posts { type: "explainer-embed:height", version: 1, id: string, height: number } to its
 * parent (see src/lib/embed.ts). A message is used only when it comes from one of those frames'
 * own window (event.source) AND from exactly that frame's origin (event.origin), so another frame or
 * window on the page cannot resize anything. Heights are clamped to 1..20000 CSS pixels.
 */
(function () {
  'use strict';
  if (window.__explainerEmbed) return;
  window.__explainerEmbed = true;
  var TYPE = 'explainer-embed:height';
  var MAX = 20000;

  function frameFor(source) {
    var frames = document.querySelectorAll('iframe[data-explainer-embed]');
    for (var i = 0; i < frames.length; i++) if (frames[i].contentWindow === source) return frames[i];
    return null;
  }

  function originOf(frame) {
    try {
      return new URL(frame.getAttribute('src') || '', document.baseURI).origin;
    } catch (e) {
      return null;
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== TYPE || data.version !== 1) return;
    var frame = event.source ? frameFor(event.source) : null;
    if (!frame) return;
    var origin = originOf(frame);
    if (!origin || origin === 'null' || event.origin !== origin) return;
    var expected = frame.getAttribute('data-explainer-embed');
    if (expected && data.id !== expected) return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height < 1 || height > MAX) return;
    // The height attribute, not an inline style, so a strict CSP on the host page does not object.
    frame.setAttribute('height', String(Math.ceil(height)));
  });
})();
