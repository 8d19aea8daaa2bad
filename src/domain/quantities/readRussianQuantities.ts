// The quantities a Russian sentence states: "более 550 млн кВт·ч", "почти 100 тыс.", "свыше 9 000",
// "1,78 млн", "около 500 тыс.", "400 млн долларов США", "20 лет".
import { SPACE, quantityReader, type StatedQuantity } from './statedQuantities';

const readRussian = quantityReader({
  qualifiers: {
    'более чем': 'exceeds',
    более: 'exceeds',
    свыше: 'exceeds',
    больше: 'exceeds',
    'больше чем': 'exceeds',
    почти: 'nearly',
    'без малого': 'nearly',
    'чуть менее': 'nearly',
    около: 'about',
    примерно: 'about',
    приблизительно: 'about',
    порядка: 'about',
  },
  // "сократилось примерно на 2 часа", "выросло почти до 100 тыс."
  prepositions: ['на', 'до', 'в', 'с', 'со', 'по'],
  // Russian groups digits with a space (typeset as a no-break or narrow no-break space): 9 000.
  groupSeparator: SPACE,
  decimalSeparator: ',',
  scaleWords: {
    'тыс.': 3,
    тыс: 3,
    тысяча: 3,
    тысячи: 3,
    тысяч: 3,
    тысячу: 3,
    млн: 6,
    миллион: 6,
    миллиона: 6,
    миллионов: 6,
    млрд: 9,
    миллиард: 9,
    миллиарда: 9,
    миллиардов: 9,
    трлн: 12,
    триллион: 12,
    триллиона: 12,
    триллионов: 12,
  },
  scaleSymbols: {},
});

export function readRussianQuantities(text: string): StatedQuantity[] {
  return readRussian(text);
}
