// Does a Japanese text name an Italian person? Japanese writes Italian surnames in katakana (Tronzano = トロンツァーノ),
// with vowels added and spellings that vary (ザ or ツァ for z), so names are compared by their consonants only:
// Italian spelling rules on one side (ch = k, ce/ci = ch, gli = l, z = ts/dz), katakana read by its consonant on the
// other, l = r and b = v (Japanese does not tell them apart), doubled consonants once.

type Sound = 'k' | 'g' | 's' | 'sh' | 'z' | 'ch' | 'j' | 't' | 'd' | 'n' | 'f' | 'b' | 'p' | 'r' | 'h';

const ROWS: [string, Sound | ''][] = [
  ['アイウエオァィゥェォヤユヨャュョワヲヰヱー', ''],
  ['カキクケコ', 'k'],
  ['ガギグゲゴ', 'g'],
  ['サスセソ', 's'],
  ['シ', 'sh'],
  ['ザズゼゾツ', 'z'],
  ['チ', 'ch'],
  ['ジヂ', 'j'],
  ['タテト', 't'],
  ['ダデド', 'd'],
  ['ナニヌネノン', 'n'],
  ['ハヒヘホ', 'h'],
  ['フ', 'f'],
  ['バビブベボヴ', 'b'],
  ['パピプペポ', 'p'],
  ['マミムメモ', 'n'],
  ['ラリルレロ', 'r'],
];
const KANA = new Map<string, Sound | ''>(ROWS.flatMap(([chars, sound]) => [...chars].map((char) => [char, sound] as [string, Sound | ''])));

/** シ writes both "si" (Rossi = ロッシ) and "sci" (Scirea = シレア), so s and sh compare equal. */
function squeeze(sounds: Sound[]): string {
  const folded = sounds.map((sound) => (sound === 'sh' ? 's' : sound));
  return folded.filter((sound, index) => sound !== folded[index - 1]).join('-');
}

/** Consonants of a katakana word: ピスケッダ -> p-s-k-d. */
export function katakanaConsonants(word: string): string {
  const sounds: Sound[] = [];
  for (const char of word) {
    const sound = KANA.get(char);
    // ッ doubles the next consonant, which `squeeze` folds anyway; other marks (・) carry no sound.
    if (sound) sounds.push(sound);
  }
  return squeeze(sounds);
}

const VOWEL = /[aeiouy]/;

/** Consonants of an Italian name as it sounds: Pischedda -> p-s-k-d, Peirone -> p-r-n. */
export function italianConsonants(name: string): string {
  const text = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '');
  const sounds: Sound[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const next = text[i + 1] ?? '';
    const soft = next === 'e' || next === 'i';
    if (VOWEL.test(char) || char === 'h' || char === 'w') continue;
    if (char === 's' && next === 'c' && /[ei]/.test(text[i + 2] ?? '')) { sounds.push('sh'); i++; continue; }
    if (char === 'g' && text.startsWith('gli', i)) { sounds.push('r'); i++; continue; }
    if (char === 'g' && next === 'n') { sounds.push('n'); i++; continue; }
    if (char === 'c' || char === 'k' || char === 'q') { sounds.push(char === 'c' && soft ? 'ch' : 'k'); continue; }
    if (char === 'g') { sounds.push(soft ? 'j' : 'g'); continue; }
    if (char === 'x') { sounds.push('k', 's'); continue; }
    const plain: Record<string, Sound> = { s: 's', z: 'z', t: 't', d: 'd', n: 'n', m: 'n', f: 'f', b: 'b', v: 'b', p: 'p', r: 'r', l: 'r', j: 'j' };
    const sound = plain[char];
    if (sound) sounds.push(sound);
  }
  return squeeze(sounds);
}

/** True when some katakana word of `text` sounds like the Italian `name`. */
export function hasKatakanaName(text: string, name: string): boolean {
  const want = italianConsonants(name);
  if (!want) return false;
  for (const run of text.match(/[\p{Script=Katakana}ー]+/gu) ?? []) {
    for (const word of run.split('・')) if (katakanaConsonants(word) === want) return true;
  }
  return false;
}

/**
 * The katakana that writes the Italian `name` in full in `text` (キアラ・ベッリーニ for Chiara Bellini), each part
 * matched by its consonants; undefined when the text does not write the whole name.
 */
export function katakanaName(text: string, name: string): string | undefined {
  const parts = name.split(/\s+/).filter(Boolean).map(italianConsonants);
  if (parts.length === 0 || parts.some((part) => !part)) return undefined;
  for (const run of text.match(/[\p{Script=Katakana}ー]+(?:[・＝][\p{Script=Katakana}ー]+)*/gu) ?? []) {
    const words = run.split(/[・＝]/);
    for (let start = 0; start + parts.length <= words.length; start++) {
      const slice = words.slice(start, start + parts.length);
      if (slice.every((word, index) => katakanaConsonants(word) === parts[index])) return slice.join('・');
    }
  }
  return undefined;
}
