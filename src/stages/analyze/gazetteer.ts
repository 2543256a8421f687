/**
 * Every word list the analyze stage uses, in one place: places, organisations,
 * titles, role words, alias tables. Keys are lower case; lists are small on
 * purpose — context rules do most of the typing, these anchor the common cases.
 */
import { isGivenName } from '../text-model/english-words.js';

/** Alias → preferred spelling, for places and organisations (lower-case keys). */
export const NAME_ALIASES: ReadonlyMap<string, string> = new Map([
  ['kiev', 'Kyiv'], ['kyiv', 'Kyiv'], ['kiyv', 'Kyiv'],
  ['us', 'United States'], ['u.s.', 'United States'], ['usa', 'United States'], ['u.s.a.', 'United States'],
  ['america', 'United States'], ['united states of america', 'United States'], ['united states', 'United States'],
  ['uk', 'United Kingdom'], ['u.k.', 'United Kingdom'], ['britain', 'United Kingdom'], ['great britain', 'United Kingdom'],
  ['eu', 'EU'], ['european union', 'EU'], ['un', 'UN'], ['u.n.', 'UN'], ['united nations', 'UN'],
  ['kharkov', 'Kharkiv'], ['odessa', 'Odesa'], ['lvov', 'Lviv'], ['lugansk', 'Luhansk'],
  ['russian federation', 'Russia'], ['ap', 'AP'], ['associated press', 'AP'], ['the associated press', 'AP'],
  ['afp', 'AFP'], ['agence france-presse', 'AFP'], ['tass', 'Tass'], ['ria', 'RIA Novosti'],
  // The same institutions as the other languages of the news name them, so a story lists each once.
  ['nato', 'NATO'], ['otan', 'NATO'], ['нато', 'NATO'], ['onu', 'UN'], ['оон', 'UN'], ['ue', 'EU'], ['ес', 'EU'],
  ['kreml', 'Kremlin'], ['cremlino', 'Kremlin'], ['кремль', 'Kremlin'], ['кремля', 'Kremlin'], ['кремле', 'Kremlin'],
]);

export const PLACES: ReadonlySet<string> = new Set([
  'russia', 'ukraine', 'united states', 'us', 'u.s.', 'usa', 'america', 'crimea', 'geneva', 'camp david', 'moscow',
  'washington', 'kyiv', 'kiev', 'stockholm', 'black sea', 'switzerland', 'syria', 'maryland', 'china', 'beijing',
  'france', 'paris', 'germany', 'berlin', 'italy', 'rome', 'britain', 'uk', 'united kingdom', 'london', 'europe',
  'belarus', 'minsk', 'poland', 'warsaw', 'donbas', 'donbass', 'donetsk', 'luhansk', 'lugansk', 'kharkiv', 'odesa',
  'odessa', 'lviv', 'mariupol', 'iran', 'tehran', 'iraq', 'israel', 'gaza', 'turkey', 'ankara', 'japan', 'tokyo',
  'india', 'canada', 'mexico', 'brussels', 'vienna', 'sweden', 'finland', 'norway', 'denmark', 'estonia', 'latvia',
  'lithuania', 'georgia', 'moldova', 'romania', 'hungary', 'austria', 'spain', 'madrid', 'netherlands', 'belgium',
  'afghanistan', 'pakistan', 'egypt', 'cairo', 'saudi arabia', 'qatar', 'doha', 'lebanon', 'jordan', 'kazakhstan',
  'armenia', 'azerbaijan', 'north korea', 'south korea', 'korea', 'taiwan', 'venezuela', 'cuba', 'new york',
  'california', 'texas', 'sochi', 'st petersburg', 'kremlin square', 'siberia', 'baltic sea', 'sea of azov',
  'eastern europe', 'western europe', 'middle east', 'africa', 'asia',
]);

