/**
 * Suffixes that turn a Chinese term into a different word whose translation is derived, not the
 * glossary rendering itself: 日本军国主义 + 分子 is "Japanese militarists", not "Japanese militarism";
 * 霸权主义 + 者 "hegemonists"; 现代 + 化 "modernisation".
 */
export const ZH_DERIVATIONAL_SUFFIXES: readonly string[] = ['分子', '者', '化', '性', '式'];
