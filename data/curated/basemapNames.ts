// Names on the basemap that Natural Earth (data/sources/natural-earth/) gets wrong or lacks. Natural
// Earth's populated places carry zh/en/ru names, but from 2017 and partly in traditional
// characters (converted by the build with opencc-js); its rivers, lakes and regions carry English
// names only, so every one of them the map labels is named here in all three languages, in the
// forms atlases and news agencies use (Xinhua for Chinese, Russian cartography for Russian).
import type { LocalizedName } from '../../src/data/atlasSchema';

/** A Natural Earth populated place: its `NAME` and `ADM0_A3` fields. */
export interface PlaceKey {
  name: string;
  country: string;
}

export interface PlaceOverride {
  place: PlaceKey;
  /** Only the names that change; the others stay as Natural Earth has them. */
  names: Partial<LocalizedName>;
  reason: string;
}

/** Outdated or wrong names in Natural Earth's populated places, each with why it changes. */
export const placeOverrides: readonly PlaceOverride[] = [
  {
    place: { name: 'Almaty', country: 'KAZ' },
    names: { ru: 'Алматы' },
    reason: 'Natural Earth has the Soviet form Алма-Ата; the city has been Алматы in Russian too since 1993 (Constitution of Kazakhstan).',
  },
  {
    place: { name: 'Zyryanovsk', country: 'KAZ' },
    names: { zh: '阿尔泰', en: 'Altai', ru: 'Алтай' },
    reason: 'Zyryanovsk was renamed Altai in 2019; the Turgusun hydropower plant’s location names it by that name.',
  },
  {
    place: { name: 'Astana', country: 'KAZ' },
    names: { zh: '阿斯塔纳', en: 'Astana', ru: 'Астана' },
    reason:
      'Akmola until 1998, Astana 1998–2019, Nur-Sultan 2019–2022 and Astana again since September 2022; Natural Earth (2017) has Astana, which is right again today. Pinned here so that a newer Natural Earth release with Nur-Sultan does not slip through.',
  },
  {
    place: { name: 'Qapshaghay', country: 'KAZ' },
    names: { zh: '科纳耶夫', en: 'Konaev', ru: 'Конаев' },
    reason: 'The town of Kapchagay was renamed Konaev in 2022; the reservoir beside it keeps the name Kapchagay.',
  },
  {
    place: { name: 'Oostanay', country: 'KAZ' },
    names: { zh: '科斯塔奈' },
    reason: 'Natural Earth’s 庫斯塔奈 is a rare form; Xinhua and the project records use 科斯塔奈.',
  },
  {
    place: { name: 'Qurghonteppa', country: 'TJK' },
    names: { zh: '博赫塔尔', en: 'Bokhtar', ru: 'Бохтар' },
    reason: 'Kurgan-Tyube was renamed Bokhtar in 2018.',
  },
  {
    place: { name: 'Fort Shevchenko', country: 'KAZ' },
    names: { zh: '舍甫琴科堡' },
    reason: 'Natural Earth’s 新彼得洛夫斯科耶 is the fort’s name before 1857, not the town’s.',
  },
  {
    place: { name: 'Yining', country: 'CHN' },
    names: { en: 'Yining' },
    reason: 'Natural Earth’s “Yining City” names the administrative unit; maps name the town.',
  },
  {
    place: { name: 'Hami', country: 'CHN' },
    names: { zh: '哈密', en: 'Hami' },
    reason: 'Natural Earth names the city by its district (伊州区, Yizhou).',
  },
  {
    place: { name: 'Kuqa', country: 'CHN' },
    names: { zh: '库车', en: 'Kuqa' },
    reason: 'Natural Earth names the county (库车县, Kuqa County); maps name the town.',
  },
  {
    place: { name: 'Shache', country: 'CHN' },
    names: { zh: '莎车', en: 'Yarkand' },
    reason: 'Natural Earth names the county (莎车县, Yarkant County); maps name the town, in English by its historic name, as the river beside it.',
  },
  {
    place: { name: 'Jiayuguan', country: 'CHN' },
    names: { en: 'Jiayuguan' },
    reason: 'Natural Earth’s “Jiayuguan City” names the administrative unit; maps name the town.',
  },
];