export const ORGANIZATIONS: ReadonlySet<string> = new Set([
  'white house', 'kremlin', 'pentagon', 'nato', 'eu', 'european union', 'un', 'u.n.', 'united nations', 'cnn',
  'reuters', 'ap', 'associated press', 'afp', 'tass', 'interfax', 'ria novosti', 'ria', 'bloomberg', 'swift',
  'state department', 'congress', 'senate', 'house of representatives', 'bbc', 'cia', 'fbi', 'nsa', 'osce', 'imf',
  'world bank', 'g7', 'g20', 'opec', 'gazprom', 'nord stream', 'nord stream 2', 'fox news', 'nbc', 'cbs', 'abc',
  'new york times', 'washington post', 'wall street journal', 'financial times', 'al jazeera', 'xinhua', 'sputnik',
  'rt', 'ukrinform', 'interfax-ukraine', 'security council', 'foreign ministry', 'defense ministry', 'defence ministry',
  'biden administration', 'inquirer', 'politico', 'axios', 'the guardian',
  ...companyWords(),
]);

/**
 * The companies the news names most by one word ("Huawei" was in no list: a brief of Huawei's launch named no one).
 * Not the social platforms: "on his Facebook" is where a remark was posted, and as an organisation it took the remark.
 */
function companyWords(): string[] {
  return ['google', 'apple', 'microsoft', 'huawei', 'samsung', 'sony', 'tesla', 'intel', 'boeing', 'airbus', 'toyota', 'netflix', 'uber', 'ibm', 'nvidia', 'alibaba', 'tencent', 'spacex', 'nasa'];
}
export const COMPANIES: ReadonlySet<string> = new Set(companyWords());

/** The fifty US states, which the news names as places ("New Hampshire", "Alabama"). */
const US_STATES: ReadonlySet<string> = new Set([
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'georgia',
  'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland',
  'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'new hampshire',
  'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'ohio', 'oklahoma', 'oregon', 'pennsylvania',
  'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'washington',
  'west virginia', 'wisconsin', 'wyoming',
]);

let countries: Set<string> | undefined;

/**
 * The world's countries and territories by their English names, from the runtime's CLDR data
 * (`Intl.DisplayNames` over every two-letter region code; "New Zealand", "Costa Rica", "Puerto Rico").
 */
function countryNames(): ReadonlySet<string> {
  if (countries === undefined) {
    countries = new Set();
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        let name: string | undefined;
        try {
          name = names.of(code);
        } catch {
          name = undefined;
        }
        if (name !== undefined && name !== code) countries.add(name.toLowerCase());
      }
    }
  }
  return countries;
}

/**
 * Whether `lower` (lower case) names a country, a territory or a US state in English. A one-word name that is also a
 * given name ("Chad", "Jordan", "Israel", "India") counts only where PLACES lists it: alone it is as often a person.
 * @example isCountryOrState('new zealand') // true
 */
export function isCountryOrState(lower: string): boolean {
  if (!US_STATES.has(lower) && !countryNames().has(lower)) return false;
  return /\s/.test(lower) || !isGivenName(lower);
}

/** A last word that makes a name an organisation ("Foreign Ministry"). */
export const ORG_WORDS: ReadonlySet<string> = new Set([
  'house', 'ministry', 'department', 'agency', 'council', 'bank', 'party', 'union', 'court', 'committee', 'office',
  'army', 'forces', 'navy', 'news', 'times', 'post', 'group', 'association', 'institute', 'university', 'organization',
  'organisation', 'commission', 'parliament', 'congress', 'senate', 'service', 'services', 'company', 'corporation',
  'inc', 'ltd', 'alliance', 'fund', 'foundation', 'guard', 'command', 'journal', 'press', 'network', 'authority',
  'administration', 'duma', 'assembly', 'federation', 'board', 'bureau', 'centre', 'center',
]);

