/*
 * The prefix disambiguation rules of natural's port of the Sastrawi stemmer
 * (natural/lib/natural/stemmers/indonesian/prefix_rules.js), word for word: the same regexes and
 * results, typed. Copyright (c) 2017, Alif Bhaskoro, Andy Librian, R. Kukuh (reimplemented from
 * https://github.com/sastrawi/sastrawi), MIT licence (see ./sastrawi.ts).
 */
/* eslint-disable */

function disambiguateRule1A(word: string): string | undefined {
  // Rule 1a : berV -> ber-V
  const matches = word.match(/^ber([aiueo].*)$/)
  if (matches) {
    return matches[1]!
  }
  return undefined;
}

function disambiguateRule1B(word: string): string | undefined {
  // Rule 1b : berV -> be-rV
  const matches = word.match(/^ber([aiueo].*)$/)
  if (matches) {
    return 'r' + matches[1]!
  }
  return undefined;
}

function disambiguateRule2(word: string): string | undefined {
  // Rule 2 : berCAP -> ber-CAP where C != 'r' AND P != 'er'
  const matches = word.match(/^ber([bcdfghjklmnpqrstvwxyz])([a-z])(.*)/)
  if (matches) {
    if (matches[3]!.match(/^er(.*)$/)) {
      return undefined
    }
    return matches[1]! + matches[2]! + matches[3]!
  }
  return undefined;
}

function disambiguateRule3(word: string): string | undefined {
  // Rule 3 : berCAerV -> ber-CAerV where C != 'r'
  const matches = word.match(/ber([bcdfghjklmnpqrstvwxyz])([a-z])er([aiueo])(.*)/)
  if (matches) {
    if (matches[1]! === 'r') {
      return undefined
    }
    return matches[1]! + matches[2]! + 'er' + matches[3]! + matches[4]!
  }
  return undefined;
}

function disambiguateRule4(word: string): string | undefined {
  // Rule 4 : belajar -> ajar
  if (word === 'belajar') {
    return 'ajar'
  }
  return undefined;
}

function disambiguateRule5(word: string): string | undefined {
  // Rule 5 : beC1erC2 -> be-C1erC2 where C1 != 'r'
  const matches = word.match(/be([bcdfghjklmnpqstvwxyz])(er[bcdfghjklmnpqrstvwxyz])(.*)$/)
  if (matches) {
    return matches[1]! + matches[2]! + matches[3]!
  }
  return undefined;
}

function disambiguateRule6a(word: string): string | undefined {
  // Rule 6a : terV -> ter-V
  const matches = word.match(/^ter([aiueo].*)$/)
  if (matches) {
    return matches[1]!
  }
  return undefined;
}

function disambiguateRule6b(word: string): string | undefined {
  // Rule 6b : terV -> te-rV
  const matches = word.match(/^ter([aiueo].*)$/)
  if (matches) {
    return 'r' + matches[1]!
  }
  return undefined;
}

function disambiguateRule7(word: string): string | undefined {
  // Rule 7 : terCerv -> ter-CerV where C != 'r'
  const matches = word.match(/^ter([bcdfghjklmnpqrstvwxyz])er([aiueo].*)$/)
  if (matches) {
    if (matches[1]! === 'r') {
      return undefined
    }
    return matches[1]! + 'er' + matches[2]!
  }
  return undefined;
}

function disambiguateRule8(word: string): string | undefined {
  // Rule 8 : terCP -> ter-CP where C != 'r' and P != 'er'
  const matches = word.match(/^ter([bcdfghjklmnpqrstvwxyz])(.*)$/)
  if (matches) {
    if (matches[1]! === 'r' || matches[2]!.match(/^er(.*)$/)) {
      return undefined
    }
    return matches[1]! + matches[2]!
  }
  return undefined;
}

function disambiguateRule9(word: string): string | undefined {
  // Rule 9 : te-C1erC2 -> te-C1erC2 where C1 != 'r'
  const matches = word.match(/^te([bcdfghjklmnpqrstvwxyz])er([bcdfghjklmnpqrstvwxyz])(.*)$/)
  if (matches) {
    if (matches[1]! === 'r') {
      return undefined
    }
    return matches[1]! + 'er' + matches[2]! + matches[3]!
  }
  return undefined;
}

