// The three reference styles, checked against each guide's pattern for the nearest kind of work:
// APA 7 "Speech / conference presentation" (apastyle.apa.org, 10.5 and "Conference presentation
// references"), GB/T 7714-2015 example 8.4 (李强. 化解医患矛盾需釜底抽薪[EB/OL]. (2012-05-03)[2013-03-25]. http://…),
// ГОСТ Р 7.0.100–2018 example for an electronic resource on a site (… – Текст : электронный //
// Российская книжная палата : [сайт]. – 2018. – URL: … (дата обращения: 22.05.2018)).
import { describe, expect, it } from 'vitest';
import { formatApa, formatGbt, formatGost, splitName, type CitedSpeech } from '../../src/domain/citation/formatCitations';

const wuYi: CitedSpeech = {
  speakerOriginal: '武艺',
  speakerLatin: 'Wu Yi',
  speakerCyrillic: 'У И',
  headline: { zh: '为中亚能源转型注入强劲动力', en: 'Giving Strong Impetus to Central Asia’s Energy Transition', ru: 'Придать мощный импульс энергетическому переходу Центральной Азии' },
  forum: { zh: '2025中国—中亚媒体合作论坛', en: '2025 China–Central Asia Media Cooperation Forum', ru: 'Форум по медиасотрудничеству Китай — Центральная Азия 2025' },
  year: 2025,
  url: 'https://example.org/atlas/?v=1&lang=en&speech=s08&quote=3:0-10',
  accessed: '2026-12-03',
};

const kazhibayeva: CitedSpeech = {
  ...wuYi,
  speakerOriginal: '晓姆·卡吉巴耶娃',
  speakerLatin: 'Raushan Kazhibayeva',
  speakerCyrillic: 'Раушан Кажибаева',
  headline: { zh: '为推动交流互信搭建桥梁', en: 'Building Bridges for Exchange and Mutual Trust', ru: 'Строить мосты для обменов и взаимного доверия' },
};

describe('splitName', () => {
  it('reads a Chinese name surname first and a foreign one (written with ·) given name first', () => {
    expect(splitName('方江山', 'Fang Jiangshan')).toEqual({ surname: 'Fang', given: ['Jiangshan'] });
    expect(splitName('晓姆·卡吉巴耶娃', 'Raushan Kazhibayeva')).toEqual({ surname: 'Kazhibayeva', given: ['Raushan'] });
  });
});

describe('APA 7', () => {
  it('gives surname and initials, year, the title as published with its translation, [Speech], the event and the link', () => {
    expect(formatApa(wuYi).text).toBe(
      'Wu, Y. (2025). 为中亚能源转型注入强劲动力 [Giving Strong Impetus to Central Asia’s Energy Transition] [Speech]. 2025 China–Central Asia Media Cooperation Forum. https://example.org/atlas/?v=1&lang=en&speech=s08&quote=3:0-10',
    );
    expect(formatApa(wuYi).italic).toBe('为中亚能源转型注入强劲动力');
    expect(formatApa(kazhibayeva).text.startsWith('Kazhibayeva, R. (2025). ')).toBe(true);
  });

  it('writes n.d. when the source gives no year', () => {
    expect(formatApa({ ...wuYi, year: null }).text).toContain('Wu, Y. (n.d.). ');
  });
});

describe('GB/T 7714-2015', () => {
  it('writes author. title[EB/OL]. (year)[date cited]. link.', () => {
    expect(formatGbt(wuYi)).toBe(
      '武艺. 为中亚能源转型注入强劲动力: 在2025中国—中亚媒体合作论坛上的发言[EB/OL]. (2025)[2026-12-03]. https://example.org/atlas/?v=1&lang=en&speech=s08&quote=3:0-10.',
    );
  });
});

describe('ГОСТ Р 7.0.100–2018', () => {
  it('writes heading, title : other title information / responsibility. – Текст : электронный // site, year, URL and date of access', () => {
    expect(formatGost(kazhibayeva, 'Атлас Шёлкового пути')).toBe(
      'Кажибаева Р. Строить мосты для обменов и взаимного доверия : выступление на форуме «Форум по медиасотрудничеству Китай — Центральная Азия 2025» / Р. Кажибаева. – Текст : электронный // Атлас Шёлкового пути : [сайт]. – 2025. – URL: https://example.org/atlas/?v=1&lang=en&speech=s08&quote=3:0-10 (дата обращения: 03.12.2026).',
    );
  });
});
