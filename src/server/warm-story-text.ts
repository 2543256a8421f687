/**
 * The built-in texts of the synthetic warm-up story (warm-story.ts): a
 * made-up flood in a made-up town, written for this purpose, so the warm-up
 * never briefs anything a user could ask for. Shaped like a large
 * wire-driven event: one long agency report (dateline, credit, quotes,
 * figures of several kinds, a daily series, dates), a second outlet's own
 * report of the same event whose figures differ (typeset with curly quotes), and the agency report translated into German,
 * French and Spanish (the quotes and figures carried over), so a brief of
 * their derivatives runs every path a real one does: copies, rewrites,
 * translations, quotes and their translations, figures that agree, differ
 * and form a series.
 */

export interface WarmOriginal {
  readonly title: string;
  readonly paragraphs: readonly string[];
  readonly source: string;
  /** Hours after the event's first report. */
  readonly hours: number;
}

/** The agency's report: what most of the story copies. */
export const AGENCY: WarmOriginal = {
  title: 'Floods kill 14 in Valbrenna as River Sarn bursts its banks',
  source: 'Northern Wire Service',
  hours: 0,
  paragraphs: [
    'VALBRENNA, March 4 (NWS) - At least 14 people were killed and about 3,200 were forced from their homes on Tuesday after the River Sarn burst its banks in the town of Valbrenna, following three days of torrential rain, local officials said.',
    'The river rose to 6.4 metres at the Old Mill gauge early on Tuesday, more than two metres above its previous record set in 1987, according to the Regional Water Authority. Rainfall at the town\'s weather station measured 80 millimetres on Saturday, 120 millimetres on Sunday and 160 millimetres on Monday.',
    '"The water came faster than anyone expected. In some streets it rose a metre in less than an hour," Mayor Ilse Marrow told reporters at the town hall. "We are still searching for people who did not answer their phones."',
    'Interior Minister Tomas Reyvik, who visited the flooded district of Lower Quay on Tuesday afternoon, said the government would release an emergency fund of 45 million euros for the region, and draw on the national reserve of 3.2 billion euros if needed.',
    '"We will rebuild every bridge and every home that this water has taken," Reyvik said. "No family in Valbrenna will be left to face this alone."',
    'Rescue teams using boats and two army helicopters lifted more than 400 people from rooftops and upper floors overnight, the fire service said. Four of the dead were found in a car swept off the road near the village of Harrowgate, about 12 kilometres downstream.',
    'The Regional Water Authority said the river was expected to fall slowly from Wednesday, but warned that a second band of rain forecast for Thursday could bring water levels back up by as much as half a metre.',
    'Schools in Valbrenna and three neighbouring municipalities will remain closed until at least Friday, and the main rail line to the coast was suspended after a section of embankment collapsed near Dunmere station.',
    'Power was cut to about 18,000 households at the height of the flooding, the grid operator Eastline Energy said, adding that supply had been restored to all but 2,500 of them by Tuesday evening.',
    'Residents of Lower Quay said warnings came too late. "The sirens started when the water was already at our door," said Pieter Voss, 62, a retired teacher who spent the night with his wife in the attic of their house.',
    'The National Weather Office said the rainfall was the heaviest recorded in the region in a single three-day period since measurements began in 1921, and that warmer seas had made such downpours more likely.',
    'Insurers have not yet estimated the damage. A spokeswoman for the regional chamber of commerce said more than 600 businesses in the town centre had been flooded, many of them for the second time in five years.',
    'Economists at Halden Bank put the cost to the regional economy at between $1.2 billion and $1.5 billion, or about 2.5 percent of its annual output. Shares in the insurer Corvane Mutual fell 3.75 percent to 41.20 euros on Tuesday.',
    '(Reporting by Anna Kettering; Editing by Marcus Hale)',
  ],
};

