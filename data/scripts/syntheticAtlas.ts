// A synthetic dataset of any size for benchmarks and scale tests: N projects spread over Central
// Asia and western China, each point inside its country, every quote verbatim at its span in a set
// of synthetic speeches. Quotes are located and values read with the build's own functions
// (locateQuote, readFigureAmount), so a synthetic atlas passes the same gate as the real one.
import { createHash } from 'node:crypto';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import {
  COUNTRY_CODES,
  type Atlas,
  type BuilderRole,
  type CountryCode,
  type Figure,
  type LocalizedName,
  type Metric,
  type Organization,
  type ProjectGroup,
  type QuoteRef,
  type Sector,
  type Speech,
  type Status,
  type Subtype,
  type Unit,
} from '../../src/data/atlasSchema';
import type { projectFeature } from '../../src/data/atlasZodSchema';
import type { z } from '../../src/zod';
import type { CountryShapes } from '../../src/data/checkPlacement';
import { locateQuote } from '../../src/domain/provenance/locateQuote';
import { readFigureAmount } from '../../src/domain/quantities/figureAmount';
import { countryName } from '../../src/i18n/countryNames';

/** Where the synthetic projects lie: Central Asia and Xinjiang (China's polygon is clipped to this). */
const REGION = { west: 46, east: 96, south: 35, north: 56 };

/** Share of projects per country, roughly as the real speeches spread them. */
const COUNTRY_WEIGHTS: Record<CountryCode, number> = { KZ: 30, UZ: 25, CN: 14, KG: 12, TJ: 11, TM: 8 };

interface SubtypePlan {
  subtype: Subtype;
  sector: Sector;
  weight: number;
  /** The kind of project as the speeches and the names say it. */
  noun: LocalizedName;
  /** Share of these projects whose speech states a figure for them. */
  figureShare: number;
  figure: { metric: Metric; unit: Unit; sentences: (value: number) => string; values: readonly number[] } | null;
  /** Routes rather than points. */
  line: boolean;
}

/** Capacities in MW from 5 to 2,000, about evenly spread on a log scale and rounded to read like a speech. */
const CAPACITIES = [5, 8, 10, 12, 15, 18, 20, 25, 30, 35, 40, 45, 50, 60, 70, 80, 90, 100, 110, 120, 135, 150, 175, 200, 220, 250, 280, 300, 350, 400, 450, 500, 600, 700, 800, 900, 1000, 1200, 1500, 2000];

