/**
 * Word lists for names written in Arabic script (entities-ar.ts): given
 * names, roles, the cities and organisations the news names most with the
 * English name the brief lists them under. Written for this project from
 * common usage; no dictionary's data.
 */

/** Given names that open a person's name: Arabic ones and the foreign ones the news writes in Arabic script. */
export const AR_FORENAMES: ReadonlySet<string> = new Set(
  (
    'محمد أحمد محمود مصطفى علي حسن حسين عمر عمرو خالد إبراهيم ابراهيم يوسف سعيد سامي طارق وليد ياسر هشام أسامة اسامة كريم شريف ' +
    'عادل عماد أيمن ايمن أشرف اشرف حازم حمدي حمد حامد جمال كمال صلاح سمير ماهر مجدي نبيل نادر نصر رامي رضا رشيد زياد سلمان ' +
    'سليمان صالح طلال عبدالله عبدالرحمن عبدالعزيز عثمان عصام فؤاد فيصل فهد ماجد مراد منصور ناصر نايف هاني وائل يحيى ' +
    'إسماعيل اسماعيل أنور انور بشار جورج جميل حاتم حافظ حسام خليل رفيق زكريا سعد شادي صابر طه عاطف عزت فتحي فريد قاسم ' +
    'لطفي مازن مدحت معتز مهدي موسى عيسى نجيب نزار هيثم وحيد ياسين يونس توفيق تامر بهاء ثامر جلال رأفت رياض سامح ' +
    'فاطمة عائشة مريم سارة نور أسماء اسماء هدى منى ليلى سلمى هند رانيا ياسمين دينا نادية سعاد زينب خديجة آمنة هبة إيمان ايمان ' +
    'دونالد جو جوزيف فلاديمير إيمانويل ايمانويل أنجيلا انجيلا بوريس ديمتري سيرجي سيرغي مايك مايكل نانسي باراك هيلاري بيرني جاستن ' +
    'أنطونيو انطونيو أنتوني انتوني جون جيمس ديفيد دافيد بول بيتر ريتشارد روبرت وليام كيم رجب بنيامين نيكولا ماريو ميشال ميشيل ' +
    'إيهاب ايهاب حمادة راندا رندة هاجر مصطفي سلطان خليفة عبير هيفاء ناهد محسن باسل قصي منال نجوى جيهان سوزان شيرين نهى رحاب غادة ' +
    'مها سماح إسلام اسلام أمير امير أمين امين بلال تيسير جهاد حمزة خالدة رائد زاهر سالم سامر شوقي صبري صفوت ضياء عاصم عبده علاء ' +
    'فادي فاروق كامل كرم مؤمن ممدوح منير مهند ناجي نبيه نعيم هادي هاشم وسام يسري ياسمينة لمياء نسرين نيفين داليا ريهام شيماء'
  ).split(' '),
);

/** Words that join two parts of a name ("عبد الله", "محمد بن سلمان", "أبو بكر"). */
export const AR_NAME_JOINERS: ReadonlySet<string> = new Set(['عبد', 'بن', 'ابن', 'أبو', 'ابو', 'بنت', 'آل']);

/** Roles written before a name ("الرئيس الأمريكي دونالد ترامب", "المتحدث باسم الكرملين ديمتري بيسكوف"). */
export const AR_ROLES: ReadonlySet<string> = new Set(
  (
    'الرئيس رئيس الوزير وزير وزيرة المتحدث المتحدثة الناطق الناطقة النائب النائبة السفير السفيرة الملك الملكة الأمير الأميرة الشيخ ' +
    'الدكتور الدكتورة د. المستشار المستشارة اللواء العميد العقيد الفريق المشير الجنرال المدرب اللاعب الفنان الفنانة المخرج الكاتب ' +
    'الكاتبة الإعلامي الإعلامية الصحفي الصحفية البابا الإمام المحافظ العمدة القاضي المحامي المحامية الأستاذ الأستاذة المهندس'
  ).split(' '),
);