/** A last word that makes a name a place ("Black Sea", "Villa La Grange"). */
export const PLACE_WORDS: ReadonlySet<string> = new Set([
  'sea', 'ocean', 'river', 'island', 'islands', 'mountains', 'peninsula', 'valley', 'gulf', 'strait', 'bay', 'lake',
  'city', 'province', 'region', 'oblast', 'county', 'state', 'square', 'street', 'avenue', 'airport', 'base', 'border',
  'villa', 'grange', 'palace', 'camp',
]);

/**
 * Heads of places and institutions that ORG_WORDS and PLACE_WORDS do not hold, as news in every language writes them
 * in English ("Bryant Park", "Hertel Ave", "Eiffel Tower", "Nobel Prize", "World Cup"). Several are surnames too
 * ("Hall", "Park"): the English rules read them as heads only in a run no given name opens.
 */
export const MORE_PLACE_HEADS: ReadonlySet<string> = new Set(['park', 'road', 'rd', 'ave', 'blvd', 'boulevard', 'st', 'pike', 'highway', 'parkway', 'plaza', 'bridge', 'station', 'stadium', 'arena', 'mall', 'beach', 'point', 'tower', 'church', 'cathedral', 'hotel']);
export const MORE_ORG_HEADS: ReadonlySet<string> = new Set(['museum', 'hospital', 'school', 'college', 'academy', 'club', 'program', 'programme', 'properties', 'production', 'productions', 'records', 'studios', 'llc', 'corp', 'plc', 'gmbh', 'hall', 'magazine', 'tv', 'radio', 'podcasts', 'prize', 'awards', 'festival', 'stakes', 'tour', 'league', 'cup']);

/**
 * Eateries ("La Habra Crab Shack", "Dark Cafe"): in English runs no given name opens, an organisation; a restaurant
 * taken for a person becomes the antecedent of the next "she said".
 */
export const EATERY_HEADS: ReadonlySet<string> = new Set(['shack', 'grill', 'diner', 'cafe', 'café', 'bistro', 'eatery', 'steakhouse', 'pizzeria', 'bakery', 'brewery', 'tavern', 'saloon', 'cantina', 'taqueria', 'restaurant']);

/** Titles written before a name, capitalised ("President", "Secretary of State"). */
export const TITLES: ReadonlySet<string> = new Set([
  'president', 'secretary', 'minister', 'prime', 'chancellor', 'spokesman', 'spokeswoman', 'spokesperson', 'mr',
  'mrs', 'ms', 'dr', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor', 'general', 'gen', 'admiral',
  'ambassador', 'envoy', 'king', 'queen', 'prince', 'pope', 'sheikh', 'mayor', 'premier', 'foreign', 'defense',
  'defence', 'deputy', 'vice', 'chief', 'director', 'commander', 'colonel', 'lieutenant', 'speaker', 'leader',
  'adviser', 'advisor', 'press', 'national', 'security', 'state', 'former', 'acting', 'senior', 'interior',
  'finance', 'justice', 'head', 'chairman', 'chairwoman', 'chair', 'judge', 'attorney', 'sergeant', 'captain',
]);

/** Head nouns of a role: a role must contain one of these. */
export const ROLE_HEADS: ReadonlySet<string> = new Set([
  'president', 'secretary', 'minister', 'chancellor', 'spokesman', 'spokeswoman', 'spokesperson', 'senator',
  'governor', 'general', 'admiral', 'ambassador', 'envoy', 'king', 'queen', 'prince', 'pope', 'mayor', 'premier',
  'director', 'commander', 'speaker', 'leader', 'adviser', 'advisor', 'official', 'chairman', 'chairwoman', 'chief',
  'counterpart', 'man', 'woman', 'head', 'judge', 'attorney', 'representative', 'correspondent', 'aide', 'diplomat',
]);