const SUBTYPE_PLANS: readonly SubtypePlan[] = [
  capacityPlan('wind', 16, { zh: '风电场', en: 'Wind farm', ru: 'Ветропарк' }),
  capacityPlan('solar', 16, { zh: '光伏电站', en: 'Solar plant', ru: 'Солнечная станция' }),
  capacityPlan('hydropower', 8, { zh: '水电站', en: 'Hydropower plant', ru: 'ГЭС' }),
  capacityPlan('gas_chp', 5, { zh: '热电厂', en: 'Gas CHP plant', ru: 'Газовая ТЭЦ' }),
  {
    subtype: 'irrigation_pump_station',
    sector: 'pump_station',
    weight: 12,
    noun: { zh: '灌溉泵站', en: 'Irrigation pump station', ru: 'Ирригационная насосная станция' },
    figureShare: 0.6,
    figure: { metric: 'irrigated_area', unit: 'ha', sentences: (value) => `泵站灌溉面积达${value}公顷`, values: [500, 800, 1200, 2000, 3000, 5000, 8000, 12000, 20000] },
    line: false,
  },
  {
    subtype: 'highway',
    sector: 'road',
    weight: 6,
    noun: { zh: '公路', en: 'Highway', ru: 'Автодорога' },
    figureShare: 0.5,
    figure: { metric: 'travel_time_saved', unit: 'hours', sentences: (value) => `公路通行时间缩短${value}小时`, values: [1, 2, 3, 4, 5, 6] },
    line: true,
  },
  {
    subtype: 'road_rehabilitation',
    sector: 'road',
    weight: 9,
    noun: { zh: '道路改造', en: 'Road rehabilitation', ru: 'Реконструкция дороги' },
    figureShare: 0,
    figure: null,
    line: false,
  },
  {
    subtype: 'gas_pipeline',
    sector: 'pipeline',
    weight: 2,
    noun: { zh: '输气管道', en: 'Gas pipeline', ru: 'Газопровод' },
    figureShare: 0,
    figure: null,
    line: true,
  },
  {
    subtype: 'car_maker',
    sector: 'industry',
    weight: 4,
    noun: { zh: '汽车厂', en: 'Car plant', ru: 'Автозавод' },
    figureShare: 0.7,
    figure: { metric: 'production_volume', unit: 'vehicles', sentences: (value) => `工厂年产汽车${value / 10000}万辆`, values: [10000, 20000, 30000, 50000, 80000, 100000] },
    line: false,
  },
  {
    subtype: 'refinery',
    sector: 'energy',
    weight: 3,
    noun: { zh: '炼油厂', en: 'Refinery', ru: 'НПЗ' },
    figureShare: 0,
    figure: null,
    line: false,
  },
  {
    subtype: 'media_centre',
    sector: 'media_culture',
    weight: 5,
    noun: { zh: '媒体中心', en: 'Media centre', ru: 'Медиацентр' },
    figureShare: 0,
    figure: null,
    line: false,
  },
  {
    subtype: 'cultural_centre',
    sector: 'media_culture',
    weight: 4,
    noun: { zh: '文化中心', en: 'Cultural centre', ru: 'Культурный центр' },
    figureShare: 0,
    figure: null,
    line: false,
  },
];

function capacityPlan(subtype: Subtype, weight: number, noun: LocalizedName): SubtypePlan {
  // A few capacities carry a qualifier, as speeches write them (约 about, 超过 more than).
  const sentence = (value: number) => `${noun.zh}装机容量${value % 7 === 0 ? '约' : value % 11 === 0 ? '超过' : '为'}${value}兆瓦`;
  return { subtype, sector: 'energy', weight, noun, figureShare: 0.75, figure: { metric: 'capacity', unit: 'MW', sentences: sentence, values: CAPACITIES }, line: false };
}

/** Fictional builders: a synthetic dataset must not put words in real companies' mouths. */
const ORGANIZATIONS: readonly { id: string; name: LocalizedName; role: BuilderRole; jobs: number | null }[] = [
  { id: 'silk-energy', name: { zh: '丝路能源集团', en: 'Silk Road Energy Group', ru: 'Энергетическая группа «Шёлковый путь»' }, role: 'invested_and_built', jobs: 3000 },
  { id: 'steppe-power', name: { zh: '草原电力建设公司', en: 'Steppe Power Construction', ru: 'Степная энергостроительная компания' }, role: 'contractor', jobs: 1200 },
  { id: 'tianshan-water', name: { zh: '天山水利工程公司', en: 'Tianshan Water Engineering', ru: 'Тяньшаньская гидротехническая компания' }, role: 'built', jobs: null },
  { id: 'caravan-roads', name: { zh: '驼队路桥集团', en: 'Caravan Roads and Bridges Group', ru: 'Группа «Караван: дороги и мосты»' }, role: 'contractor', jobs: 800 },
  { id: 'oasis-industry', name: { zh: '绿洲实业公司', en: 'Oasis Industries', ru: 'Компания «Оазис Индастриз»' }, role: 'controlling_stake', jobs: null },
  { id: 'aral-media', name: { zh: '咸海传媒集团', en: 'Aral Media Group', ru: 'Медиагруппа «Арал»' }, role: 'co_hosted', jobs: null },
];

const STATUSES: readonly { value: Status; words: string }[] = [
  { value: 'completed', words: '已经全面建成' },
  { value: 'operating', words: '已投入运营' },
  { value: 'proposed', words: '正在规划之中' },
];