/** Function words and common verbs no name holds: a name read after a given name or a role stops before them. */
export const AR_STOP: ReadonlySet<string> = new Set(
  (
    'في من على عن إلى الى مع إن ان أن أنه انه إنه قد لقد كان كانت يكون هو هي هم هذا هذه ذلك تلك الذي التي الذين وقال قال قالت ' +
    'وقالت أضاف أضافت وأضاف وأضافت أكد أكدت وأكد وأكدت أعلن أعلنت وأعلن أشار وأشار وأوضح أوضح يوم اليوم أمس خلال بعد قبل عند ' +
    'حيث كما لكن ولكن أو او ثم لا لم لن ما ماذا كل بين حول ضد منذ حتى عبر أي أمام وراء فيما بينما إذ إذا عندما وفي ومن وعلى ' +
    'وعن وإلى ومع وهو وهي فى الى مساعد مدير المدير الفني قائلا تصريحات تصريحاته موعد عقب وسط داخل خارج يوم الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت عبر بشأن بسبب رغم لدى عليه عليها له لها لهم به بها'
  ).split(' '),
);

/** Cities, regions and places the news names most → English name (CLDR gives the countries). */
export const AR_PLACES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    القاهرة: 'Cairo', الجيزة: 'Giza', الإسكندرية: 'Alexandria', الاسكندرية: 'Alexandria', أسوان: 'Aswan', الأقصر: 'Luxor', بورسعيد: 'Port Said',
    السويس: 'Suez', المنصورة: 'Mansoura', طنطا: 'Tanta', الإسماعيلية: 'Ismailia', سيناء: 'Sinai', القليوبية: 'Qalyubia', الدقهلية: 'Dakahlia',
    الشرقية: 'Sharqia', الغربية: 'Gharbia', المنوفية: 'Monufia', البحيرة: 'Beheira', الفيوم: 'Faiyum', المنيا: 'Minya', أسيوط: 'Asyut', سوهاج: 'Sohag',
    قنا: 'Qena', دمياط: 'Damietta', الرياض: 'Riyadh', جدة: 'Jeddah', مكة: 'Mecca', 'المدينة المنورة': 'Medina', دبي: 'Dubai', أبوظبي: 'Abu Dhabi',
    'أبو ظبي': 'Abu Dhabi', الدوحة: 'Doha', المنامة: 'Manama', مسقط: 'Muscat', بيروت: 'Beirut', دمشق: 'Damascus',
    حلب: 'Aleppo', إدلب: 'Idlib', بغداد: 'Baghdad', البصرة: 'Basra', الموصل: 'Mosul', أربيل: 'Erbil', طهران: 'Tehran', القدس: 'Jerusalem',
    غزة: 'Gaza', 'تل أبيب': 'Tel Aviv', 'الضفة الغربية': 'West Bank', 'رام الله': 'Ramallah', صنعاء: 'Sanaa', عدن: 'Aden', طرابلس: 'Tripoli',
    بنغازي: 'Benghazi', الرباط: 'Rabat', الخرطوم: 'Khartoum', أنقرة: 'Ankara', إسطنبول: 'Istanbul',
    اسطنبول: 'Istanbul', موسكو: 'Moscow', كييف: 'Kyiv', واشنطن: 'Washington', 'نيويورك': 'New York', لندن: 'London', باريس: 'Paris',
    برلين: 'Berlin', روما: 'Rome', مدريد: 'Madrid', بكين: 'Beijing', طوكيو: 'Tokyo', بروكسل: 'Brussels', جنيف: 'Geneva', فيينا: 'Vienna',
    الخليج: 'Gulf', 'الشرق الأوسط': 'Middle East', أوروبا: 'Europe', أفريقيا: 'Africa', إفريقيا: 'Africa', آسيا: 'Asia', النيل: 'Nile',
    'البحر الأحمر': 'Red Sea', 'البحر المتوسط': 'Mediterranean', 'البحر الأبيض المتوسط': 'Mediterranean', 'قطاع غزة': 'Gaza Strip', كاليفورنيا: 'California',
  }),
);

/** Organisations → English name. */
export const AR_ORGS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    'الأمم المتحدة': 'United Nations', 'مجلس الأمن': 'Security Council', 'حلف شمال الأطلسي': 'NATO', الناتو: 'NATO', 'الاتحاد الأوروبي': 'European Union',
    'جامعة الدول العربية': 'Arab League', 'منظمة الصحة العالمية': 'World Health Organization', 'صندوق النقد الدولي': 'IMF', 'البنك الدولي': 'World Bank',
    الكرملين: 'Kremlin', 'البيت الأبيض': 'White House', البنتاغون: 'Pentagon', البنتاجون: 'Pentagon', الكونغرس: 'Congress', الكونجرس: 'Congress',
    'مجلس الشيوخ': 'Senate', 'مجلس النواب': 'House of Representatives', رويترز: 'Reuters', 'فرانس برس': 'AFP', 'أسوشيتد برس': 'Associated Press',
    'قناة الجزيرة': 'Al Jazeera', 'بي بي سي': 'BBC', 'سي إن إن': 'CNN', 'حزب الله': 'Hezbollah', حماس: 'Hamas', طالبان: 'Taliban', داعش: 'ISIS',
    'الحرس الثوري': 'Revolutionary Guard', 'الإخوان المسلمين': 'Muslim Brotherhood', 'الاتحاد المصري لكرة القدم': 'Egyptian Football Association',
    'الفيفا': 'FIFA', فيسبوك: 'Facebook', تويتر: 'Twitter', جوجل: 'Google', غوغل: 'Google', أبل: 'Apple', أمازون: 'Amazon', مايكروسوفت: 'Microsoft',
  }),
);

