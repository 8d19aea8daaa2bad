// Hand-written records. The build resolves every quote to a span in its speech and reads every
// figure's value out of its quote, so nothing here states a number or an offset.
import type {
  BuilderRole,
  CountryCode,
  ExternalSource,
  LocalizedName,
  Metric,
  Precision,
  ProjectGeometry,
  Sector,
  Status,
  Subtype,
  Unit,
} from '../../src/data/atlasSchema';

export interface CuratedQuote {
  speech: string;
  quote: string;
}

export interface CuratedFigure extends CuratedQuote {
  metric: Metric;
  unit: Unit;
  phase?: 'before' | 'after';
  /** Only when the quote holds several quantities of this unit: the one meant, as written. */
  amount?: string;
}

export interface CuratedPlace {
  geometry: ProjectGeometry;
  precision: Precision;
  place: LocalizedName;
  source: ExternalSource;
}

export interface CuratedProject {
  id: string;
  name: LocalizedName;
  sector: Sector;
  subtype: Subtype;
  countries: CountryCode[];
  builder: (CuratedQuote & { organization: string; role: BuilderRole }) | null;
  status: (CuratedQuote & { value: Status }) | null;
  mentions: CuratedQuote[];
  figures: CuratedFigure[];
  /**
   * 'none': the speeches name no place for this project and places.ts has no entry for it; the map
   * leaves it out rather than invent a point. Without it, a missing place stops the build.
   */
  location?: 'none';
}

export interface CuratedOrganization {
  id: string;
  name: LocalizedName;
  aliases: string[];
  parent: string | null;
  figures: CuratedFigure[];
}

export interface CuratedGroup {
  id: string;
  name: LocalizedName;
  members: string[];
  openEnded: boolean;
  figures: CuratedFigure[];
}