/** Group figures: a few projects of one subtype and country whose speech states a total for them together. */
const GROUP_PLANS: readonly { subtype: Subtype; country: CountryCode; size: number; metric: Metric; unit: Unit; sentence: string; openEnded: boolean }[] = [
  { subtype: 'wind', country: 'KZ', size: 12, metric: 'annual_generation', unit: 'kWh/yr', sentence: '上述风电项目每年提供超5.5亿千瓦时绿色电力', openEnded: true },
  { subtype: 'solar', country: 'UZ', size: 8, metric: 'households_served', unit: 'households', sentence: '这些光伏电站可满足约50万户家庭的用电需求', openEnded: false },
  { subtype: 'irrigation_pump_station', country: 'TJ', size: 5, metric: 'irrigated_area', unit: 'ha', sentence: '这批泵站共灌溉农田3.2万公顷', openEnded: false },
  { subtype: 'hydropower', country: 'KG', size: 4, metric: 'people_served', unit: 'people', sentence: '这些水电站惠及178万民众', openEnded: true },
];

export interface SyntheticAtlasOptions {
  count: number;
  seed: number;
  countryShapes: CountryShapes;
}

/** One speech per builder: it names the builder's role, each project kind, each stated figure and each status. */
function speechText(organization: (typeof ORGANIZATIONS)[number]): string[] {
  const builder = `${organization.name.zh}${builderVerb(organization.role)}了下列项目。`;
  const kinds = SUBTYPE_PLANS.map((plan) => `我们参与了一批${plan.noun.zh}项目。`).join('');
  const figures = SUBTYPE_PLANS.flatMap((plan) => (plan.figure === null ? [] : [plan.figure.values.map((value) => `其中，${plan.figure?.sentences(value)}。`).join('')]));
  const statuses = STATUSES.map((status) => `部分项目${status.words}。`).join('');
  const groups = GROUP_PLANS.map((plan) => `${plan.sentence}。`).join('');
  const jobs = organization.jobs === null ? '' : `公司在中亚创造${organization.jobs}余个就业岗位。`;
  return [`${builder}${kinds}${jobs}`, ...figures, `${statuses}${groups}`];
}

function builderVerb(role: BuilderRole): string {
  return { invested_and_built: '投资建设', contractor: '承建', built: '建设', controlling_stake: '控股', modernised: '改造', co_hosted: '联合主办', co_built: '共建', co_produced: '联合摄制', proposer: '倡议成立', unspecified: '参与' }[role];
}

/** mulberry32: small, fast and the same sequence for the same seed on every machine. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function weightedPicker<T>(entries: readonly T[], weight: (entry: T) => number, random: () => number): () => T {
  const total = entries.reduce((sum, entry) => sum + weight(entry), 0);
  return () => {
    let remaining = random() * total;
    for (const entry of entries) {
      remaining -= weight(entry);
      if (remaining < 0) return entry;
    }
    return entries[entries.length - 1] as T;
  };
}

/** Three decimals (about 100 m): enough for a marker, and short in the file. */
const round = (value: number) => Math.round(value * 1000) / 1000;

/** Draws points inside a country (within REGION) by rejection from its bounding box. */
function pointSampler(shape: Feature<Polygon | MultiPolygon>, random: () => number): (near?: Position) => Position {
  const polygons = shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
  const vertices = polygons.flatMap((rings) => rings[0] ?? []);
  const west = Math.max(REGION.west, Math.min(...vertices.map((vertex) => vertex[0] ?? 0)));
  const east = Math.min(REGION.east, Math.max(...vertices.map((vertex) => vertex[0] ?? 0)));
  const south = Math.max(REGION.south, Math.min(...vertices.map((vertex) => vertex[1] ?? 0)));
  const north = Math.min(REGION.north, Math.max(...vertices.map((vertex) => vertex[1] ?? 0)));
  return (near) => {
    for (let attempt = 0; attempt < 10_000; attempt += 1) {
      const candidate =
        near === undefined
          ? [round(west + random() * (east - west)), round(south + random() * (north - south))]
          : [round((near[0] ?? 0) + (random() - 0.5) * 1.6), round((near[1] ?? 0) + (random() - 0.5) * 1.2)];
      if (booleanPointInPolygon(candidate, shape)) return candidate;
    }
    throw new Error(`no point found inside ${String(shape.id)}`);
  };
}