/** The people the news names most, as Arabic writes them alone → the English name the other languages use. */
export const AR_PEOPLE: ReadonlyMap<string, string> = new Map(
  Object.entries({
    ترامب: 'Donald Trump', بايدن: 'Joe Biden', أوباما: 'Barack Obama', بوتين: 'Vladimir Putin', زيلينسكي: 'Volodymyr Zelensky', ماكرون: 'Emmanuel Macron',
    ميركل: 'Angela Merkel', أردوغان: 'Recep Tayyip Erdoğan', اردوغان: 'Recep Tayyip Erdoğan', نتنياهو: 'Benjamin Netanyahu', السيسي: 'Abdel Fattah el-Sisi',
    السيسى: 'Abdel Fattah el-Sisi', حفتر: 'Khalifa Haftar', القذافي: 'Muammar Gaddafi', نصرالله: 'Hassan Nasrallah', 'نصر الله': 'Hassan Nasrallah',
    خامنئي: 'Ali Khamenei', روحاني: 'Hassan Rouhani', سليماني: 'Qasem Soleimani', تبون: 'Abdelmadjid Tebboune', 'عبد المجيد تبون': 'Abdelmadjid Tebboune',
    'محمد بن سلمان': 'Mohammed bin Salman', 'عبد الفتاح السيسي': 'Abdel Fattah el-Sisi', 'دونالد ترامب': 'Donald Trump', 'جو بايدن': 'Joe Biden',
    'فلاديمير بوتين': 'Vladimir Putin', 'رجب طيب أردوغان': 'Recep Tayyip Erdoğan', 'إيمانويل ماكرون': 'Emmanuel Macron', 'خليفة حفتر': 'Khalifa Haftar',
    'ميشال عون': 'Michel Aoun', 'حسن نصرالله': 'Hassan Nasrallah', 'حسن نصر الله': 'Hassan Nasrallah', 'بشار الأسد': 'Bashar al-Assad', 'كيم جونغ أون': 'Kim Jong-un',
  }),
);

/** Heads of an institution's name, the words after them naming which one ("الجيش الوطني الليبي", "مستشفى قها", "بنك القاهرة"). */
export const AR_ORG_HEADS: ReadonlySet<string> = new Set([
  'وزارة', 'الجيش', 'جيش', 'مستشفى', 'بنك', 'البنك', 'المجلس', 'حزب', 'جامعة', 'منظمة', 'شركة', 'وكالة', 'قناة', 'صحيفة', 'معهد', 'نادي', 'القوات',
]);
/** Of those, the heads whose name may be a word without the article ("مستشفى قها", "شركة سوزوكي", "حزب الله" aside). */
export const AR_ORG_HEADS_NAMED: ReadonlySet<string> = new Set(['مستشفى', 'بنك', 'جامعة', 'شركة', 'وكالة', 'قناة', 'صحيفة', 'معهد', 'نادي', 'حزب']);

/** Nouns of a place before its name ("محافظة إربد", "مدينة ترهونة", "العاصمة كابول"; "محافظ": its governor). */
export const AR_PLACE_NOUNS: ReadonlySet<string> = new Set(['محافظة', 'محافظ', 'مدينة', 'قرية', 'ولاية', 'إقليم', 'منطقة', 'بلدة', 'العاصمة', 'عاصمة']);

/** Words that open a place's name of two words ("بني سويف", "مرسى مطروح", "شرم الشيخ", "كفر الشيخ"). */
export const AR_PLACE_OPENERS: ReadonlySet<string> = new Set(['بني', 'بنى', 'مرسى', 'شرم', 'كفر', 'بئر', 'دير', 'عين', 'رأس', 'سيدي', 'بيت', 'تل', 'جبل', 'وادي', 'أم', 'ام', 'برج', 'سيدى']);
