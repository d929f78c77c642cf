// The locator map's pure, DOM-free modules: projection fit, cropped base map, inset, scale bar, labels.
export { fitMap, kmPerUnit, EARTH_RADIUS_KM, type FitOptions, type MapFrame } from './projection';
export { baseMap, atlasScale, countryKey, countryNames, type Atlas, type BaseMap } from './basemap';
export { orientationInset, type Inset } from './inset';
export { scaleBar, type ScaleBar } from './scale-bar';
export { placeLabels, labelSize, LABEL_FONT, DOT_RADIUS, type LabelInput, type LabelBand, type PlacedLabel, type LabelPlacement } from './labels';
export { locatorMapLayout, MAP_WIDTH, MAP_BANDS, type MapLayout, type MapMark, type MapLayoutOptions } from './layout';
export { pathString } from './path';
export { basemapSvg, MAP_PALETTE } from './basemap-file';
export { LABEL_SIDES, type MapPlace, type LabelSide } from './types';
export { storyPlaceIds, itemsAt, paragraphsNaming, type PlacedItem } from './story';