/** Another outlet's own report of the same event, a day on: other words, figures that differ or moved on. */
export const OWN_REPORT: WarmOriginal = {
  title: 'Valbrenna counts the cost as flood death toll rises to 17',
  source: 'The Valbrenna Courier',
  hours: 26,
  paragraphs: [
    'The death toll from the floods that swept through Valbrenna this week has risen to 17, emergency services said on Wednesday, as the waters of the River Sarn began to recede and residents returned to count the damage.',
    'Three more bodies were recovered from a flooded underpass in the Lower Quay district on Wednesday morning, a police spokesman said. Two people are still missing.',
    'Officials now say about 4,000 people left their homes at the peak of the flooding, up from an earlier estimate of 3,200, and that 950 of them spent a second night in emergency shelters at the sports hall and two schools.',
    'Mayor Ilse Marrow said the town needed at least 60 million euros to repair roads, bridges and the flood wall, well above the 45 million euros promised by the government. “The fund is a start, but it will not rebuild Valbrenna,” she said.',
    'Interior Minister Tomas Reyvik said on Wednesday that the amount could be raised once the damage had been assessed. “We will rebuild every bridge and every home that this water has taken,” he repeated.',
    'The river stood at 5.1 metres at the Old Mill gauge on Wednesday evening, down from a peak of 6.4 metres on Tuesday, the Regional Water Authority said.',
    'Volunteers from across the region arrived with pumps, food and dry clothes. “People came from villages that were flooded themselves last year,” said Clara Wend, who runs the shelter at the sports hall.',
    'Eastline Energy said about 1,200 households were still without electricity on Wednesday night.',
    'The town’s chamber of commerce now puts the damage at $900 million, a little over 1.8 percent of the region’s output, well below the bank’s estimate.',
  ],
};

/** The agency report in other languages: its paragraphs 1–6 and 11 (quotes and figures carried over). */
export const TRANSLATIONS: readonly WarmOriginal[] = [
  {
    title: 'Hochwasser in Valbrenna: Mindestens 14 Tote nach Überflutung durch die Sarn',
    source: 'Nordische Presseagentur',
    hours: 3,
    paragraphs: [
      'VALBRENNA, 4. März (NWS) - Mindestens 14 Menschen sind am Dienstag ums Leben gekommen und rund 3.200 mussten ihre Häuser verlassen, nachdem die Sarn in der Stadt Valbrenna nach drei Tagen sintflutartiger Regenfälle über die Ufer getreten war, wie örtliche Behörden mitteilten.',
      'Der Fluss stieg am Dienstagmorgen am Pegel Alte Mühle auf 6,4 Meter, mehr als zwei Meter über den bisherigen Rekord aus dem Jahr 1987, teilte die regionale Wasserbehörde mit. Die Wetterstation der Stadt maß am Samstag 80 Millimeter Regen, am Sonntag 120 Millimeter und am Montag 160 Millimeter.',
      '„Das Wasser kam schneller, als irgendjemand erwartet hatte. In manchen Straßen stieg es in weniger als einer Stunde um einen Meter“, sagte Bürgermeisterin Ilse Marrow vor Journalisten im Rathaus. „Wir suchen immer noch nach Menschen, die nicht ans Telefon gegangen sind.“',
      'Innenminister Tomas Reyvik, der am Dienstagnachmittag den überfluteten Stadtteil Lower Quay besuchte, sagte, die Regierung werde einen Nothilfefonds von 45 Millionen Euro für die Region freigeben.',
      '„Wir werden jede Brücke und jedes Haus wieder aufbauen, das dieses Wasser genommen hat“, sagte Reyvik. „Keine Familie in Valbrenna wird damit allein gelassen.“',
      'Rettungsteams mit Booten und zwei Hubschraubern der Armee holten in der Nacht mehr als 400 Menschen von Dächern und aus oberen Stockwerken, teilte die Feuerwehr mit. Vier der Toten wurden in einem Auto gefunden, das nahe dem Dorf Harrowgate, etwa 12 Kilometer flussabwärts, von der Straße gespült worden war.',
      'Die nationale Wetterbehörde erklärte, es seien die stärksten Regenfälle, die in der Region in einem Zeitraum von drei Tagen seit Beginn der Messungen im Jahr 1921 verzeichnet wurden.',
    ],
  },
  {
    title: 'Inondations à Valbrenna : au moins 14 morts après la crue de la Sarn',
    source: 'Agence du Nord',
    hours: 4,
    paragraphs: [
      'VALBRENNA, 4 mars (NWS) - Au moins 14 personnes ont été tuées et environ 3 200 ont dû quitter leur domicile mardi après que la Sarn a débordé dans la ville de Valbrenna, à la suite de trois jours de pluies torrentielles, ont indiqué les autorités locales.',
      'Le fleuve est monté à 6,4 mètres à l\'échelle du Vieux Moulin mardi matin, plus de deux mètres au-dessus de son précédent record établi en 1987, selon l\'Autorité régionale de l\'eau. La station météorologique de la ville a mesuré 80 millimètres de pluie samedi, 120 millimètres dimanche et 160 millimètres lundi.',
      '« L\'eau est arrivée plus vite que quiconque ne l\'imaginait. Dans certaines rues, elle est montée d\'un mètre en moins d\'une heure », a déclaré la maire Ilse Marrow aux journalistes à l\'hôtel de ville. « Nous cherchons encore des personnes qui n\'ont pas répondu au téléphone. »',
      'Le ministre de l\'Intérieur Tomas Reyvik, qui s\'est rendu mardi après-midi dans le quartier inondé de Lower Quay, a déclaré que le gouvernement débloquerait un fonds d\'urgence de 45 millions d\'euros pour la région.',
      '« Nous reconstruirons chaque pont et chaque maison que cette eau a emportés », a déclaré Reyvik. « Aucune famille de Valbrenna ne sera laissée seule face à cela. »',
      'Des équipes de secours équipées de bateaux et de deux hélicoptères de l\'armée ont évacué plus de 400 personnes depuis les toits et les étages pendant la nuit, selon les pompiers. Quatre des victimes ont été retrouvées dans une voiture emportée près du village de Harrowgate, à environ 12 kilomètres en aval.',
      'L\'Office national de météorologie a indiqué qu\'il s\'agissait des pluies les plus abondantes jamais enregistrées dans la région sur trois jours depuis le début des mesures en 1921.',
    ],
  },
  {
    title: 'Inundaciones en Valbrenna: al menos 14 muertos tras el desbordamiento del río Sarn',
    source: 'Agencia del Norte',
    hours: 5,
    paragraphs: [
      'VALBRENNA, 4 de marzo (NWS) - Al menos 14 personas murieron y unas 3.200 tuvieron que abandonar sus hogares el martes después de que el río Sarn se desbordara en la ciudad de Valbrenna, tras tres días de lluvias torrenciales, informaron las autoridades locales.',
      'El río alcanzó los 6,4 metros en el medidor del Viejo Molino el martes por la mañana, más de dos metros por encima de su récord anterior, de 1987, según la Autoridad Regional del Agua. La estación meteorológica de la ciudad registró 80 milímetros de lluvia el sábado, 120 milímetros el domingo y 160 milímetros el lunes.',
      '"El agua llegó más rápido de lo que nadie esperaba. En algunas calles subió un metro en menos de una hora", dijo la alcaldesa Ilse Marrow a los periodistas en el ayuntamiento. "Todavía estamos buscando a personas que no contestaron el teléfono."',
      'El ministro del Interior, Tomas Reyvik, que visitó el martes por la tarde el barrio inundado de Lower Quay, dijo que el gobierno liberará un fondo de emergencia de 45 millones de euros para la región.',
      '"Reconstruiremos cada puente y cada casa que esta agua se ha llevado", dijo Reyvik. "Ninguna familia de Valbrenna quedará sola ante esto."',
      'Los equipos de rescate, con barcas y dos helicópteros del ejército, sacaron durante la noche a más de 400 personas de tejados y pisos altos, según los bomberos. Cuatro de los fallecidos fueron hallados en un coche arrastrado cerca del pueblo de Harrowgate, a unos 12 kilómetros río abajo.',
      'La Oficina Nacional de Meteorología dijo que fueron las lluvias más intensas registradas en la región en un periodo de tres días desde que comenzaron las mediciones en 1921.',
    ],
  },
];