function disambiguateRule10(word: string): string | undefined {
  // Rule 10 : me{l|r|w|y}V -> me-{l|r|w|y}V
  const matches = word.match(/^me([lrwy])([aiueo])(.*)$/)
  if (matches) {
    return matches[1]! + matches[2]! + matches[3]!
  }
  return undefined;
}

function disambiguateRule11(word: string): string | undefined {
  // Rule 11 : mem{b|f|v} -> mem-{b|f|v}
  const matches = word.match(/^mem([bfv])(.*)$/)
  if (matches) {
    return matches[1]! + matches[2]!
  }
  return undefined;
}

function disambiguateRule12(word: string): string | undefined {
  // Nazief and Adriani Rule 12 : beC1erC2 -> be-C1erC2 where C1 != 'r'
  // Modified by Jelita Asian's CS Rule 12 : mempe -> mem-pe to stem mempengaruhi
  const matches = word.match(/^mempe(.*)$/)
  if (matches) {
    return 'pe' + matches[1]!
  }
  return undefined;
}

function disambiguateRule13a(word: string): string | undefined {
  // Rule 13a : mem{rV|V} -> me-m{rV|V}
  const matches = word.match(/^mem([aiueo])(.*)$/)
  if (matches) {
    return 'm' + matches[1]! + matches[2]!
  }
  return undefined;
}

function disambiguateRule13b(word: string): string | undefined {
  // Rule 13b : mem{rV|V} -> me-p{rV|V}
  const matches = word.match(/^mem([aiueo])(.*)$/)
  if (matches) {
    return 'p' + matches[1]! + matches[2]!
  }
  return undefined;
}

function disambiguateRule14(word: string): string | undefined {
  /* Rule 14 modified by Andy Librian : men{c|d|j|s|t|z} -> men-{c|d|j|s|t|z}
      in order to stem mentaati

      Rule 14 modified by ECS: men{c|d|j|s|z} -> men-{c|d|j|s|z}
      in order to stem mensyaratkan, mensyukuri

      Original CS Rule no 14 was : men{c|d|j|z} -> men-{c|d|j|z} */
  const matches = word.match(/^men([cdjstz])(.*)$/)
  if (matches) {
    return matches[1]! + matches[2]!
  }
  return undefined;
}

function disambiguateRule15a(word: string): string | undefined {
  // Rule 15a : men{V} -> me-n{V}
  const matches = word.match(/^men([aiueo])(.*)$/)
  if (matches) {
    return 'n' + matches[1]! + matches[2]!
  }
  return undefined;
}

function disambiguateRule15b(word: string): string | undefined {
  // Rule 15b : men{V} -> me-t{V}
  const matches = word.match(/^men([aiueo])(.*)$/)
  if (matches) {
    return 't' + matches[1]! + matches[2]!
  }
  return undefined;
}

function disambiguateRule16(word: string): string | undefined {
  // Original Nazief and Adriani's Rule 16 : meng{g|h|q} -> meng-{g|h|q}
  // Modified Jelita Asian's CS Rule 16 : meng{g|h|q|k} -> meng-{g|h|q|k} to stem mengkritik
  const matches = word.match(/^meng([g|h|q|k])(.*)$/)
  if (matches) {
    return matches[1]! + matches[2]!
  }
  return undefined;
}

function disambiguateRule17a(word: string): string | undefined {
  // Rule 17a : mengV -> meng-V
  const matches = word.match(/^meng([aiueo])(.*)$/)
  if (matches) {
    return matches[1]! + matches[2]!
  }
  return undefined;
}

function disambiguateRule17b(word: string): string | undefined {
  // Rule 17b : mengV -> meng-kV
  const matches = word.match(/^meng([aiueo])(.*)$/)
  if (matches) {
    return 'k' + matches[1]! + matches[2]!
  }
  return undefined;
}

function disambiguateRule17c(word: string): string | undefined {
  // Rule 17c : mengV -> meng-V- where V = 'e'
  const matches = word.match(/^menge(.*)$/)
  if (matches) {
    return matches[1]!
  }
  return undefined;
}

function disambiguateRule17d(word: string): string | undefined {
  // Rule 17d : mengV -> me-ngV
  const matches = word.match(/^meng([aiueo])(.*)$/)
  if (matches) {
    return 'ng' + matches[1]! + matches[2]!
  }
  return undefined;
}