export interface AddedPlace {
  names: LocalizedName;
  /** Longitude, latitude. */
  position: [number, number];
  /** A national capital: named from the start, like Natural Earth's capitals. */
  capital?: true;
  reason: string;
}

/**
 * Towns that a project's location names but Natural Earth's 1:10m places lack. The positions are
 * the ones data/curated/places.ts cites (Wikipedia infoboxes).
 */
export const addedPlaces: readonly AddedPlace[] = [
  {
    names: { zh: '霍尔果斯', en: 'Khorgos', ru: 'Хоргос' },
    position: [80.40972, 44.2125],
    reason: 'Border town at the end of the gas pipeline and the Western Europe–Western China road; not in Natural Earth 1:10m.',
  },
  {
    names: { zh: '札纳塔斯', en: 'Zhanatas', ru: 'Жанатас' },
    position: [69.7335, 43.5705],
    reason: 'The Zhanatas wind farm lies 9 km from it; not in Natural Earth 1:10m.',
  },
  {
    names: { zh: '谢列克', en: 'Shelek', ru: 'Шелек' },
    position: [78.25111, 43.59722],
    reason: 'Named by the Shelek wind farm and the road’s route; not in Natural Earth 1:10m.',
  },
  {
    names: { zh: '奥洛特', en: 'Olot', ru: 'Алат' },
    position: [63.8, 39.41667],
    reason: 'Where the gas pipeline enters Uzbekistan; not in Natural Earth 1:10m.',
  },
  {
    names: { zh: '北京', en: 'Beijing', ru: 'Пекин' },
    position: [116.33333, 39.93333],
    capital: true,
    reason: 'A cultural-centre project is placed in Beijing, outside the extract’s box (40–105°E).',
  },
];

export interface CuratedArea {
  names: LocalizedName;
  /** Where the name goes, when Natural Earth's shape would put it in the wrong place. */
  anchor?: [number, number];
  /** Why the anchor replaces the shape's own label point. */
  reason?: string;
}

/** Rivers by Natural Earth `name`; a river's segments that share a name are labelled alike. */
export const riverNames: Readonly<Record<string, CuratedArea>> = {
  'Syr  Darya': { names: { zh: '锡尔河', en: 'Syr Darya', ru: 'Сырдарья' } },
  'Amu  Darya': { names: { zh: '阿姆河', en: 'Amu Darya', ru: 'Амударья' } },
  Ile: { names: { zh: '伊犁河', en: 'Ili', ru: 'Или' } },
  Ertis: { names: { zh: '额尔齐斯河', en: 'Irtysh', ru: 'Иртыш' } },
  Ertix: { names: { zh: '额尔齐斯河', en: 'Irtysh', ru: 'Иртыш' } },
  Irtysh: { names: { zh: '额尔齐斯河', en: 'Irtysh', ru: 'Иртыш' } },
  Naryn: { names: { zh: '纳伦河', en: 'Naryn', ru: 'Нарын' } },
  Zarafshon: { names: { zh: '泽拉夫尚河', en: 'Zarafshan', ru: 'Зеравшан' } },
  Panj: { names: { zh: '喷赤河', en: 'Panj', ru: 'Пяндж' } },
  Tobol: { names: { zh: '托博尔河', en: 'Tobol', ru: 'Тобол' } },
  Esil: { names: { zh: '伊希姆河', en: 'Ishim', ru: 'Ишим' } },
  Ishim: { names: { zh: '伊希姆河', en: 'Ishim', ru: 'Ишим' } },
  Ural: { names: { zh: '乌拉尔河', en: 'Ural', ru: 'Урал' } },
  Ob: { names: { zh: '鄂毕河', en: 'Ob', ru: 'Обь' } },
  Tarim: { names: { zh: '塔里木河', en: 'Tarim', ru: 'Тарим' } },
  Yarkant: { names: { zh: '叶尔羌河', en: 'Yarkand', ru: 'Яркенд' } },
  Künes: { names: { zh: '巩乃斯河', en: 'Künes', ru: 'Кунгес' } },
  Volga: { names: { zh: '伏尔加河', en: 'Volga', ru: 'Волга' } },
  Katun: { names: { zh: '卡通河', en: 'Katun', ru: 'Катунь' } },
  Harirud: { names: { zh: '哈里河', en: 'Hari', ru: 'Герируд' } },
  Atrek: { names: { zh: '阿特雷克河', en: 'Atrek', ru: 'Атрек' } },
  Helmand: { names: { zh: '赫尔曼德河', en: 'Helmand', ru: 'Гильменд' } },
  Indus: { names: { zh: '印度河', en: 'Indus', ru: 'Инд' } },
};

