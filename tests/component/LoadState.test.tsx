// What a visitor sees while a dataset loads and when it fails.
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { AtlasLoadError, OtherOriginError } from '../../src/data/loadAtlas';
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
  it('lists every problem it was given', () => {
    const problems = ['projects.features[3].properties.sector: Invalid option [project a-1]', '… and 7 more problem(s)'];
    inLanguage('en', <LoadFailure error={new AtlasLoadError('big.json is not a valid atlas', problems)} onRetry={() => undefined} />);
    expect(screen.getByRole('alert')).toHaveTextContent('big.json is not a valid atlas');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(problems);
  });

  it('refuses a dataset from another site in the visitor’s language, with no retry (it would be refused again)', () => {
    inLanguage('ru', <LoadFailure error={new OtherOriginError('\\\\evil.example/a.json')} onRetry={() => undefined} />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Не удалось загрузить атлас«\\\\evil.example/a.json» находится не на этом сайте. Открыть можно только наборы данных с этого сайта.',
    );
    expect(screen.queryByRole('button', { name: 'Повторить' })).not.toBeInTheDocument();
  });
});
