/**
 * The one place for unit vocabulary: singularising counted nouns, unit
 * synonyms ("soldiers" = "troops"), currencies, and the cross-article
 * comparison helpers `quantityKey` / `sameQuantity`.
 */
import type { Figure } from '../../core/types.js';

const IRREGULAR: Readonly<Record<string, string>> = {
  people: 'person', persons: 'person', lives: 'life', men: 'man', women: 'woman', children: 'child',
  servicemen: 'serviceman', servicewomen: 'servicewoman', feet: 'foot', halves: 'half', wives: 'wife',
  knives: 'knife', thieves: 'thief', casualties: 'casualty', dead: 'dead', police: 'police',
  personnel: 'personnel', staff: 'staff', aircraft: 'aircraft', data: 'data', series: 'series',
  news: 'news', species: 'species', yuan: 'yuan', yen: 'yen', percent: 'percent', '%': 'percent',
  hrs: 'hour', yrs: 'year', mins: 'minute', secs: 'second',
};

/** Invariant or adjectival counted words that count without a plural -s. */
export const INVARIANT_COUNTED: ReadonlySet<string> = new Set([
  'people', 'police', 'personnel', 'staff', 'aircraft', 'dead', 'killed', 'wounded', 'injured',
  'percent', 'yuan', 'yen', 'servicemen', 'men', 'women', 'children',
]);

/**
 * Lower-case singular of a counted noun.
 * @example singular('Soldiers') // 'soldier'
 */