/** Lakes and reservoirs by Natural Earth `name`. */
export const lakeNames: Readonly<Record<string, CuratedArea>> = {
  'Aral Sea': { names: { zh: '咸海', en: 'Aral Sea', ru: 'Аральское море' } },
  'Lake Balkhash': { names: { zh: '巴尔喀什湖', en: 'Lake Balkhash', ru: 'оз. Балхаш' } },
  'Issyk-Kul': { names: { zh: '伊塞克湖', en: 'Issyk-Kul', ru: 'оз. Иссык-Куль' } },
  'Kapchagay Reservoir': { names: { zh: '卡普恰盖水库', en: 'Kapchagay Reservoir', ru: 'Капчагайское вдхр.' } },
  // Natural Earth names the reservoir after the lake it flooded; its dam_name is Bukhtarma.
  'Lake Zaysan': { names: { zh: '布赫塔尔马水库', en: 'Bukhtarma Reservoir', ru: 'Бухтарминское вдхр.' } },
  'Toktogul Suu Saktagychy': { names: { zh: '托克托古尔水库', en: 'Toktogul Reservoir', ru: 'Токтогульское вдхр.' } },
  'Shardara Bgeni': { names: { zh: '沙尔达拉水库', en: 'Shardara Reservoir', ru: 'Шардаринское вдхр.' } },
  'Obanbori Qayroqum': { names: { zh: '凯拉库姆水库', en: 'Kayrakkum Reservoir', ru: 'Кайраккумское вдхр.' } },
  'Aydar Ko‘l': { names: { zh: '艾达尔湖', en: 'Aydar Lake', ru: 'оз. Айдаркуль' } },
  'Sarygamysh Köli': { names: { zh: '萨雷卡梅什湖', en: 'Sarygamysh Lake', ru: 'оз. Сарыкамыш' } },
  Alakol: { names: { zh: '阿拉湖', en: 'Lake Alakol', ru: 'оз. Алаколь' } },
  'Tengiz Köli': { names: { zh: '田吉兹湖', en: 'Lake Tengiz', ru: 'оз. Тенгиз' } },
  'Bosten Hu': { names: { zh: '博斯腾湖', en: 'Bosten Lake', ru: 'оз. Баграшкёль' } },
  'Ebinur Hu': { names: { zh: '艾比湖', en: 'Ebinur Lake', ru: 'оз. Эби-Нур' } },
  'Lop Nur': { names: { zh: '罗布泊', en: 'Lop Nur', ru: 'Лобнор' } },
};

/** Water that Natural Earth 1:10m has no shape for: a name at a point. */
export const addedWaterLabels: readonly (CuratedArea & { anchor: [number, number]; minzoom: number; reason: string })[] = [
  {
    names: { zh: '里海', en: 'Caspian Sea', ru: 'Каспийское море' },
    anchor: [50.8, 42.2],
    minzoom: 2,
    reason: 'Natural Earth draws the Caspian as sea, not as a lake, so the lakes file has no shape to name.',
  },
  {
    names: { zh: '努列克水库', en: 'Nurek Reservoir', ru: 'Нурекское вдхр.' },
    anchor: [69.45, 38.37],
    minzoom: 5,
    reason: 'Not among Natural Earth’s 1:10m lakes; the point is the reservoir’s middle reach.',
  },
];