/** Lower-case words allowed inside a role written before a name ("Kremlin spokesman"). */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  ...ROLE_HEADS, 'press', 'foreign', 'defence', 'defense', 'senior', 'deputy', 'vice', 'prime', 'state', 'former',
  'top', 'chief', 'national', 'security', 'interior', 'finance', 'richest', 'administration', 'acting', 'new',
  'russian', 'ukrainian', 'american', 'military', 'intelligence', 'news', 'agency', 'white', 'house', 'department',
]);

/** Nationality adjectives: modifiers of a role, never entities on their own. */
export const NATIONALITIES: ReadonlySet<string> = new Set([
  'us', 'u.s.', 'american', 'americans', 'russian', 'russians', 'ukrainian', 'ukrainians', 'french', 'german',
  'italian', 'british', 'chinese', 'european', 'europeans', 'western', 'polish', 'belarusian', 'turkish', 'iranian',
  'israeli', 'japanese', 'swiss', 'swedish', 'canadian', 'soviet', 'nato', 'eu', 'uk', 'kremlin', 'pentagon',
]);

/** Capitalised words that are never names: days, months, zones, pronouns. */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'et', 'gmt', 'utc',
  'am', 'pm', 'i', 'west', 'east', 'north', 'south', 'western', 'eastern', 'god', 'covid', 'internet', 'ok',
]);

/** Common words that may be capitalised only because they open a sentence. */
export const SENTENCE_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'for', 'of', 'to', 'and', 'but', 'or', 'as', 'if', 'when', 'while', 'after',
  'before', 'since', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'you', 'his', 'her', 'its',
  'their', 'our', 'my', 'there', 'here', 'what', 'who', 'which', 'where', 'why', 'how', 'both', 'all', 'some',
  'many', 'most', 'more', 'officials', 'leaders', 'recent', 'with', 'by', 'from', 'about', 'during', 'under',
  'over', 'against', 'however', 'meanwhile', 'also', 'still', 'yet', 'so', 'no', 'not', 'one', 'two', 'three',
  'according', 'asked', 'speaking', 'earlier', 'later', 'last', 'next', 'today', 'yesterday', 'tomorrow', 'details',
  'expectations', 'planning', 'contingency', 'ukrainian', 'russian', 'american', 'us', 'such', 'every', 'each',
]);

/** Female first names, for he/she agreement in speaker resolution. */
export const FEMALE_FIRST_NAMES: ReadonlySet<string> = new Set([
  'jen', 'jennifer', 'victoria', 'angela', 'kamala', 'hillary', 'nancy', 'ursula', 'maria', 'anna', 'elena',
  'olena', 'yulia', 'iryna', 'natalia', 'natasha', 'liz', 'elizabeth', 'theresa', 'karine', 'linda', 'samantha',
  'ellie', 'zahra', 'marie', 'emily', 'sarah', 'kaja', 'annalena', 'giorgia', 'sanna', 'mette', 'margaret',
]);

/** Common male first names, so "she" does not land on them (unknown names fit either pronoun). */
export const MALE_FIRST_NAMES: ReadonlySet<string> = new Set([
  'joe', 'donald', 'barack', 'bernie', 'ted', 'marco', 'john', 'jeb', 'ben', 'chris', 'mike', 'paul', 'mitch',
  'bill', 'george', 'james', 'robert', 'michael', 'david', 'richard', 'thomas', 'mark', 'steve', 'tim', 'rand',
  'vladimir', 'dmitry', 'sergei', 'sergey', 'emmanuel', 'olaf', 'boris', 'jens', 'antony', 'anthony', 'volodymyr',
  'oleksii', 'lindsey', 'jim', 'tom', 'peter', 'scott', 'jeff', 'kevin', 'brian', 'eric', 'josh', 'jake', 'newt',
  'rudy', 'reince', 'corey', 'jason', 'matt', 'martin', 'harry', 'chuck', 'dan', 'frank', 'gary', 'rick', 'ron',
]);

/** Pronouns that can stand for a speaker, by gender. */
export const PRONOUNS: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['he', 'm'], ['him', 'm'], ['she', 'f'], ['her', 'f'],
]);
