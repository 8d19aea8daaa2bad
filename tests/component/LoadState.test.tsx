// What a visitor sees while a dataset loads and when it fails.
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { AtlasLoadError, OtherOriginError } from '../../src/data/loadAtlas';
import { loadMessage } from '../../src/data/loadMessages';
import { LoadFailure, Loading } from '../../src/features/shell/LoadState';
import { i18n } from '../../src/i18n/i18n';

const inLanguage = (language: string, ui: React.ReactNode) => {
  void i18n.changeLanguage(language);
  return render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
};

afterEach(() => void i18n.changeLanguage('en'));

describe('Loading', () => {
  it('says the atlas is loading, with no count before a large file is being read', () => {
    inLanguage('en', <Loading progress={null} />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the atlas…');
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('counts the projects read and checked, in the visitor’s language and number format', () => {
    inLanguage('en', <Loading progress={{ read: 250_000, total: 1_000_000 }} />);
    const bar = screen.getByRole('progressbar', { name: 'Reading the dataset’s projects' });
    expect(bar).toHaveAttribute('value', '250000');
    expect(bar).toHaveAttribute('max', '1000000');
    expect(screen.getByText('250,000 of 1,000,000 projects read and checked')).toBeInTheDocument();
  });

  it('counts in Russian', () => {
    inLanguage('ru', <Loading progress={{ read: 5_000, total: 12_345 }} />);
    expect(screen.getByText(/Прочитано и проверено проектов: 5\s000 из 12\s345/)).toBeInTheDocument();
  });
});

describe('LoadFailure', () => {
  it('lists every problem it was given, with its field path and record as written', () => {
    const problems = [{ path: 'projects.features[3].properties.sector', record: 'project a-1', message: loadMessage('schemaOption', { values: '"energy"|"road"' }) }];
    inLanguage('en', <LoadFailure error={new AtlasLoadError(loadMessage('notAtlas', { source: 'big.json' }), problems, 7)} onRetry={() => undefined} />);
    expect(screen.getByRole('alert')).toHaveTextContent('big.json is not a valid atlas');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'projects.features[3].properties.sector: Invalid option: expected one of "energy"|"road" [project a-1]',
      '… and 7 more problem(s)',
    ]);
  });

  it('says why and what is wrong in Chinese and Russian, keeping paths, ids and quotes verbatim', () => {
    const problems = [
      { path: 'projects.features[3].properties.figures[0].quote', record: 'project a-1', message: loadMessage('quoteNotFound', { id: 's04' }) },
      { path: 'projects.features[3].properties.countries', record: 'project a-1', message: loadMessage('schemaType', { expected: 'array', received: 'undefined' }) },
    ];
    const error = new AtlasLoadError(loadMessage('notAtlas', { source: 'big.json' }), problems, 2);
    const { unmount } = inLanguage('zh', <LoadFailure error={error} onRetry={() => undefined} />);
    expect(screen.getByRole('alert')).toHaveTextContent('big.json 不是有效的图志数据');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'projects.features[3].properties.figures[0].quote: 在发言 s04 中找不到 [project a-1]',
      'projects.features[3].properties.countries: 输入无效：应为 array，实为 undefined [project a-1]',
      '……另有 2 个问题',
    ]);
    unmount();
    inLanguage('ru', <LoadFailure error={error} onRetry={() => undefined} />);
    expect(screen.getByRole('alert')).toHaveTextContent('big.json — недопустимый атлас');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'projects.features[3].properties.figures[0].quote: не найдено в выступлении s04 [project a-1]',
      'projects.features[3].properties.countries: Недопустимое значение: ожидается array, получено undefined [project a-1]',
      '… и ещё проблем: 2',
    ]);
  });

  it('says a download failed in the visitor’s language', () => {
    inLanguage('ru', <LoadFailure error={new AtlasLoadError(loadMessage('httpStatus', { url: '/atlas/data/x.json', status: 404 }))} onRetry={() => undefined} />);
    expect(screen.getByRole('alert')).toHaveTextContent('/atlas/data/x.json ответил HTTP 404');
  });

  it('refuses a dataset from another site in the visitor’s language, with no retry (it would be refused again)', () => {
    inLanguage('ru', <LoadFailure error={new OtherOriginError('\\\\evil.example/a.json')} onRetry={() => undefined} />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Не удалось загрузить атлас«\\\\evil.example/a.json» находится не на этом сайте. Открыть можно только наборы данных с этого сайта.',
    );
    expect(screen.queryByRole('button', { name: 'Повторить' })).not.toBeInTheDocument();
  });
});