export function singular(word: string): string {
  const w = word.toLowerCase().replace(/['’]s?$/, '');
  const irr = IRREGULAR[w];
  if (irr) return irr;
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (/(?:ches|shes|sses|xes|zes)$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

/** Currency words → code. Symbols live in figures-numbers.ts (CURRENCY_SYMBOLS). */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollar: 'usd', usd: 'usd', euro: 'eur', eur: 'eur', pound: 'gbp', 'pound sterling': 'gbp', gbp: 'gbp',
  ruble: 'rub', rouble: 'rub', rub: 'rub', hryvnia: 'uah', hryvnias: 'uah', uah: 'uah', yuan: 'cny',
  renminbi: 'cny', yen: 'jpy', rupee: 'inr', inr: 'inr', rs: 'inr', 'rs.': 'inr', lev: 'bgn', leva: 'bgn', franc: 'chf', lira: 'try',
  peso: 'mxn', riyal: 'sar', dirham: 'aed', zloty: 'pln', kroner: 'nok', kronor: 'sek', kronur: 'isk', shekel: 'ils',
  ringgit: 'myr', baht: 'thb', naira: 'ngn',
};

/** Singular unit → the key shared by its synonyms. */
const SYNONYMS: Readonly<Record<string, string>> = {
  troop: 'troop', soldier: 'troop', force: 'troop', serviceman: 'troop', servicewoman: 'troop',
  servicemember: 'troop', personnel: 'troop', fighter: 'troop',
  person: 'person', individual: 'person',
  life: 'death', death: 'death', killed: 'death', dead: 'death', fatality: 'death',
  wounded: 'injury', injured: 'injury', injury: 'injury',
  percent: 'percent', 'per cent': 'percent', pct: 'percent',
  usd: 'usd', eur: 'eur', gbp: 'gbp', jpy: 'jpy', rub: 'rub', uah: 'uah', cny: 'cny',
  // The same counts in the other languages we read, as their counted nouns come
  // out of the figure reader (lower-cased, singular or plural), so that "70 000
  // soldats" and "70.000 Soldaten" are one quantity with "70,000 troops".
  ...keyOf('troop', 'soldat soldats soldaten truppen troupes soldado soldados tropas militares soldato soldati truppe militari солдат солдата солдаты военных военнослужащих żołnierz żołnierze żołnierzy asker askeri جندي جنود 士兵 军人 兵'),
  ...keyOf('person', 'personne personnes mensch menschen person personen persona personas persone человек людей osoba osoby osób ludzi kişi شخص أشخاص 人'),
  ...keyOf('death', 'mort morts tote toten muerto muertos muertes morto morti vittime погибших погибли убитых погибший zabitych ofiar ölü قتيل قتلى 死亡 死者 ' +
    'todesopfer todesopfern todesfälle todesfällen verstorbene décès fallecidos fallecidas fallecimientos decessi deceduti zgonów zgony смертей умерших ölüm vefat وفاة وفيات'),
  ...keyOf('injury', 'blessé blessés verletzte verletzten herido heridos ferito feriti раненых раненые rannych ranni yaralı جريح جرحى 受伤 伤者'),
  // Time and measure in the other languages, keyed as the English reader's singular unit ("45 Jahre", "45 Jahren" and
  // "45 years" are one quantity). Only words no English unit is spelt as: German "Meter" is US English "meter", Spanish
  // "pie" and German "Tag" English words, "mil"/"mila" a thousand; those keep their own key. Chinese 年 and 日 are
  // left out (dates).
  ...keyOf('year', 'jahr jahre jahren jahres an ans année années año años anno anni rok roku lata lat latach год года лет годы yıl yıllık yaş yaşında yaşındaki عام عاما عامًا سنة سنوات أعوام 岁 周岁'),
  ...keyOf('month', 'monat monate monaten monats mois mes meses mese mesi miesiąc miesiące miesięcy miesiąca месяц месяца месяцев ay aylık شهر شهرا أشهر شهور 月 个月'),
  ...keyOf('week', 'woche wochen semaine semaines semana semanas settimana settimane tydzień tygodnie tygodni tygodnia неделя недели недель неделю hafta أسبوع أسابيع 周 星期'),
  ...keyOf('day', 'tage tagen tages jour jours journée día días giorno giorni dzień dni doby день дня дней сутки суток gün يوم يوما أيام 天'),
  ...keyOf('hour', 'stunde stunden heure heures hora horas ora ore godzina godziny godzin час часа часов saat ساعة ساعات 小时 个小时'),
  ...keyOf('minute', 'minuten minutes minuto minutos minuti minuta minuty minut минута минуты минут dakika دقيقة دقائق 分钟'),
  ...keyOf('kilometre', 'kilomètre kilomètres kilómetro kilómetros chilometro chilometri kilometr kilometrów kilometry километр километра километров كيلومتر كيلومترا كيلومترات 公里 千米'),
  ...keyOf('metre', 'mètre mètres metro metros metri metr metrów metry метр метра метров متر مترا أمتار 米'),
  ...keyOf('centimetre', 'zentimeter centimètre centimètres centímetro centímetros centimetro centimetri centymetr centymetrów сантиметр сантиметров santimetre سنتيمتر 厘米'),
  ...keyOf('millimetre', 'millimètre millimètres milímetro milímetros millimetro millimetri milimetr milimetrów миллиметр миллиметров milimetre مليمتر 毫米'),
  ...keyOf('inch', 'zoll pouce pouces pulgada pulgadas pollice pollici дюйм дюймов inç بوصة 英寸'),
  ...keyOf('foot', 'fuß fuss pied pieds piede piedi stopa stóp фут футов قدم 英尺'),
  ...keyOf('mile', 'meile meilen milla millas miglio miglia миля миль ميل أميال 英里'),
  ...keyOf('litre', 'litres litro litros litri litr litrów литр литров لتر 升'),
  ...keyOf('tonne', 'tonnes tonelada toneladas tonnellata tonnellate tona tony тонна тонн тонны طن طنا أطنان 吨'),
  ...keyOf('kilogram', 'kilogramm kilogramme kilogrammes kilogramo kilogramos chilogrammo chilogrammi kilogramów килограмм килограммов كيلوغرام كيلوغراما 公斤 千克'),
};

function keyOf(key: string, words: string): Record<string, string> {
  return Object.fromEntries(words.split(' ').map((w) => [w, key]));
}

/**
 * A normalised key for what a figure counts, equal across articles that word
 * the same quantity differently. Empty when the figure counts nothing known.
 * @example quantityKey({ unit: 'soldier', … }) // 'troop'
 */
export function quantityKey(f: Pick<Figure, 'unit' | 'isYear'>): string {
  if (f.isYear) return 'year';
  const u = f.unit.toLowerCase();
  return SYNONYMS[u] ?? CURRENCY_WORDS[u] ?? u;
}

// Capitalised modifiers that narrow a count to one side ("Russian troops").
const GENERIC_CAPS = new Set(['US', 'U.S.']);

function modifiers(f: Pick<Figure, 'counted'>): Set<string> {
  const words = f.counted.split(/\s+/).slice(0, -1);
  const out = new Set<string>();
  for (const w of words) if (/^[A-Z]/.test(w) && !GENERIC_CAPS.has(w)) out.add(w.toLowerCase());
  return out;
}

/**
 * Whether two figures (usually from different articles) state the same
 * quantity: same key, neither a year, and no conflicting capitalised
 * qualifier ("Russian troops" ≠ "Ukrainian troops", but "troops" is
 * compatible with either).
 * @example sameQuantity(upTo175kTroops, moreThan94kRussianTroops) // true
 */
export function sameQuantity(a: Figure, b: Figure): boolean {
  if (a.isYear || b.isYear) return false;
  const ka = quantityKey(a);
  if (ka === '' || ka !== quantityKey(b)) return false;
  const ma = modifiers(a);
  const mb = modifiers(b);
  if (ma.size === 0 || mb.size === 0) return true;
  for (const m of ma) if (mb.has(m)) return true;
  return false;
}