/** Mountain ranges, deserts and plains by Natural Earth `name`, labelled as areas. */
export const regionNames: Readonly<Record<string, CuratedArea>> = {
  'TIAN SHAN': {
    names: { zh: '天山', en: 'Tian Shan', ru: 'Тянь-Шань' },
    anchor: [78.4, 41.3],
    reason: 'The shape runs to 95°E; its widest point is deep in China, off the first view. The name goes south-east of Issyk-Kul, by the Chinese border, clear of the lake’s and the Naryn’s names.',
  },
  PAMIRS: {
    names: { zh: '帕米尔高原', en: 'Pamirs', ru: 'Памир' },
    anchor: [75.3, 37.3],
    reason: 'The shape’s widest point lies under Tajikistan’s name and a project’s marker; the name goes on the eastern Pamirs, at Taxkorgan: south of Kashgar’s and Yarkand’s names and east of Tajikistan’s, which took its place further north.',
  },
  'ALTAY MOUNTAINS': {
    names: { zh: '阿尔泰山', en: 'Altai Mountains', ru: 'Алтай' },
    anchor: [87.5, 48.6],
    reason: 'The shape’s widest point is in Mongolia, off the first view; the range meets Kazakhstan, Russia and China here.',
  },
  'QIZILQUM DESERT': {
    names: { zh: '克孜勒库姆沙漠', en: 'Kyzylkum', ru: 'Кызылкум' },
    anchor: [63.0, 43.2],
    reason: 'Natural Earth’s shape is a sliver by the Aral Sea, far from the desert. The name goes in the desert’s north, clear of Zarafshan’s projects.',
  },
  'GARAGUM DESERT': {
    names: { zh: '卡拉库姆沙漠', en: 'Karakum', ru: 'Каракумы' },
    anchor: [58.8, 40.3],
    reason: 'Natural Earth’s shape is a sliver by the Aral Sea, far from the desert. The name goes in the desert’s north, clear of Turkmenistan’s name.',
  },
  'BETPAQDALA DESERT': { names: { zh: '别特帕克达拉荒漠', en: 'Betpak-Dala', ru: 'Бетпак-Дала' } },
  'KAZAKH STEPPE': { names: { zh: '哈萨克草原', en: 'Kazakh Steppe', ru: 'Казахская степь' } },
  'TAKLIMAKAN DESERT': { names: { zh: '塔克拉玛干沙漠', en: 'Taklamakan Desert', ru: 'Такла-Макан' } },
  'Junggar Basin': { names: { zh: '准噶尔盆地', en: 'Dzungarian Basin', ru: 'Джунгарская котловина' } },
  'Fergana Valley': { names: { zh: '费尔干纳盆地', en: 'Fergana Valley', ru: 'Ферганская долина' } },
  'Ustyurt Plateau': { names: { zh: '乌斯秋尔特高原', en: 'Ustyurt Plateau', ru: 'плато Устюрт' } },
  'Karatau Range': { names: { zh: '卡拉套山', en: 'Karatau', ru: 'хр. Каратау' } },
  'Alataw Mts.': { names: { zh: '准噶尔阿拉套山', en: 'Dzungarian Alatau', ru: 'Джунгарский Алатау' } },
  'Tarbagatay Ra.': { names: { zh: '塔尔巴哈台山', en: 'Tarbagatai', ru: 'Тарбагатай' } },
  'KUNLUN MOUNTAINS': { names: { zh: '昆仑山', en: 'Kunlun Mountains', ru: 'Куньлунь' } },
  'HINDU KUSH': { names: { zh: '兴都库什山', en: 'Hindu Kush', ru: 'Гиндукуш' } },
  'KARAKORAM RA.': { names: { zh: '喀喇昆仑山', en: 'Karakoram', ru: 'Каракорум' } },
  'Kopet Dag Mts .': { names: { zh: '科佩特山', en: 'Kopet Dag', ru: 'Копетдаг' } },
  'CASPIAN DEPRESSION': { names: { zh: '里海低地', en: 'Caspian Depression', ru: 'Прикаспийская низменность' } },
  'GOBI DESERT': { names: { zh: '戈壁', en: 'Gobi Desert', ru: 'Гоби' } },
  'PLATEAU OF TIBET': { names: { zh: '青藏高原', en: 'Tibetan Plateau', ru: 'Тибетское нагорье' } },
};