function disambiguateRule18a(word: string): string | undefined {
  // Rule 18a : menyV -> me-nyV to stem menyala -> nyala
  const matches = word.match(/^meny([aiueo])(.*)$/)
  if (matches) {
    return 'ny' + matches[1]! + matches[2]!
  }
  return undefined;
}

function disambiguateRule18b(word: string): string | undefined {
  // Original Rule 18b : menyV -> meny-sV
  // Modified by CC (shifted into 18b, see also 18a)
  const matches = word.match(/^meny([aiueo])(.*)$/)
  if (matches) {
    return 's' + matches[1]! + matches[2]!
  }
  return undefined;
}

function disambiguateRule19(word: string): string | undefined {
  // Original Rule 19 : mempV -> mem-pV where V != 'e'
  // Modified Rule 19 by ECS : mempA -> mem-pA where A != 'e' in order to stem memproteksi
  const matches = word.match(/^memp([abcdfghijklmopqrstuvwxyz])(.*)$/)
  if (matches) {
    return 'p' + matches[1]! + matches[2]!
  }
  return undefined;
}

function disambiguateRule20(word: string): string | undefined {
  // Rule 20 : pe{w|y}V -> pe-{w|y}V
  const matches = word.match(/^pe([wy])([aiueo])(.*)$/)
  if (matches) {
    return matches[1]! + matches[2]! + matches[3]!
  }
  return undefined;
}

function disambiguateRule21a(word: string): string | undefined {
  // Rule 21a : perV -> per-V
  const matches = word.match(/^per([aiueo])(.*)$/)
  if (matches) {
    return matches[1]! + matches[2]!
  }
  return undefined;
}

function disambiguateRule21b(word: string): string | undefined {
  // Rule 21b : perV -> pe-rV
  const matches = word.match(/^pe(r[aiueo])(.*)$/)
  if (matches) {
    return matches[1]! + matches[2]!
  }
  return undefined;
}

function disambiguateRule23(word: string): string | undefined {
  // Rule 23 : perCAP -> per-CAP where C != 'r' AND P != 'er'
  const matches = word.match(/^per([bcdfghjklmnpqrstvwxyz])([a-z])(.*)$/)
  if (matches) {
    if (matches[3]!.match(/^er(.*)$/)) {
      return undefined
    }
    return matches[1]! + matches[2]! + matches[3]!
  }
  return undefined;
}

function disambiguateRule24(word: string): string | undefined {
  // Rule 24 : perCAerV -> per-CAerV where C != 'r'
  const matches = word.match(/^per([bcdfghjklmnpqrstvwxyz])([a-z])er([aiueo])(.*)$/)
  if (matches) {
    if (matches[1]! === 'r') {
      return undefined
    }
    return matches[1]! + matches[2]! + 'er' + matches[3]! + matches[4]!
  }
  return undefined;
}

function disambiguateRule25(word: string): string | undefined {
  // Rule 25 : pem{b|f|v} -> pem-{b|f|v}
  const matches = word.match(/^pem([bfv])(.*)$/)
  if (matches) {
    return matches[1]! + matches[2]!
  }
  return undefined;
}

function disambiguateRule26a(word: string): string | undefined {
  // Rule 26a : pem{rV|V} -> pe-m{rV|V}
  const matches = word.match(/^pem([aiueo])(.*)$/)
  if (matches) {
    return 'm' + matches[1]! + matches[2]!
  }
  return undefined;
}

function disambiguateRule26b(word: string): string | undefined {
  // Rule 26b : pem{rV|V} -> pe-p{rV|V}
  const matches = word.match(/^pem([aiueo])(.*)$/)
  if (matches) {
    return 'p' + matches[1]! + matches[2]!
  }
  return undefined;
}

function disambiguateRule27(word: string): string | undefined {
  // Rule 27 : pen{c|d|j|s|t|z} -> pen-{c|d|j|s|t|z}
  const matches = word.match(/^pen([cdjstz])(.*)$/)
  if (matches) {
    return matches[1]! + matches[2]!
  }
  return undefined;
}

function disambiguateRule28a(word: string): string | undefined {
  // Rule 28a : pen{V} -> pe-n{V}
  const matches = word.match(/^pen([aiueo])(.*)$/)
  if (matches) {
    return 'n' + matches[1]! + matches[2]!
  }
  return undefined;
}

