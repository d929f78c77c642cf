#!/bin/sh
# Writes the headline face the site ships (src/assets/fonts/source-serif-4-700-subset.woff2): Source
# Serif 4 Bold from @fontsource/source-serif-4, cut down to Basic Latin, typographic punctuation and
# the common accented letters (10.5 KB instead of 21.7 KB for fontsource's whole Latin file: kerning kept; ligatures, hinting and
# the tables a headline does not use dropped), so the
# font fits the page budget (tests/budgets/page-height.spec.ts). Characters outside the subset fall
# back, glyph by glyph, to the system serif (the unicode-range in src/styles/global.css).
# Needs fonttools with brotli (pip install fonttools brotli). Run again after updating the package;
# keep the unicode list here and the unicode-range in global.css the same.
set -e
UNICODES="U+0020-007E,U+00A0,U+00AD,U+00B7,U+2013,U+2014,U+2018,U+2019,U+201C,U+201D,U+2026,U+00E9,U+00E8,U+00E1,U+00F3,U+00ED,U+00FA,U+00F1,U+00FC,U+00F6,U+00E4,U+00E7"
pyftsubset node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff2 \
  --unicodes="$UNICODES" --layout-features="kern" --no-hinting --drop-tables+=BASE,STAT,gasp,prep --name-IDs=1,2 --flavor=woff2 \
  --output-file=src/assets/fonts/source-serif-4-700-subset.woff2
