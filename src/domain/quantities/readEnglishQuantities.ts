// The quantities an English sentence states: "more than 550 million kWh", "nearly 100,000",
// "about 500,000 households", "1.78 million", "US$400 million", "20 years".
import { quantityReader, type StatedQuantity } from './statedQuantities';

const readEnglish = quantityReader({
  qualifiers: {
    'more than': 'exceeds',
    over: 'exceeds',
    'upwards of': 'exceeds',
    'in excess of': 'exceeds',
    nearly: 'nearly',
    almost: 'nearly',
    'close to': 'nearly',
    'just under': 'nearly',
    about: 'about',
    around: 'about',
    approximately: 'about',
    roughly: 'about',
    some: 'about',
    'an estimated': 'about',
  },
  prepositions: [],
  groupSeparator: '[,]',
  decimalSeparator: '.',
  scaleWords: { thousand: 3, million: 6, billion: 9, trillion: 12 },
  // Intl.NumberFormat's compact notation: 100K, 550M, 5.5B, 2T; and the press's "bn".
  scaleSymbols: { K: 3, M: 6, B: 9, bn: 9, T: 12 },
});

export function readEnglishQuantities(text: string): StatedQuantity[] {
  return readEnglish(text);
}