/** Outlets the copies appear under (made up). */
export const OUTLETS: readonly string[] = [
  'Harbour Times', 'The Eastern Ledger', 'Morning Post Online', 'City Desk Daily', 'Coastal Herald', 'The Riverside Gazette', 'Metro Bulletin',
  'The Daily Lantern', 'Plainsman News', 'Northgate Observer', 'The Weekly Compass', 'Evening Standard Wire', 'Valley Voice', 'The Capital Record',
  'Lakeshore Tribune', 'Granite State Journal', 'The Frontier Times', 'Summit News', 'The Open Road Report', 'Westmark Chronicle',
];

/** Lines aggregators add under a copy. */
export const CREDITS: readonly string[] = [
  '(NWS)', 'Northern Wire Service contributed to this report.', 'This article originally appeared on Northern Wire Service.', 'Additional reporting by staff.',
];

/** Word swaps of a rewrite. */
export const SYNONYMS: Readonly<Record<string, string>> = {
  said: 'stated', killed: 'dead', forced: 'made', homes: 'houses', after: 'following', following: 'after', expected: 'anticipated',
  officials: 'authorities', town: 'city', river: 'waterway', record: 'high', more: 'over', about: 'around', people: 'residents',
  warned: 'cautioned', heaviest: 'largest', recorded: 'measured', remain: 'stay', restored: 'returned', estimated: 'assessed',
};
