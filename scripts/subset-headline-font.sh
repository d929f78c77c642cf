#!/bin/sh
# Writes the headline face the site ships (src/assets/fonts/source-serif-4-700-subset.woff2): Source
# Serif 4 Bold from @fontsource/source-serif-4, cut down to what a headline needs (7.8 KB instead of
# 21.7 KB for fontsource's whole Latin file), so the font fits the page budget (issue 13: 40 KB before
# interaction, tests/budgets/page-height.spec.ts):
# - letters, digits, the punctuation of running text (. , : ; ! ? ' " ( ) / - & % $), typographic
#   quotes, dashes and ellipsis, and the common accented letters. Basic Latin's symbols (# * + < = >
#   @ [ \ ] ^ _ ` { | } ~) are left out: a headline that has one gets it, glyph by glyph, from the
#   system serif (the unicode-range in src/styles/global.css);
# - kerning kept, its pairs below 40 units of the 1000-unit em dropped (under 2 px at the largest
#   headline, 46 px), the rest written as plain pairs; ligatures, hinting and the tables a headline
#   does not use dropped.
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
from fontTools.feaLib.builder import addOpenTypeFeaturesFromString
MIN_KERN = 40  # units of the em: smaller adjustments (under 2 px at the largest headline) are dropped
font = TTFont(sys.argv[1])
glyphs = font.getGlyphOrder()
pairs = {}
for lookup in font['GPOS'].table.LookupList.Lookup:
    for sub in lookup.SubTable:
        sub = sub.ExtSubTable if lookup.LookupType == 9 else sub
        if getattr(sub, 'LookupType', lookup.LookupType) != 2:
            continue
        advance = lambda v: (getattr(v, 'XAdvance', 0) or 0) if v is not None else 0
        if sub.Format == 1:
            for first, pairset in zip(sub.Coverage.glyphs, sub.PairSet):
                for p in pairset.PairValueRecord:
                    pairs.setdefault((first, p.SecondGlyph), advance(p.Value1))
        else:
            class1, class2 = sub.ClassDef1.classDefs, sub.ClassDef2.classDefs
            for first in sub.Coverage.glyphs:
                row = sub.Class1Record[class1.get(first, 0)]
                for second in glyphs:
                    pairs.setdefault((first, second), advance(row.Class2Record[class2.get(second, 0)].Value1))
# The kept pairs written out one by one: a class matrix of mostly zeros costs more than the pairs.
kept = sorted((a, b, v) for (a, b), v in pairs.items() if abs(v) >= MIN_KERN)
del font['GPOS']
feature = 'languagesystem DFLT dflt;\nlanguagesystem latn dflt;\nfeature kern {\n' + ''.join(f'  pos {a} {b} {v};\n' for a, b, v in kept) + '} kern;\n'
addOpenTypeFeaturesFromString(font, feature, tables=['GPOS'])
font.save(sys.argv[1])
print(f'{sys.argv[1]}: {len(kept)} kerning pairs of {MIN_KERN} units or more')
PY
