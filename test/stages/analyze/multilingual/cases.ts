/**
 * One short report of the same event in each of the ten languages (written for
 * these tests, not copied from any outlet): about 70,000 troops, a date, a
 * quote of the Ukrainian defence minister and a sum of money. The golden
 * files next to this one hold what `analyze` reads from each; regenerate
 * them with `node --import tsx scripts/regen-golden-analyze.ts` after an
 * intentional change and review the diff.
 */
export interface MultilingualCase {
  readonly lang: string;
  readonly published: string;
  readonly text: string;
}

export const CASES: readonly MultilingualCase[] = [
  {
    lang: 'en',
    published: '2021-12-05',
    text: 'Russia has massed about 70,000 troops near the border, Ukraine said on 3 December 2021.\n\n' +
      '"The risk of escalation is real," Defence Minister Oleksii Reznikov told lawmakers on Friday. Kyiv asked for $1.5 billion in aid.',
  },
  {
    lang: 'de',
    published: '2021-12-05',
    text: 'Russland hat nach ukrainischen Angaben rund 70.000 Soldaten an der Grenze zusammengezogen. Das teilte das Verteidigungsministerium am 3. Dezember 2021 mit.\n\n' +
      '„Das Risiko einer Eskalation ist real“, sagte Verteidigungsminister Oleksij Resnikow am Freitag im Parlament. Kiew bat um 1,5 Mrd. Euro Hilfe, 12 Prozent mehr als im Vorjahr.',
  },
  {
    lang: 'fr',
    published: '2021-12-05',
    text: 'La Russie a massé environ 70 000 soldats à la frontière, selon Kiev. Le ministère ukrainien l’a annoncé le 3 décembre 2021.\n\n' +
      '« Le risque d’escalade est réel », a déclaré le ministre de la Défense Oleksiï Reznikov vendredi devant les députés. Kiev demande 1,5 milliard d’euros.',
  },
  {
    lang: 'es',
    published: '2021-12-05',
    text: 'Rusia ha concentrado unos 70.000 soldados en la frontera, según Kiev. El ministerio lo anunció el 3 de diciembre de 2021.\n\n' +
      '“El riesgo de una escalada es real”, dijo el ministro de Defensa, Oleksii Réznikov, el viernes. Ucrania pidió 13.000 millones de dólares y un préstamo de $ 2.500 por soldado.',
  },
  {
    lang: 'it',
    published: '2021-12-05',
    text: 'La Russia ha ammassato circa 70.000 soldati al confine, secondo Kiev. Il ministero lo ha annunciato il 3 dicembre 2021.\n\n' +
      '«Il rischio di un’escalation è reale», ha detto il ministro della Difesa Oleksii Reznikov venerdì. Kiev chiede 1,5 miliardi di euro, il 12 per cento in più.',
  },
  {
    lang: 'pl',
    published: '2021-12-05',
    text: 'Rosja zgromadziła przy granicy około 70 tys. żołnierzy - poinformowało 3 grudnia 2021 r. ukraińskie ministerstwo obrony. Od 1 stycznia obowiązuje stan gotowości.\n\n' +
      '„Ryzyko eskalacji jest realne” – powiedział w piątek minister obrony Ołeksij Reznikow. Kijów prosi o 1,5 mld zł pomocy.',
  },
  {
    lang: 'ru',
    published: '2021-12-05',
    text: 'Россия сосредоточила у границы около 70 тысяч военнослужащих, сообщило 3 декабря 2021 года министерство обороны Украины.\n\n' +
      '«Риск эскалации реален», — заявил в пятницу министр обороны Алексей Резников. Киев просит 1,5 млн долларов, на 12 процентов больше.',
  },
  {
    lang: 'tr',
    published: '2021-12-05',
    text: 'Rusya sınıra yaklaşık 70 bin asker yığdı. Ukrayna Savunma Bakanlığı bunu 3 Aralık 2021 tarihinde açıkladı.\n\n' +
      'Savunma Bakanı Oleksii Reznikov, "Tırmanma riski gerçektir" dedi. Kiev 1,5 milyar dolar yardım istedi, yüzde 12 artış.',
  },
  {
    lang: 'ar',
    published: '2021-12-05',
    text: 'حشدت روسيا نحو 70 ألف جندي على الحدود، وفقا لوزارة الدفاع الأوكرانية في ٣ ديسمبر ٢٠٢١.\n\n' +
      'وقال وزير الدفاع أوليكسي ريزنيكوف يوم الجمعة: "خطر التصعيد حقيقي". وطلبت كييف مساعدات بقيمة 1.5 مليار دولار.',
  },
  {
    lang: 'zh',
    published: '2021-12-05',
    text: '据乌克兰国防部2021年12月3日称，俄罗斯已在边境集结约7万名士兵。\n\n' +
      '乌克兰国防部长列兹尼科夫周五表示：“局势升级的风险是真实存在的。”基辅请求1.5亿美元援助，比去年增加百分之12。',
  },
];
