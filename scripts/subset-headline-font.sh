#!/bin/sh
# Writes the headline face the site ships (src/assets/fonts/source-serif-4-700-subset.woff2): Source
# Serif 4 Bold from @fontsource/source-serif-4, cut down to what a headline needs (8.6 KB instead of
# 21.7 KB for fontsource's whole Latin file), so the font fits the page budget (issue 13: 40 KB before
# interaction, tests/budgets/page-height.spec.ts):
# - letters, digits, the punctuation of running text (. , : ; ! ? ' " ( ) / - & % $), typographic
#   quotes, dashes and ellipsis, and the common accented letters. Basic Latin's symbols (# * + < = >
#   @ [ \ ] ^ _ ` { | } ~) are left out: a headline that has one gets it, glyph by glyph, from the
#   system serif (the unicode-range in src/styles/global.css);
# - kerning kept, its pairs below 20 units of the 1000-unit em dropped (under 1 px at the largest
#   headline, 46 px); ligatures, hinting and the tables a headline does not use dropped.
# Needs fonttools with brotli (pip install fonttools brotli). Run again after updating the package;
# keep the unicode list here and the unicode-range in global.css the same.
set -e
UNICODES="U+0020-0022,U+0024-0029,U+002C-003B,U+003F,U+0041-005A,U+0061-007A,U+00A0,U+00AD,U+00B7,U+2013,U+2014,U+2018,U+2019,U+201C,U+201D,U+2026,U+00E9,U+00E8,U+00E1,U+00F3,U+00ED,U+00FA,U+00F1,U+00FC,U+00F6,U+00E4,U+00E7"
OUT=src/assets/fonts/source-serif-4-700-subset.woff2
pyftsubset node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff2 \
  --unicodes="$UNICODES" --layout-features="kern" --no-hinting --drop-tables+=BASE,STAT,gasp,prep --name-IDs=1,2 --flavor=woff2 \
  --output-file="$OUT"
python3 - "$OUT" <<'PY'
import sys
from fontTools.ttLib import TTFont
MIN_KERN = 20  # units of the em: smaller adjustments are invisible at headline sizes
font = TTFont(sys.argv[1])
for lookup in font['GPOS'].table.LookupList.Lookup:
    for sub in lookup.SubTable:
        sub = sub.ExtSubTable if lookup.LookupType == 9 else sub
        if getattr(sub, 'LookupType', lookup.LookupType) != 2:
            continue
        big = lambda v: v is not None and abs(getattr(v, 'XAdvance', 0) or 0) >= MIN_KERN
        if sub.Format == 1:
            for pairs in sub.PairSet:
                pairs.PairValueRecord = [p for p in pairs.PairValueRecord if big(p.Value1)]
                pairs.PairValueCount = len(pairs.PairValueRecord)
        else:
            for row in sub.Class1Record:
                for cell in row.Class2Record:
                    if cell.Value1 is not None and not big(cell.Value1):
                        cell.Value1.XAdvance = 0
font.save(sys.argv[1])
PY
