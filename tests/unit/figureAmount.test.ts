import { describe, expect, it } from 'vitest';
import { readFigureAmount } from '../../src/domain/quantities/figureAmount';

describe('readFigureAmount', () => {
  it('reads the one quantity of the wanted unit, ignoring others', () => {
    const reading = readFigureAmount('建成谢列克60兆瓦风电，每年提供超5.5亿千瓦时', 'kWh/yr');
    expect(reading).toMatchObject({ ok: true, quantity: { value: 550_000_000, qualifier: 'more_than', text: '超5.5亿千瓦时' } });
  });

  it('reads a bare number before a noun as people', () => {
    expect(readFigureAmount('惠及178万民众', 'people')).toMatchObject({ ok: true, quantity: { value: 1_780_000 } });
  });

  it('asks for the amount when a quote holds two quantities of the unit', () => {
    const quote = '产销量达9000余辆跃升至近10万辆';
    expect(readFigureAmount(quote, 'vehicles')).toMatchObject({ ok: false, reason: expect.stringContaining('several vehicles quantities') });
    expect(readFigureAmount(quote, 'vehicles', '近10万辆')).toMatchObject({ ok: true, quantity: { value: 100_000, qualifier: 'nearly' } });
  });

  it('says which unit words it looked for when none is there', () => {
    expect(readFigureAmount('惠及178万民众', 'MW')).toEqual({ ok: false, reason: 'no quantity in unit MW (兆瓦) in "惠及178万民众"' });
  });
});
