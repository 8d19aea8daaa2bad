// Country names in the interface language, drawn by the basemap's label layers (basemapStyle.ts).
// Only the region around the projects is labelled, so the names frame the map instead of
// cluttering it.
import type { Feature, Point } from 'geojson';
import { COUNTRY_CODES } from '../data/atlasSchema';
import { countryName } from '../i18n/countryNames';

/** A country's label point, as basemap/country-labels.json lists them (checked by the build: geographySchema.ts). */
export interface CountryLabel {
  /** ISO 3166-1 alpha-2 */
  code: string;
  position: [number, number];
}

export interface RegionLabel extends CountryLabel {
  /** A country the dataset has projects in: named larger and darker than its neighbours. */
  focus: boolean;
}

/** Central Asia, western China and their neighbours: wider than the first view, so panning still finds names. */
export const LABEL_REGION = { west: 44, south: 29, east: 106, north: 58 } as const;

/**
 * The label file places each name at the centre of the country's largest polygon. Some names go to
 * an open part of their country instead: China's and Russia's centres lie outside the framed region
 * (Russia's even past 180°), China's would sit under the legend in the first view, Uzbekistan's
 * under the Zarafshan marker, and Kazakhstan's just under the marker of the wind farm located only
 * by the country (68°E 48°N), which would push it aside.
 */
export const REGIONAL_ANCHORS: Readonly<Record<string, [number, number]>> = {
  CN: [85, 44],
  KZ: [67.3, 47.2],
  RU: [62, 56.5],
  UZ: [60.5, 42.3],
};

export function selectCountryLabels(labels: readonly CountryLabel[]): RegionLabel[] {
  const focusCodes: readonly string[] = COUNTRY_CODES;
  return labels
    .map((label) => ({ ...label, position: REGIONAL_ANCHORS[label.code] ?? label.position }))
    .filter(({ position: [longitude, latitude] }) => {
      const { west, south, east, north } = LABEL_REGION;
      return longitude >= west && longitude <= east && latitude >= south && latitude <= north;
    })
    .map((label) => ({ ...label, focus: focusCodes.includes(label.code) }));
}

/** Noto Sans CJK SC (or the system's Chinese font) is needed for 中文 names; the others cover Latin and Cyrillic. */
export const LABEL_FONT_FAMILY = 'system-ui, "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';

export interface CountryLabelProperties {
  zh: string;
  en: string;
  ru: string;
  kind: 'country' | 'neighbour';
}

/** The country names as points for the basemap's name layers, in every interface language. */
export function countryLabelFeatures(labels: readonly RegionLabel[]): Feature<Point, CountryLabelProperties>[] {
  return labels.map((label) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: label.position },
    properties: {
      zh: countryName(label.code, 'zh'),
      en: countryName(label.code, 'en'),
      ru: countryName(label.code, 'ru'),
      kind: label.focus ? 'country' : 'neighbour',
    },
  }));
}
