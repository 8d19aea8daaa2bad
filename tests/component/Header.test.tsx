import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, expect, it } from 'vitest';
import { Header } from '../../src/features/shell/Header';
import { i18n } from '../../src/i18n/i18n';
import { defaultViewState } from '../../src/state/viewState';
import { useViewStore } from '../../src/state/viewStore';

beforeEach(async () => {
  useViewStore.getState().restore(defaultViewState('en'));
  await i18n.changeLanguage('en');
});

function renderHeader(firstSpeech: string | null) {
  render(
    <I18nextProvider i18n={i18n}>
      <Header firstSpeech={firstSpeech} />
    </I18nextProvider>,
  );
}

it('“Speeches” opens the dataset’s first speech, whatever its id', async () => {
  renderHeader('s07');
  await userEvent.setup().click(screen.getByRole('button', { name: 'Speeches' }));
  expect(useViewStore.getState()).toMatchObject({ speech: 's07', quote: null });
});

it('“Speeches” waits for a dataset to open', () => {
  renderHeader(null);
  expect(screen.getByRole('button', { name: 'Speeches' })).toBeDisabled();
});
