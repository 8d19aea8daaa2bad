// Locations of the cited projects. The speeches give no coordinates: each entry names its own source.
import type { CuratedPlace } from './curatedTypes';

export const places: Record<string, CuratedPlace> = {
  'genertec-uzbekistan-gas-chp': {
    geometry: { type: 'Point', coordinates: [69.27972, 41.31111] },
    precision: 'city',
    place: { zh: '塔什干', en: 'Tashkent', ru: 'Ташкент' },
    source: {
      title: 'Uzbekistan Stepping Up Its Cogeneration Capacity With New 100 MW Project (Trend via MENAFN, 16 Dec 2025)',
      url: 'https://menafn.com/1110487672/Uzbekistan-Stepping-Up-Its-Cogeneration-Capacity-With-New-100-MW-Project',
      note: 'A 100 MW gas-engine CHP plant built with CNTIC (China National Technical Import & Export Corp., a Genertec company) on a 3.5 ha plot in Tashkent; matched to the speech by company, capacity and plant type, since the speech names no place. No plot coordinates are published, so the point is the Tashkent city centre (41°18′40″N 69°16′47″E, Wikipedia infobox).',
    },
  },
  'genertec-kazakhstan-wind-150': {
    geometry: { type: 'Point', coordinates: [68.0, 48.0] },
    precision: 'country',
    place: { zh: '哈萨克斯坦（具体地点不详）', en: 'Kazakhstan (site not identified)', ru: 'Казахстан (место не установлено)' },
    source: {
      title: 'No public location found',
      url: null,
      note: 'The speech names no site, and no page seen ties a 150 MW Kazakh wind farm to Genertec (other 150 MW projects, in Osakarov district and at Khromtau, have other sponsors). Placed at a point well inside Kazakhstan.',
    },
  },
  'amu-bukhara-1-pump-station': {
    geometry: { type: 'Point', coordinates: [64.2, 40.0] },
    precision: 'region',
    place: {
      zh: '布哈拉州（阿姆—布哈拉机械渠灌区）',
      en: 'Bukhara Region (Amu-Bukhara canal system)',
      ru: 'Бухарская область (система Аму-Бухарского машинного канала)',
    },
    source: {
      title: 'Amu-Buxoro mashina kanali (Uzbek Wikipedia)',
      url: 'https://uz.wikipedia.org/wiki/Amu-Buxoro_mashina_kanali',
      note: 'No page seen locates the new Amu-Bukhara-1 station. The canal takes water from the right bank of the Amu Darya 12 km upstream of Chardzhou (Türkmenabat, Turkmenistan) and irrigates Bukhara Region, so the station may stand near the canal head, possibly on Turkmen soil. Placed at a point inside Bukhara Region, Uzbekistan.',
    },
  },
  'allur-car-plant': {
    geometry: { type: 'Point', coordinates: [63.63417, 53.21917] },
    precision: 'city',
    place: { zh: '科斯塔奈', en: 'Kostanay', ru: 'Костанай' },
    source: {
      title: 'Kazakh and Uzbek PMs launched joint production of new cars in Kostanay (Kazinform, 28 Mar 2020)',
      url: 'https://www.inform.kz/en/kazakh-and-uzbek-pms-launched-joint-production-of-new-cars-in-kostanay_a3630483',
      note: 'The SaryarkaAvtoProm (Allur) plant is in Kostanay; no plant coordinates found, so the point is the Kostanay city centre (53°13′09″N 63°38′03″E, Wikipedia infobox).',
    },
  },
  'moinak-hpp': {
    geometry: { type: 'Point', coordinates: [79.0, 43.2] },
    precision: 'region',
    place: {
      zh: '阿拉木图州克根区，恰伦河',
      en: 'Charyn River, Kegen District, Almaty Region',
      ru: 'река Чарын, Кегенский район, Алматинская область',
    },
    source: {
      title: 'Moinak HPP (copy of the Russian Wikipedia article «Мойнакская ГЭС»)',
      url: 'https://it.wiki7.org/wiki/%D0%9C%D0%BE%D0%B9%D0%BD%D0%B0%D0%BA%D1%81%D0%BA%D0%B0%D1%8F_%D0%93%D0%AD%D0%A1',
      note: 'The page puts the plant and its Bestyube reservoir on the Charyn River in Kegen District, Almaty Region; no coordinates were found on any page seen. The point is an approximate spot in the Charyn valley of that district, hence region precision.',
    },
  },
  'turgusun-hpp': {
    geometry: { type: 'Point', coordinates: [84.05028, 49.94889] },
    precision: 'site',
    place: {
      zh: '东哈萨克斯坦州阿尔泰区，图尔古孙河',
      en: 'Turgusun River, Altai District, East Kazakhstan Region',
      ru: 'река Тургусун, район Алтай, Восточно-Казахстанская область',
    },
    source: {
      title: 'Тургусунская гидроэлектростанция (ec-info.org project card)',
      url: 'https://ec-info.org/project/gidroelectrostanciya/',
      note: 'Coordinates 49°56′56″N 84°03′01″E from the card’s location field; the plant is about 30 km from the town of Altai (former Zyryanovsk).',
    },
  },
  'shymkent-refinery': {
    geometry: { type: 'Point', coordinates: [69.65, 42.26] },
    precision: 'site',
    place: { zh: '奇姆肯特', en: 'Shymkent', ru: 'Шымкент' },
    source: {
      title: 'Shymkent Oil Refinery (ec-info.org project card)',
      url: 'https://ec-info.org/en/project/shymkent-oil-refinery/',
      note: 'Coordinates 42°15′36″N 69°39′00″E and address 5 Kapal Batyr St., Shymkent, from the card’s location field.',
    },
  },
  'shelek-wind-60': {
    geometry: { type: 'Point', coordinates: [78.74394, 43.71169] },
    precision: 'site',
    place: {
      zh: '阿拉木图州恩别克希卡扎赫区，谢列克风廊',
      en: 'Shelek corridor, Enbekshikazakh District, Almaty Region',
      ru: 'Шелекский коридор, Енбекшиказахский район, Алматинская область',
    },
    source: {
      title: 'CDB provides $120 million loan for 60MW Shelek Wind Power Plant Project (AidData project 39539)',
      url: 'https://china.aiddata.org/projects/39539',
      note: 'Latitude 43°42′42.1″, longitude 78°44′38.2″ from the project description; the site lies about 40 km east of Shelek village itself.',
    },
  },
  'zhanatas-wind-100': {
    geometry: { type: 'Point', coordinates: [69.65437, 43.51317] },
    precision: 'site',
    place: {
      zh: '江布尔州萨雷苏区，札纳塔斯西南约9公里',
      en: 'About 9 km south-west of Zhanatas, Sarysu District, Zhambyl Region',
      ru: 'около 9 км к юго-западу от Жанатаса, Сарысуский район, Жамбылская область',
    },
    source: {
      title: 'Zhanatas Wind Farm (Power Technology)',
      url: 'https://www.power-technology.com/projects/zhanatas-wind-farm/',
      note: 'The page puts the 233.5 ha site about 9 km south-west of Zhanatas town (AIIB statements say the same). Point derived by moving 9 km south-west from the town’s Wikipedia coordinates (43.5705°N 69.7335°E); good to a few kilometres, not surveyed.',
    },
  },
  'navoi-solar-100': {
    geometry: { type: 'Point', coordinates: [65.38333, 40.08333] },
    precision: 'city',
    place: {
      zh: '纳沃伊州卡尔马纳区（纳沃伊市附近）',
      en: 'Karmana District, by Navoiy city',
      ru: 'Карманинский район, у города Навои',
    },
    source: {
      title: 'Uzbekistan to commission its first solar power plant in September (Trend, 11 Apr 2021)',
      url: 'https://en.trend.az/casia/uzbekistan/3407424.html',
      note: 'The 100 MW Nur Navoi plant (268 ha) is in Karmana District, which surrounds Navoiy city; no site coordinates were found. The point is the Navoiy city centre (40°05′N 65°23′E, Wikipedia infobox).',
    },
  },
  'zarafshan-wind-500': {
    geometry: { type: 'Point', coordinates: [64.2, 41.56667] },
    precision: 'city',
    place: {
      zh: '纳沃伊州塔姆德区，泽拉夫尚市以东',
      en: 'East of Zarafshan city, Tamdy District, Navoiy Region',
      ru: 'восточнее города Зарафшан, Тамдынский район, Навоийская область',
    },
    source: {
      title: 'Zarafshan Wind Power Project: Draft Environmental Impact Assessment (ADB, July 2021)',
      url: 'https://docslib.org/download/7439479/55090-001-zarafshan-wind-power-project',
      note: 'The assessment says the project lies east of Zarafshan City in Tamdy District, without a distance. The point is the Zarafshan city centre (41°34′N 64°12′E, Wikipedia infobox), so precision is city.',
    },
  },
  'kyrgyzstan-road-rehabilitation': {
    geometry: { type: 'Point', coordinates: [74.5, 41.5] },
    precision: 'country',
    place: { zh: '吉尔吉斯斯坦（多个未具名项目）', en: 'Kyrgyzstan (several unnamed projects)', ru: 'Кыргызстан (несколько неназванных проектов)' },
    source: {
      title: 'No public location found',
      url: null,
      note: 'The speech names no road or place; placed at a point well inside central Kyrgyzstan.',
    },
  },
  'tajikistan-road-rehabilitation': {
    geometry: { type: 'Point', coordinates: [71.0, 38.8] },
    precision: 'country',
    place: { zh: '塔吉克斯坦（多个未具名项目）', en: 'Tajikistan (several unnamed projects)', ru: 'Таджикистан (несколько неназванных проектов)' },
    source: {
      title: 'No public location found',
      url: null,
      note: 'The speech names no road or place; placed at a point well inside central Tajikistan.',
    },
  },
  'khorgos-media-workstation': {
    geometry: { type: 'Point', coordinates: [80.40972, 44.2125] },
    precision: 'city',
    place: {
      zh: '新疆霍尔果斯（中哈霍尔果斯国际边境合作中心）',
      en: 'Horgos, Xinjiang (China–Kazakhstan Horgos International Border Cooperation Centre)',
      ru: 'Хоргос, Синьцзян (Международный центр приграничного сотрудничества «Хоргос»)',
    },
    source: {
      title: '中哈霍尔果斯国际边境合作中心有了“中亚媒体之家”（中国新闻网，2024-05-27，转载）',
      url: 'http://acosx.cn/xinjiang/2024-05-27/detail-iheavswh6605176.shtml',
      note: 'The workstation opened on 25 May 2024 in the China Culture Pavilion of the Chinese part of the Horgos border cooperation centre (China News Service report, copied on this site). No coordinates; the point is Horgos city (44°12′45″N 80°24′35″E, Wikipedia infobox), a few km from the centre.',
    },
  },
  'cultural-centre-initiative': {
    geometry: {
      type: 'MultiPoint',
      coordinates: [
        [71.43333, 51.16667],
        [116.33333, 39.93333],
      ],
    },
    precision: 'city',
    place: { zh: '阿斯塔纳和北京', en: 'Astana and Beijing', ru: 'Астана и Пекин' },
    source: {
      title: 'Astana (copy of the Tagalog Wikipedia article) and Beijing (China.org.cn wiki)',
      url: 'https://pwojczyn.com/wiki/view_html.php?lang=tl&q=Astana&sq=crain_ford',
      note: 'The speech proposes cultural centres in the two capitals without naming a site; one point per capital. Astana: the city centre (51°10′N 71°26′E, infobox of the linked copy). Beijing: as located on the China.org.cn wiki, http://wiki.china.org.cn/index.php?title=Beijing (39°56′N 116°20′E).',
    },
  },
  'red-hall-forum-almaty': {
    geometry: { type: 'Point', coordinates: [76.89583, 43.2775] },
    precision: 'city',
    place: { zh: '阿拉木图', en: 'Almaty', ru: 'Алматы' },
    source: {
      title: 'Experts discuss China–Central Asia relations at forum in Almaty (Tengrinews)',
      url: 'https://en.tengrinews.kz/kazakhstan_news/experts-discuss-chinacentral-asia-relations-at-forum-in-267639',
      note: 'A forum on China–Central Asia relations held in Almaty by the Chinese Consulate General with Xinhua and the Belt and Road Expert Club; the page gives no venue and does not use the name “Red Hall”. Point is the Almaty city centre (43°16′39″N 76°53′45″E, Wikipedia infobox).',
    },
  },
  'central-asia-china-gas-pipeline': {
    geometry: {
      type: 'LineString',
      coordinates: [
        [63.8, 39.41667],
        [64.42306, 39.76667],
        [68.8, 40.5],
        [69.27972, 41.31111],
        [69.59583, 42.31667],
        [71.36667, 42.9],
        [75.2, 43.5],
        [76.89583, 43.2775],
        [80.40972, 44.2125],
      ],
    },
    precision: 'region',
    place: {
      zh: '土乌边境奥洛特附近—布哈拉—塔什干—奇姆肯特—塔拉兹—阿拉木图—霍尔果斯',
      en: 'Turkmen–Uzbek border near Olot – Bukhara – Tashkent – Shymkent – Taraz – Almaty – Horgos',
      ru: 'граница Туркменистана и Узбекистана у Алата – Бухара – Ташкент – Шымкент – Тараз – Алматы – Хоргос',
    },
    source: {
      title: 'Central Asia–China gas pipeline (copy of the Wikipedia article)',
      url: 'http://piglix.com/piglix/Central_Asia%E2%80%93China_gas_pipeline',
      note: 'Infobox: passes through Olot and Shymkent, runs alongside the Bukhara–Tashkent–Bishkek–Almaty pipeline, ends at Horgos. Vertices are the Wikipedia infobox centres of Olot, Bukhara, Tashkent, Shymkent, Taraz, Almaty and Horgos (China), plus two unnamed vertices (68.8E 40.5N, 75.2E 43.5N) added only so the drawn line stays out of Kazakhstan’s Maktaaral salient and out of Kyrgyzstan. The real pipe passes near, not through, these cities.',
    },
  },
  'western-europe-western-china-road': {
    geometry: {
      type: 'LineString',
      coordinates: [
        [76.89583, 43.2775],
        [78.25111, 43.59722],
        [80.0, 44.16667],
        [80.35, 44.22],
      ],
    },
    precision: 'region',
    place: {
      zh: '阿拉木图—谢列克—扎尔肯特—霍尔果斯（哈方段）',
      en: 'Almaty – Shelek – Zharkent – Khorgos (Kazakh section)',
      ru: 'Алматы – Шелек – Жаркент – Хоргос (казахстанский участок)',
    },
    source: {
      title: 'Какие трассы в Казахстане закрыты и открыты 11 декабря (Kazinform)',
      url: 'https://www.inform.kz/ru/kakie-trassi-v-kazahstane-zakriti-i-otkriti-11-dekabrya-91ab71',
      note: 'KazAvtoZhol bulletin for the road “RF border – … – Almaty – Khorgos – PRC border”: km 126–254 runs from Shelek village to the Zhetysu region border, km 254–315 on to Altynkol by Khorgos. Vertices: Almaty, Shelek and Zharkent (Wikipedia infoboxes; Zharkent sits on the Saryozek–Khorgos highway and is inferred to be on this route), and a point about 2 km west of Khorgos village (44°13′20″N 80°22′48″E), moved so it stays inside Kazakhstan in the 50m outline.',
    },
  },
};
