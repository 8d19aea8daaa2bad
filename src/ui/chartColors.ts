// The charts' ink and bar colour, the same as --ink and --accent in styles.css (recharts takes colours as props).
export const CHART_INK = '#1d2430';
export const CHART_ACCENT = '#0b5cad';