function disambiguateRule28b(word: string): string | undefined {
  // Rule 28b : pen{V} -> pe-t{V}
  const matches = word.match(/^pen([aiueo])(.*)$/)
  if (matches) {
    return 't' + matches[1]! + matches[2]!
  }
  return undefined;
}

function disambiguateRule29(word: string): string | undefined {
  // Rule 29 by ECS : pengC -> peng-C
  const matches = word.match(/^peng([bcdfghjklmnpqrstvwxyz])(.*)$/)
  if (matches) {
    return matches[1]! + matches[2]!
  }
  return undefined;
}

function disambiguateRule30a(word: string): string | undefined {
  // Rule 30a : pengV -> peng-V
  const matches = word.match(/^peng([aiueo])(.*)$/)
  if (matches) {
    return matches[1]! + matches[2]!
  }
  return undefined;
}

function disambiguateRule30b(word: string): string | undefined {
  // Rule 30b : pengV -> peng-kV
  const matches = word.match(/^peng([aiueo])(.*)$/)
  if (matches) {
    return 'k' + matches[1]! + matches[2]!
  }
  return undefined;
}

function disambiguateRule30c(word: string): string | undefined {
  // Rule 30c : pengV -> pengV- where V = 'e'
  const matches = word.match(/^penge(.*)$/)
  if (matches) {
    return matches[1]!
  }
  return undefined;
}

function disambiguateRule31a(word: string): string | undefined {
  // Rule 31a : penyV -> pe-nyV
  const matches = word.match(/^peny([aiueo])(.*)$/)
  if (matches) {
    return 'ny' + matches[1]! + matches[2]!
  }
  return undefined;
}

function disambiguateRule31b(word: string): string | undefined {
  // Original Rule 31 : penyV -> peny-sV
  const matches = word.match(/^peny([aiueo])(.*)$/)
  if (matches) {
    return 's' + matches[1]! + matches[2]!
  }
  return undefined;
}

function disambiguateRule32(word: string): string | undefined {
  // Rule 32 : pelV -> pe-lV except pelajar -> ajar
  if (word === 'pelajar') {
    return 'ajar'
  }
  const matches = word.match(/^pe(l[aiueo])(.*)/)
  if (matches) {
    return matches[1]! + matches[2]!
  }
  return undefined;
}

function disambiguateRule34(word: string): string | undefined {
  // Rule 34 : peCP -> pe-CP where C != {r|w|y|l|m|n} and P != 'er'
  const matches = word.match(/^pe([bcdfghjklmnpqrstvwxyz])(.*)$/)
  if (matches) {
    if (matches[2]!.match(/^er(.*)$/)) {
      return undefined
    }
    return matches[1]! + matches[2]!
  }
  return undefined;
}

function disambiguateRule35(word: string): string | undefined {
  // Rule 35 : terC1erC2 -> ter-C1erC2 where C1 != {r}
  const matches = word.match(/^ter([bcdfghjkpqstvxz])(er[bcdfghjklmnpqrstvwxyz])(.*)$/)
  if (matches) {
    return matches[1]! + matches[2]! + matches[3]!
  }
  return undefined;
}

function disambiguateRule36(word: string): string | undefined {
  // Rule 36 : peC1erC2 -> pe-C1erC2 where C1 != {r|w|y|l|m|n}
  const matches = word.match(/^pe([bcdfghjkpqstvxz])(er[bcdfghjklmnpqrstvwxyz])(.*)$/)
  if (matches) {
    return matches[1]! + matches[2]! + matches[3]!
  }
  return undefined;
}

function disambiguateRule37a(word: string): string | undefined {
  // Rule 37a : CerV -> CerV
  const matches = word.match(/^([bcdfghjklmnpqrstvwxyz])(er[aiueo])(.*)$/)
  if (matches) {
    return matches[1]! + matches[2]! + matches[3]!
  }
  return undefined;
}

function disambiguateRule37b(word: string): string | undefined {
  // Rule 37b : CerV -> CV
  const matches = word.match(/^([bcdfghjklmnpqrstvwxyz])er([aiueo])(.*)$/)
  if (matches) {
    return matches[1]! + matches[2]! + matches[3]!
  }
  return undefined;
}

