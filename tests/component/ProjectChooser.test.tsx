// The map's chooser is a small modal: Tab stays inside it, and closing it gives focus back.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../src/i18n/i18n';
import { ProjectChooser } from '../../src/map/ProjectChooser';
import { builtAtlasData } from '../fixtures/builtAtlas';

const [first, second] = builtAtlasData().atlas.projects.features;

function renderChooser(onClose: () => void) {
  void i18n.changeLanguage('en');
  return render(
    <I18nextProvider i18n={i18n}>
      <button type="button">map</button>
      <ProjectChooser projects={[first!, second!]} language="en" style={{}} onChoose={() => undefined} onClose={onClose} />
    </I18nextProvider>,
  );
}

describe('ProjectChooser', () => {
  it('keeps Tab and Shift+Tab inside while open', async () => {
    renderChooser(() => undefined);
    const dialog = screen.getByRole('dialog', { name: 'Several projects here' });
    expect(screen.getByRole('button', { name: first!.properties.name.en })).toHaveFocus();
    for (let press = 0; press < 8; press += 1) {
      await userEvent.tab();
      expect(dialog).toContainElement(document.activeElement as HTMLElement);
    }
    await userEvent.tab({ shift: true });
    await userEvent.tab({ shift: true });
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
  });

  it('returns focus to what had it when Escape closes it', async () => {
    const opener = document.createElement('button');
    document.body.append(opener);
    opener.focus();
    let closed = 0;
    renderChooser(() => (closed += 1));
    await userEvent.keyboard('{Escape}');
    expect(closed).toBe(1);
    expect(opener).toHaveFocus();
    opener.remove();
  });
});
