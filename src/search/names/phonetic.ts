/**
 * Phonetic normalisation of romanised Indian names. Two strengths:
 * - the *sound key* folds spellings that say the same thing (Sharma/Sarma, Laxmi/Lakshmi,
 *   Chaudhary/Choudhary, ee/i, oo/u, v/w, z/j, aspirates, doubled letters) but keeps vowels and
 *   voicing, so Manoj ≠ Manish and Ketan ≠ Chetan;
 * - the *skeleton* keeps only consonant classes (no vowels, no voicing, no h/y), the loose index
 *   key that Tamil-without-voicing, Bengali o/a and dropped vowels all meet in.
 */

const STRIP_MARKS = /\p{M}+/gu;

/** Lower-case Latin letters only: accents stripped (Kevichüsa → kevichusa), d'costa → dacosta. */
export function latinLetters(word: string): string {
  return word
    .normalize('NFD')
    .replace(STRIP_MARKS, '')
    .toLowerCase()
    .replace(/^d['’]/, 'da')
    .replace(/[^a-z]/g, '');
}

const VOWEL = /[aeiou]/;

/** The sound key of one romanised name part. */
export function soundKey(word: string): string {
  let s = latinLetters(word);
  if (!s) return '';
  s = s
    .replace(/x/g, 'ks')
    .replace(/que$/, 'k') // Rafique = Rafiq, Tarique = Tariq
    .replace(/qu/g, 'k')
    .replace(/q/g, 'k')
    .replace(/ck/g, 'k')
    .replace(/chh/g, 'ch')
    .replace(/ch/g, 'C')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/zh/g, 'l') // Tamil and Malayalam ழ: Anbazhagan = Anbalagan
    .replace(/sh/g, 's')
    .replace(/([kgjtdb])h/g, '$1') // aspirates: Bhima = Bima for matching, Sekhar = Sekar
    .replace(/z/g, 'j')
    .replace(/ow(?![aeiou])/g, 'au') // Gowda = Gauda, Chowdhury
    .replace(/w/g, 'v')
    .replace(/v/g, 'b') // Bengali and Assamese write v as b: Debi = Devi, Raghubir = Raghuvir
    .replace(/ee/g, 'i')
    .replace(/oo/g, 'u')
    .replace(/ou/g, 'au')
    .replace(/oy$/, 'ay') // Bengali -moy: Tanmoy = Tanmay
    .replace(/ey$/, 'e') // Pandey = Pande, Dubey = Dube
    .replace(/iy(?=[aeiou])/g, 'i') // Chaurasiya = Chaurasia
    .replace(/([^aeiou])y(?=[aeiou])/g, '$1i') // Nambyar = Nambiar
    .replace(/([^aeiouy])y$/g, '$1i') // Periyasamy = Periyasami
    .replace(/(.)\1+/g, '$1')
    .replace(/([aeiou])h$/, '$1') // Abdullah = Abdulla
    .replace(/(.{3,})er$/, '$1ar') // Devender = Devendar, Halder = Haldar
    .replace(/C/g, 'ch');
  return s;
}

const CLASSES: Record<string, string> = {
  k: 'k',
  g: 'k',
  c: 's',
  j: 's',
  s: 's',
  t: 't',
  d: 't',
  p: 'p',
  b: 'p',
  f: 'p',
  m: 'm',
  n: 'n',
  r: 'r',
  l: 'l',
};

/** The skeleton of a sound key: consonant classes in order, a leading vowel kept as 'a'. */
export function skeleton(sound: string): string {
  if (!sound) return '';
  let out = VOWEL.test(sound[0]!) ? 'a' : '';
  const body = sound.replace(/ch/g, 'c');
  for (let i = 0; i < body.length; i++) {
    const c = CLASSES[body[i]!];
    if (!c) continue;
    if (out[out.length - 1] !== c) out += c;
  }
  return out || sound.slice(0, 1);
}
