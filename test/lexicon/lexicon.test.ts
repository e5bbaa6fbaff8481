import { describe, expect, it } from 'vitest';
import { calendarWords } from '../../src/lexicon/calendar.js';
import { getLexicon, type Lexicon } from '../../src/lexicon/index.js';
import { numberWords } from '../../src/lexicon/numbers.js';
import { hasFastProperties } from '../helpers/v8-shape.js';

const lex = getLexicon();

describe('getLexicon', () => {
  it('is an object with fast properties, whose English lists are read on first use', () => {
    // Every stage reads its lists as `lex.…`, dozens of times a token: a dictionary-mode object
    // would look each name up in a hash table.
    expect(hasFastProperties(lex)).toBe(true);
    const english = Object.getOwnPropertyDescriptor(lex, 'englishWords');
    expect(english?.get).toBeTypeOf('function');
    expect(english?.enumerable).toBe(true);
    expect(lex.englishWords).toBe(lex.englishWords);
    expect(lex.englishWords.size).toBeGreaterThan(1000);
    expect(lex.englishNamedWords).toBe(lex.englishNamedWords);
  });

  it('is read once per process', () => {
    expect(getLexicon()).toBe(lex);
    // The numbers stage reads the same objects through the cached readers.
    expect(calendarWords()).toBe(lex.calendar);
    expect(numberWords()).toBe(lex.numbers);
  });

  // [file, field, entry, what the field holds for it: its value, or true for a set]
  it.each<[string, (l: Lexicon) => ReadonlySet<string> | ReadonlyMap<string, unknown>, string, unknown]>([
    ['titles.txt', (l) => l.titles, 'wakil menteri', true],
    // Derived: a minister's title from a ministry's short form, a deputy's from a minister's.
    ['titles.txt', (l) => l.titles, 'mendukbangga', true],
    ['titles.txt', (l) => l.titles, 'wamendukbangga', true],
    ['titles.txt', (l) => l.titles, 'wamenpora', true],
    ['titles.txt', (l) => l.portfolio, 'Keuangan', true],
    ['people.txt', (l) => l.pronouns, 'kalian', 2],
    ['people.txt', (l) => l.pronouns, 'beliau', 3],
    ['people.txt', (l) => l.honorifics, 'Mbak', true],
    ['people.txt', (l) => l.namePrefixes, 'KH', true],
    ['people.txt', (l) => l.moreNameParticles, 'von', true],
    ['people.txt', (l) => l.notNames, 'Lebaran', true],
    ['people.txt', (l) => l.aliases, 'Cak Imin', 'Muhaimin Iskandar'],
    ['organisations.txt', (l) => l.orgMarkers, 'Kementerian', true],
    ['organisations.txt', (l) => l.orgs, 'PDI-P', true],
    ['organisations.txt', (l) => l.legalFormsAbbreviated, 'Tbk', true],
    ['organisations.txt', (l) => l.legalFormsAfter, 'LLC', true],
    ['organisations.txt', (l) => l.orgSuffixes, 'Sekuritas', true],
    ['organisations.txt', (l) => l.clubWords, 'United', true],
    ['places.txt', (l) => l.places, 'Istana Merdeka', true],
    ['places.txt', (l) => l.adminPrefixes, 'Kelurahan', true],
    ['places.txt', (l) => l.placeMarkers, 'Gunung', true],
    ['places.txt', (l) => l.trailingPlaceMarkers, 'Airport', true],
    ['places.txt', (l) => l.locatives, 'menuju', true],
    ['speech.txt', (l) => l.cues, 'ujarnya', true],
    ['speech.txt', (l) => l.speechVerbs, 'mengatakan', true],
    ['speech.txt', (l) => l.notSpeakerWords, 'seusai', true],
    ['calendar.txt', (l) => l.calendar.days, 'senin', 1],
    ['calendar.txt', (l) => l.calendar.dayVariants, 'ahad', 7],
    ['calendar.txt', (l) => l.calendar.moreDays, 'jum’at', 5],
    ['calendar.txt', (l) => l.calendar.months, 'desember', 12],
    ['calendar.txt', (l) => l.calendar.monthAbbreviations, 'agt', 8],
    ['calendar.txt', (l) => l.calendar.moreMonths, 'ogos', 8],
    ['calendar.txt', (l) => l.calendar.monthsNeedCapital, 'mei', true],
    ['calendar.txt', (l) => l.calendar.timeUnits, 'pekan', 'week'],
    ['calendar.txt', (l) => l.calendar.moreTimeUnits, 'windu', 'year'],
    ['calendar.txt', (l) => l.calendar.timeZones, 'WITA', '+08:00'],
    ['calendar.txt', (l) => l.calendar.worldTimeZones, 'GMT', '+00:00'],
    ['numbers.txt', (l) => l.numbers.digits, 'sembilan', 9],
    ['numbers.txt', (l) => l.numbers.moreDigits, 'lapan', 8],
    ['numbers.txt', (l) => l.numbers.multipliers, 'belas', 'teen'],
    ['numbers.txt', (l) => l.numbers.seNumbers, 'seratus', 100],
    ['numbers.txt', (l) => l.numbers.scales, 'triliun', 12],
    ['numbers.txt', (l) => l.numbers.moreScales, 'bilion', 9],
    ['numbers.txt', (l) => l.numbers.seScales, 'sejuta', 6],
    ['numbers.txt', (l) => l.numbers.moreSeScales, 'setriliun', 12],
    ['numbers.txt', (l) => l.numbers.vague, 'ratusan', 2],
    ['numbers.txt', (l) => l.numbers.moreVague, 'belasan', 1],
    ['numbers.txt', (l) => l.numbers.fractions, 'seperempat', 0.25],
    ['numbers.txt', (l) => l.numbers.percent, 'persen', true],
    ['numbers.txt', (l) => l.numbers.morePercent, 'peratus', true],
    ['numbers.txt', (l) => l.numbers.currencyNames, 'ringgit', 'MYR'],
  ])('reads %s: %s has %j', (_file, field, entry, expected) => {
    const words = field(lex);
    expect(words instanceof Map ? words.get(entry) : words.has(entry)).toBe(expected);
  });

  it('keeps the order of the lists read in order', () => {
    expect(lex.titleMaxWords).toBe(3);
    expect([...lex.titleJoiners]).toEqual(['sekaligus', 'dan', 'serta', 'merangkap', 'juga']);
    // The byline reader tries the particles in file order.
    expect([...lex.nameParticles]).toEqual(['bin', 'binti', 'van', 'de', 'al', 'el']);
    expect([...lex.legalFormsBefore]).toEqual(['PT', 'CV', 'UD', 'Perum', 'Perumda']);
    expect([...lex.accordingTo]).toEqual(['menurut']);
  });

  // A word in two sections of one group would be read by a stage that was not meant to see it.
  it('keeps the sections of a group apart', () => {
    const c = lex.calendar;
    const n = lex.numbers;
    const groups: Iterable<string>[][] = [
      [c.days.keys(), c.dayVariants.keys(), c.moreDays.keys()],
      [c.months.keys(), c.monthAbbreviations.keys(), c.moreMonths.keys()],
      [c.timeUnits.keys(), c.moreTimeUnits.keys()],
      [c.timeZones.keys(), c.worldTimeZones.keys()],
      [n.digits.keys(), n.moreDigits.keys()],
      [n.scales.keys(), n.moreScales.keys()],
      [n.seScales.keys(), n.moreSeScales.keys()],
      [n.vague.keys(), n.moreVague.keys()],
      [n.percent, n.morePercent],
      [lex.nameParticles, lex.moreNameParticles],
      [lex.legalFormsBefore, lex.legalFormsAbbreviated, lex.legalFormsAfter, lex.orgSuffixes],
      [lex.adminPrefixes, lex.placeMarkers],
      [[...lex.adminPrefixes].map((w) => w.toLowerCase()), lex.locatives],
    ];
    for (const group of groups) {
      const all = group.flatMap((words) => [...words]);
      expect(all.filter((w, i) => all.indexOf(w) !== i)).toEqual([]);
    }
  });
});