function disambiguateRule38a(word: string): string | undefined {
  // Rule 38a : CelV -> CelV
  const matches = word.match(/^([bcdfghjklmnpqrstvwxyz])(el[aiueo])(.*)$/)
  if (matches) {
    return matches[1]! + matches[2]! + matches[3]!
  }
  return undefined;
}

function disambiguateRule38b(word: string): string | undefined {
  // Rule 38b : CelV -> CV
  const matches = word.match(/^([bcdfghjklmnpqrstvwxyz])el([aiueo])(.*)$/)
  if (matches) {
    return matches[1]! + matches[2]! + matches[3]!
  }
  return undefined;
}

function disambiguateRule39a(word: string): string | undefined {
  // Rule 39a : CemV -> CemV
  const matches = word.match(/^([bcdfghjklmnpqrstvwxyz])(em[aiueo])(.*)$/)
  if (matches) {
    return matches[1]! + matches[2]! + matches[3]!
  }
  return undefined;
}

function disambiguateRule39b(word: string): string | undefined {
  // Rule 39b : CemV -> CV
  const matches = word.match(/^([bcdfghjklmnpqrstvwxyz])em([aiueo])(.*)$/)
  if (matches) {
    return matches[1]! + matches[2]! + matches[3]!
  }
  return undefined;
}

function disambiguateRule40a(word: string): string | undefined {
  // Rule 40a : CinV -> CinV
  const matches = word.match(/^([bcdfghjklmnpqrstvwxyz])(in[aiueo])(.*)$/)
  if (matches) {
    return matches[1]! + matches[2]! + matches[3]!
  }
  return undefined;
}

function disambiguateRule40b(word: string): string | undefined {
  // Rule 40b : CinV -> CV
  const matches = word.match(/^([bcdfghjklmnpqrstvwxyz])in([aiueo])(.*)$/)
  if (matches) {
    return matches[1]! + matches[2]! + matches[3]!
  }
  return undefined;
}

function disambiguateRule41(word: string): string | undefined {
  // Rule 41 : kuA -> ku-A
  const matches = word.match(/^ku(.*)$/)
  if (matches) {
    return matches[1]!
  }
  return undefined;
}

function disambiguateRule42(word: string): string | undefined {
  // Rule 42 : kauA -> kau-A
  const matches = word.match(/^kau(.*)$/)
  if (matches) {
    return matches[1]!
  }
  return undefined;
}

/** The prefix rules in natural's order: null is RemovePlainPrefix, each array one disambiguator. */
export const PREFIX_RULES: ReadonlyArray<ReadonlyArray<(word: string) => string | undefined> | null> = [
  null,
  [disambiguateRule1A, disambiguateRule1B],
  [disambiguateRule2],
  [disambiguateRule3],
  [disambiguateRule4],
  [disambiguateRule5],
  [disambiguateRule6a, disambiguateRule6b],
  [disambiguateRule7],
  [disambiguateRule8],
  [disambiguateRule9],
  [disambiguateRule10],
  [disambiguateRule11],
  [disambiguateRule12],
  [disambiguateRule13a, disambiguateRule13b],
  [disambiguateRule14],
  [disambiguateRule15a, disambiguateRule15b],
  [disambiguateRule16],
  [disambiguateRule17a, disambiguateRule17b, disambiguateRule17c, disambiguateRule17d],
  [disambiguateRule18a, disambiguateRule18b],
  [disambiguateRule19],
  [disambiguateRule20],
  [disambiguateRule21a, disambiguateRule21b],
  [disambiguateRule23],
  [disambiguateRule24],
  [disambiguateRule25],
  [disambiguateRule26a, disambiguateRule26b],
  [disambiguateRule27],
  [disambiguateRule28a, disambiguateRule28b],
  [disambiguateRule29],
  [disambiguateRule30a, disambiguateRule30b, disambiguateRule30c],
  [disambiguateRule31a, disambiguateRule31b],
  [disambiguateRule32],
  [disambiguateRule34],
  [disambiguateRule35],
  [disambiguateRule36],
  [disambiguateRule37a, disambiguateRule37b],
  [disambiguateRule38a, disambiguateRule38b],
  [disambiguateRule39a, disambiguateRule39b],
  [disambiguateRule40a, disambiguateRule40b],
  [disambiguateRule41],
  [disambiguateRule42],
];
