// The locator map's pure, DOM-free modules: projection fit, cropped base map, inset, scale bar, labels.
export { fitMap, kmPerUnit, EARTH_RADIUS_KM, type FitOptions, type MapFrame } from './projection.ts';
export { baseMap, atlasScale, countryKey, countryNames, type Atlas, type BaseMap } from './basemap.ts';
export { orientationInset, type Inset } from './inset.ts';
export { scaleBar, type ScaleBar } from './scale-bar.ts';
export { placeLabels, labelSize, LABEL_FONT, DOT_RADIUS, type LabelInput, type LabelBand, type PlacedLabel, type LabelPlacement } from './labels.ts';
export { locatorMapLayout, MAP_WIDTH, MAP_BANDS, type MapLayout, type MapMark, type MapLayoutOptions } from './layout.ts';
export { pathString } from './path.ts';
export { basemapSvg, MAP_PALETTE } from './basemap-file.ts';
export { LABEL_SIDES, type MapPlace, type LabelSide } from './types.ts';
export { storyPlaceIds, itemsAt, paragraphsNaming, type PlacedItem } from './story.ts';
