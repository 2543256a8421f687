/**
 * A small bilingual news dictionary for model-free cross-language matching:
 * the nouns and verbs news is made of (election, earthquake, police, killed,
 * vaccine, weekdays …) in English, German, French, Spanish, Italian and
 * Polish, each mapped to one language-neutral concept key, so "election",
 * "Wahl", "élection", "elecciones", "elezioni" and "wybory" count as one word
 * when two texts in different languages are compared. General vocabulary
 * only, written as `transliterate` folds it (lower case, no diacritics, ł → l)
 * and matched as word prefixes, so inflections ("Wahlen", "wyborach") meet.
 */

/** Concept key → transliterated prefixes (en, de, fr, es, it, pl). */
const CONCEPTS: Readonly<Record<string, string>> = {
  election: 'election elected elector wahl wahlen election elecci elezion elettor wybor wyborc',
  vote: 'vote voting voter abstimm stimme votar voto votac glosow',
  president: 'president prasident praesident presiden presidente prezyden',
  minister: 'minister ministre ministro ministr',
  government: 'government regierung gouvernem gobierno governo rzad rzadu rzadz',
  parliament: 'parliament parlament bundestag parlement congres congress congreso sejm',
  party: 'party partei parti partido partito partia',
  police: 'police polizei policia polizia policj',
  court: 'court gericht tribunal tribunale sad sadu sadzie',
  judge: 'judge richter juge juez giudic sedzi',
  prison: 'prison jail gefangn gefangnis prision carcel carcer prigion wiezien',
  arrest: 'arrest festgenom festnahm verhaft arrete arresto detenid arrestat aresztow zatrzym',
  kill: 'killed kill getotet totet morder tues asesin uccis uccid zabit zabil zabojst',
  death: 'death dead died tod tote toten gestorb mort muert muri morti mort zmarl smierc ofiar',
  victim: 'victim opfer victime victima vittim ofiara ofiary',
  injured: 'injured wounded verletz blesse herido ferit rann',
  attack: 'attack anschlag angriff attaque attentat ataque atentad attacc attent atak zamach',
  bomb: 'bomb bombe explos bomba wybuch',
  shooting: 'shooting shot schuss schusse schiess fusillad tiroteo dispar sparator strzel',
  war: 'war krieg guerre guerra wojn',
  army: 'army military armee militar milita ejercit esercit wojsk',
  soldier: 'soldier soldat soldad soldado soldato zolnier',
  weapon: 'weapon waffe arme arma bron',
  protest: 'protest demonstr manifest manifestac protesta',
  strike: 'strike streik greve huelga sciopero strajk',
  earthquake: 'earthquake erdbeben seisme seism terremot sismo trzesien',
  flood: 'flood uberschwemm hochwasser inondat inundac alluvion powodz',
  fire: 'fire wildfire brand feuer incendi fuego fuoco pozar',
  storm: 'storm hurricane sturm orkan tempete ouragan tormenta huracan tempest uragan burza huragan',
  accident: 'accident crash unfall unglück unglueck incident acciden incident wypadek wypadk',
  virus: 'virus viren wirus',
  coronavirus: 'coronavi covid corona koronawi',
  pandemic: 'pandemic pandemi pandemie pandemia',
  vaccine: 'vaccin vakzin impfstoff impfung vacuna vacun vaccino szczepi',
  hospital: 'hospital krankenhaus klinik hopital ospedal szpital',
  doctor: 'doctor arzt arzte medecin medico lekarz',
  patient: 'patient pacjent pacient paziente',
  infection: 'infect infizier infektion contagi contagio zakazen',
  lockdown: 'lockdown confinem confinam quarantin quarantaene quarantane cuarenten kwarantann',
  mask: 'mask maske masque mascar mascher maseczk',
  school: 'school schule ecole escuela scuola szkol',
  student: 'student schuler eleve estudiant studen alumno uczen uczniow',
  child: 'child children kinder enfant nino ninos bambin dziec',
  woman: 'woman women frau frauen femme mujer mujeres donna donne kobiet',
  man: 'men mann manner homme hombre uomo uomin mezczyzn',
  family: 'family familie famille familia famiglia rodzin',
  people: 'people menschen personne gente persone persona ludzi osob',
  city: 'city stadt ville ciudad citta miasto miast',
  country: 'country land pays pais paese kraj kraju',
  border: 'border grenze frontier frontera confin granic',
  refugee: 'refugee migrant fluchtling refugie refugiad profug rifugiat uchodzc',
  economy: 'economy econom wirtschaft economi gospodar',
  market: 'market markt marche mercado mercato rynek rynk',
  price: 'price preis prix precio prezzo cena ceny',
  tax: 'tax steuer impot impuest tasse podat',
  bank: 'bank banque banco banca',
  money: 'money geld argent dinero denaro pieniad',
  million: 'million millio milion',
  billion: 'billion milliard billon miliard',
  percent: 'percent prozent pourcent porcien percent procent',
  company: 'company firma unternehm entrepris empresa aziend societ spolk',
  worker: 'worker employee arbeiter beschaftigt travaill salari trabajad lavorator pracown',
  job: 'jobs arbeitsplat emploi empleo lavoro praca pracy',
  oil: 'oil petrol ol erdol petrole petroleo petrolio rop ropa',
  energy: 'energy energie energia',
  climate: 'climate klima climat clima',
  water: 'water wasser eau agua acqua woda wody',
  airport: 'airport flughafen aeroport aeropuert aeroport lotnisk',
  plane: 'plane aircraft flugzeug avion aereo samolot',
  train: 'train railway zug bahn tren treno pociag kolej',
  car: 'car auto voiture coche samochod',
  church: 'church kirche eglise iglesia chiesa kosciol',
  pope: 'pope papst pape papa papiez',
  king: 'king konig roi rey krol',
  queen: 'queen konigin reine reina regina krolowa',
  leader: 'leader fuhrer anfuhr dirigeant lider leader przywodc',
  talks: 'talks negotiat verhandl gesprach negocia trattativ rozmow negocjac',
  agreement: 'agreement deal abkommen vereinbar accord acuerdo accordo porozum umow',
  sanction: 'sanction sanktion sancion sanzion sankcj',
  law: 'law gesetz loi ley legge ustaw prawo',
  investigation: 'investigat ermittl enquete investigac indagin sledztw dochodzen',
  crime: 'crime verbrech crimin delito reato przestep',
  report: 'report bericht rapport informe rapporto raport',
  minister_health: 'health gesundheit sante salud sanita zdrowi',
  week: 'week woche semaine semana settiman tydzien tygodni',
  year: 'year jahr annee ano anni anno roku lat',
  day: 'day days tag tage jour dia giorno giorni dzien dni',
  today: 'today heute aujourd hoy oggi dzis dzisiaj',
  yesterday: 'yesterday gestern ayer ieri wczoraj',
  tomorrow: 'tomorrow morgen demain manana domani jutro',
  monday: 'monday montag lundi lunes lunedi poniedzial',
  tuesday: 'tuesday dienstag mardi martes martedi wtorek wtork',
  wednesday: 'wednesday mittwoch mercredi miercoles mercoled sroda srod',
  thursday: 'thursday donnerst jeudi jueves gioved czwart',
  friday: 'friday freitag vendredi viernes venerdi piatek piatk',
  saturday: 'saturday samstag samedi sabado sabato sobot',
  sunday: 'sunday sonntag dimanche domingo domenic niedziel',
  first: 'first erste premier primer prim pierwsz',
  new: 'new neue neuen nouveau nouvel nuevo nueva nuovo nuova nowy nowa nowe',
  north: 'north nord norte nord polnoc',
  south: 'south sud poludni',
  east: 'east ost este wschod',
  west: 'west ouest oeste ovest zachod',
  football: 'football fussball futbol calcio pilk',
  game: 'game match spiel partido partita mecz',
  team: 'team mannschaft equipe equipo squadr druzyn',
  player: 'player spieler joueur jugador giocator zawodnik pilkarz',
  coach: 'coach trainer entraineur entrenad allenator trener',
  win: 'won winner gewonn sieger gagne vainqu gano ganador vinto vincitor wygral zwyciez',
  film: 'film movie pelicul filmu',
  music: 'music musik musique musica muzyk',
  media: 'media medien medios',
  internet: 'internet online',
  island: 'island insel isla isola wysp',
  sea: 'sea meer mer mar mare morze morza',
  mountain: 'mountain berg montagn montan montagna gora gory',
  food: 'food essen nourrit aliment cibo jedzen zywnosc',
  trade: 'trade handel commerce comercio commercio',
  drug: 'drug drogen droge drogue droga droga narkotyk',
  minister_foreign: 'foreign ausland etranger extranjer estero zagranic',
};

const CONCEPT_BY_PREFIX = new Map<string, string>();
for (const [key, forms] of Object.entries(CONCEPTS)) for (const f of forms.split(' ')) if (f.length >= 2 && !CONCEPT_BY_PREFIX.has(f)) CONCEPT_BY_PREFIX.set(f, key);

/**
 * Concept key of a transliterated word, if the dictionary lists it.
 * Short entries ("war", "mort", "sad") match whole words or one more letter
 * only; longer ones take up to four letters of inflection.
 * @example conceptOf('wahlen') === conceptOf('elecciones') // true ('election')
 */
export function conceptOf(word: string): string | undefined {
  for (let k = Math.min(word.length, 12); k >= 2; k--) {
    const v = CONCEPT_BY_PREFIX.get(word.slice(0, k));
    if (v === undefined) continue;
    const slack = word.length - k;
    if (slack <= (k <= 3 ? 0 : k <= 4 ? 1 : 4)) return v;
    return undefined;
  }
  return undefined;
}