export function synthesizeAtlas({ count, seed, countryShapes }: SyntheticAtlasOptions): Atlas {
  const random = randomSource(seed);
  const speeches: Speech[] = ORGANIZATIONS.map((organization, index) => ({
    id: `s${String(index + 1).padStart(2, '0')}`,
    headline: `${organization.name.zh}在中亚的合作项目（合成数据）`,
    speaker: { line: `${organization.name.zh}代表 合成发言人`, name: '合成发言人', role: '代表', organization: organization.name.zh },
    paragraphs: speechText(organization).map((text, paragraph) => ({ id: `s${String(index + 1).padStart(2, '0')}-p${paragraph + 1}`, text })),
  }));

  // Quotes are located once per speech and shared: many projects cite the same sentence.
  const located = new Map<string, QuoteRef>();
  const quote = (speech: Speech, text: string): QuoteRef => {
    const key = `${speech.id}|${text}`;
    const cached = located.get(key);
    if (cached !== undefined) return cached;
    const location = locateQuote(
      speech.paragraphs.map((paragraph) => paragraph.text),
      text,
    );
    if (!location.ok) throw new Error(`synthetic quote "${text}" ${location.reason} in ${speech.id}`);
    const ref = { speech: speech.id, quote: text, span: location.span };
    located.set(key, ref);
    return ref;
  };
  const figure = (speech: Speech, text: string, metric: Metric, unit: Unit, ownerId: string): Figure => {
    const reading = readFigureAmount(text, unit);
    if (!reading.ok) throw new Error(reading.reason);
    const { value, qualifier, text: amount } = reading.quantity;
    return { ...quote(speech, text), id: `${ownerId}.${metric}`, metric, value, unit, qualifier, amount };
  };

  const organizations: Organization[] = ORGANIZATIONS.map((organization, index) => {
    const speech = speeches[index] as Speech;
    return {
      id: organization.id,
      name: organization.name,
      aliases: [],
      parent: null,
      figures: organization.jobs === null ? [] : [figure(speech, `创造${organization.jobs}余个就业岗位`, 'jobs', 'jobs', organization.id)],
    };
  });

  const pickCountry = weightedPicker(COUNTRY_CODES, (code) => COUNTRY_WEIGHTS[code], random);
  const pickPlan = weightedPicker(SUBTYPE_PLANS, (plan) => plan.weight, random);
  const samplers = new Map(
    COUNTRY_CODES.map((code) => {
      const shape = countryShapes.get(code);
      if (shape === undefined) throw new Error(`no country shape for ${code}`);
      return [code, pointSampler(shape, random)];
    }),
  );
  const digits = String(count).length;

  // Written while they are made (each group adds itself to its members), so not yet read-only.
  const features: z.infer<typeof projectFeature>[] = [];
  for (let index = 0; index < count; index += 1) {
    const country = pickCountry();
    const plan = pickPlan();
    const builderIndex = Math.floor(random() * ORGANIZATIONS.length);
    const organization = ORGANIZATIONS[builderIndex] as (typeof ORGANIZATIONS)[number];
    const speech = speeches[builderIndex] as Speech;
    const number = String(index + 1).padStart(digits, '0');
    const id = `${plan.subtype.replaceAll('_', '-')}-${number}`;
    const sample = samplers.get(country) as (near?: Position) => Position;
    const start = sample();
    const coordinates = plan.line ? [start, sample(start), sample(start)] : start;
    const stated = plan.figure !== null && random() < plan.figureShare ? plan.figure : null;
    const statusPick = random() < 0.3 ? STATUSES[Math.floor(random() * STATUSES.length)] : undefined;
    const countryNames = { zh: countryName(country, 'zh'), en: countryName(country, 'en'), ru: countryName(country, 'ru') };
    features.push({
      type: 'Feature',
      id,
      geometry: Array.isArray(coordinates[0]) ? { type: 'LineString', coordinates: coordinates as [number, number][] } : { type: 'Point', coordinates: coordinates as [number, number] },
      properties: {
        id,
        name: { zh: `${countryNames.zh}${plan.noun.zh}${number}号`, en: `${plan.noun.en} ${number}, ${countryNames.en}`, ru: `${plan.noun.ru} № ${number}, ${countryNames.ru}` },
        sector: plan.sector,
        subtype: plan.subtype,
        countries: [country],
        builder:
          random() < 0.8
            ? { ...quote(speech, `${organization.name.zh}${builderVerb(organization.role)}`), organization: organization.id, role: organization.role }
            : null,
        status: statusPick === undefined ? null : { ...quote(speech, `部分项目${statusPick.words}`), value: statusPick.value },
        location: {
          precision: random() < 0.8 ? 'site' : 'city',
          place: countryNames,
          source: { title: 'Synthetic', url: null, note: 'Random point in the country' },
        },
        mentions: [quote(speech, `一批${plan.noun.zh}项目`)],
        figures: stated === null ? [] : [figure(speech, stated.sentences(stated.values[Math.floor(random() * stated.values.length)] as number), stated.metric, stated.unit, id)],
        groups: [],
      },
    });
  }

  const groups: ProjectGroup[] = [];
  GROUP_PLANS.forEach((plan, planIndex) => {
    const members = features.filter((feature) => feature.properties.subtype === plan.subtype && feature.properties.countries[0] === plan.country).slice(0, plan.size);
    if (members.length < 2) return;
    const id = `group-${plan.subtype.replaceAll('_', '-')}-${plan.country.toLowerCase()}`;
    const speech = speeches[planIndex % speeches.length] as Speech;
    for (const member of members) member.properties.groups.push(id);
    const noun = SUBTYPE_PLANS.find((candidate) => candidate.subtype === plan.subtype)?.noun ?? { zh: '项目', en: 'Project', ru: 'Проект' };
    groups.push({
      id,
      name: {
        zh: `${countryName(plan.country, 'zh')}${noun.zh}群`,
        en: `${noun.en} group, ${countryName(plan.country, 'en')}`,
        ru: `${noun.ru}: группа, ${countryName(plan.country, 'ru')}`,
      },
      members: members.map((member) => member.id),
      openEnded: plan.openEnded,
      figures: [figure(speech, plan.sentence, plan.metric, plan.unit, id)],
    });
  });

  const speechHash = createHash('sha256');
  for (const speech of speeches) for (const paragraph of speech.paragraphs) speechHash.update(paragraph.text);
  return {
    version: 1,
    source: { file: 'synthetic', title: `Synthetic atlas: ${count} projects, seed ${seed}`, sha256: speechHash.digest('hex') },
    speeches,
    organizations,
    projects: { type: 'FeatureCollection', features },
    groups,
  };
}

/**
 * The atlas as JSON text, in pieces: a million projects make more text than one JavaScript string
 * may hold (V8: 2^29 − 24 characters), so the file is written piece by piece.
 */
export function* atlasJsonChunks(atlas: Atlas, projectsPerChunk = 10_000): Generator<string> {
  const { projects, groups, ...head } = atlas;
  yield `${JSON.stringify(head).slice(0, -1)},"projects":{"type":"FeatureCollection","features":[`;
  const { features } = projects;
  for (let start = 0; start < features.length; start += projectsPerChunk) {
    const chunk = features.slice(start, start + projectsPerChunk).map((feature) => JSON.stringify(feature));
    yield (start === 0 ? '' : ',') + chunk.join(',');
  }
  yield `]},"groups":${JSON.stringify(groups)}}`;
}
