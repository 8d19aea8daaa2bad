// Country names drawn by deck.gl in the interface language (the basemap style has no glyphs, so
// it cannot draw text offline). Only the region around the projects is labelled, so the names
// frame the map instead of cluttering it.
import type { Color } from '@deck.gl/core';
import { TextLayer } from '@deck.gl/layers';
import { z } from '../zod';
import { COUNTRY_CODES } from '../data/atlasSchema';
import { countryName } from '../i18n/countryNames';
import type { Language } from '../state/viewState';

const countryLabelSchema = z.object({
  code: z.string().regex(/^[A-Z]{2}$/),
  position: z.tuple([z.number(), z.number()]),
});
export const countryLabelsSchema = z.array(countryLabelSchema);
export type CountryLabel = z.infer<typeof countryLabelSchema>;

export interface RegionLabel extends CountryLabel {
  /** A country the dataset has projects in: named larger and darker than its neighbours. */
  focus: boolean;
}

/** Central Asia, western China and their neighbours: wider than the first view, so panning still finds names. */
export const LABEL_REGION = { west: 44, south: 29, east: 106, north: 58 } as const;

/**
 * The label file places each name at the centre of the country's largest polygon. Some names go to
 * an open part of their country instead: China's and Russia's centres lie outside the framed region
 * (Russia's even past 180°), China's would sit under the legend in the first view, and Uzbekistan's
 * under the Zarafshan marker.
 */
export const REGIONAL_ANCHORS: Readonly<Record<string, [number, number]>> = {
  CN: [85, 44],
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

const LABEL_OFFSET_PX = 13;
const FOCUS_LABEL_COLOR: Color = [47, 58, 72, 255];
const NEIGHBOUR_LABEL_COLOR: Color = [96, 104, 116, 255];

export function countryLabelLayer(labels: readonly RegionLabel[], language: Language) {
  return new TextLayer<RegionLabel>({
    id: 'country-labels',
    data: labels,
    getPosition: (label) => label.position,
    getText: (label) => countryName(label.code, language),
    getSize: (label) => (label.focus ? 15 : 12),
    getColor: (label) => (label.focus ? FOCUS_LABEL_COLOR : NEIGHBOUR_LABEL_COLOR),
    sizeUnits: 'pixels',
    // Names hang below their point: projects located only by country sit on that same point.
    getAlignmentBaseline: 'top',
    getPixelOffset: [0, LABEL_OFFSET_PX],
    fontFamily: LABEL_FONT_FAMILY,
    fontWeight: 600,
    // Builds the glyph atlas from the names themselves; the default set is Latin only and drops 中文.
    characterSet: 'auto',
    fontSettings: { sdf: true },
    outlineWidth: 4,
    outlineColor: [255, 255, 255, 220],
    updateTriggers: { getText: language },
  });
}
