/**
 * The places (beyond CLDR's countries) and organisations the news names most,
 * as Chinese writes them, with the English name the brief lists them under
 * (one place across languages: "华盛顿" and "Washington" are one). Written for
 * this project from common usage; no dictionary's data.
 */

/** Cities, regions and continents → English name. */
export const ZH_PLACES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    北京: 'Beijing', 上海: 'Shanghai', 广州: 'Guangzhou', 深圳: 'Shenzhen', 武汉: 'Wuhan', 天津: 'Tianjin', 重庆: 'Chongqing', 南京: 'Nanjing',
    杭州: 'Hangzhou', 成都: 'Chengdu', 西安: 'Xi’an', 湖北: 'Hubei', 新疆: 'Xinjiang', 西藏: 'Tibet', 台北: 'Taipei', 澳门: 'Macao',
    华盛顿: 'Washington', 纽约: 'New York', 洛杉矶: 'Los Angeles', 芝加哥: 'Chicago', 旧金山: 'San Francisco', 波士顿: 'Boston',
    休斯顿: 'Houston', 迈阿密: 'Miami', 西雅图: 'Seattle', 费城: 'Philadelphia', 拉斯维加斯: 'Las Vegas', 底特律: 'Detroit', 亚特兰大: 'Atlanta',
    加利福尼亚: 'California', 加州: 'California', 佛罗里达: 'Florida', 佛罗里达州: 'Florida', 得克萨斯: 'Texas', 德克萨斯: 'Texas', 德州: 'Texas',
    纽约州: 'New York', 华盛顿州: 'Washington', 夏威夷: 'Hawaii', 阿拉斯加: 'Alaska', 俄亥俄: 'Ohio', 密歇根: 'Michigan', 宾夕法尼亚: 'Pennsylvania',
    伦敦: 'London', 巴黎: 'Paris', 柏林: 'Berlin', 罗马: 'Rome', 马德里: 'Madrid', 巴塞罗那: 'Barcelona', 维也纳: 'Vienna', 布鲁塞尔: 'Brussels',
    日内瓦: 'Geneva', 阿姆斯特丹: 'Amsterdam', 华沙: 'Warsaw', 布拉格: 'Prague', 雅典: 'Athens', 里斯本: 'Lisbon', 斯德哥尔摩: 'Stockholm',
    莫斯科: 'Moscow', 圣彼得堡: 'Saint Petersburg', 基辅: 'Kyiv', 明斯克: 'Minsk', 伊斯坦布尔: 'Istanbul', 安卡拉: 'Ankara', 德黑兰: 'Tehran',
    耶路撒冷: 'Jerusalem', 特拉维夫: 'Tel Aviv', 加沙: 'Gaza', 贝鲁特: 'Beirut', 大马士革: 'Damascus', 巴格达: 'Baghdad', 开罗: 'Cairo',
    利雅得: 'Riyadh', 迪拜: 'Dubai', 多哈: 'Doha', 喀布尔: 'Kabul', 伊斯兰堡: 'Islamabad', 新德里: 'New Delhi', 德里: 'Delhi', 孟买: 'Mumbai',
    东京: 'Tokyo', 大阪: 'Osaka', 首尔: 'Seoul', 平壤: 'Pyongyang', 曼谷: 'Bangkok', 河内: 'Hanoi', 马尼拉: 'Manila', 雅加达: 'Jakarta',
    悉尼: 'Sydney', 墨尔本: 'Melbourne', 多伦多: 'Toronto', 温哥华: 'Vancouver', 渥太华: 'Ottawa', 墨西哥城: 'Mexico City',
    里约热内卢: 'Rio de Janeiro', 圣保罗: 'São Paulo', 布宜诺斯艾利斯: 'Buenos Aires', 内罗毕: 'Nairobi', 约翰内斯堡: 'Johannesburg',
    克里米亚: 'Crimea', 顿巴斯: 'Donbas', 顿涅茨克: 'Donetsk', 卢甘斯克: 'Luhansk', 哈尔科夫: 'Kharkiv', 敖德萨: 'Odesa',
    欧洲: 'Europe', 亚洲: 'Asia', 非洲: 'Africa', 北美: 'North America', 南美: 'South America', 拉丁美洲: 'Latin America', 中东: 'Middle East',
    东南亚: 'Southeast Asia', 东亚: 'East Asia', 南亚: 'South Asia', 中亚: 'Central Asia', 北极: 'Arctic', 南极: 'Antarctica',
    太平洋: 'Pacific Ocean', 大西洋: 'Atlantic Ocean', 印度洋: 'Indian Ocean', 地中海: 'Mediterranean', 黑海: 'Black Sea', 波罗的海: 'Baltic Sea',
    南海: 'South China Sea', 东海: 'East China Sea', 日本海: 'Sea of Japan', 波斯湾: 'Persian Gulf', 朝鲜半岛: 'Korean Peninsula',
    北爱尔兰: 'Northern Ireland', 苏格兰: 'Scotland', 英格兰: 'England', 威尔士: 'Wales', 加泰罗尼亚: 'Catalonia', 巴伐利亚: 'Bavaria',
    西伯利亚: 'Siberia', 好莱坞: 'Hollywood', 硅谷: 'Silicon Valley', 曼哈顿: 'Manhattan', 布鲁克林: 'Brooklyn', 华尔街: 'Wall Street',
    时代广场: 'Times Square', 盐湖城: 'Salt Lake City', 华盛顿特区: 'Washington', 珍珠港: 'Pearl Harbor', 关岛: 'Guam', 台湾海峡: 'Taiwan Strait',
    加沙地带: 'Gaza Strip', 约旦河西岸: 'West Bank', 戈兰高地: 'Golan Heights', 克什米尔: 'Kashmir',
  }),
);

/** Organisations → English name. */
export const ZH_ORGS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    联合国: 'United Nations', 安理会: 'Security Council', 联合国安理会: 'Security Council', 北约: 'NATO', 欧盟: 'European Union', 欧洲联盟: 'European Union',
    欧洲议会: 'European Parliament', 欧盟委员会: 'European Commission', 世界卫生组织: 'World Health Organization', 世卫组织: 'World Health Organization',
    国际货币基金组织: 'IMF', 世界银行: 'World Bank', 世贸组织: 'WTO', 世界贸易组织: 'WTO', 欧佩克: 'OPEC', 东盟: 'ASEAN', 非盟: 'African Union',
    红十字会: 'Red Cross', 上议院: 'House of Lords', 下议院: 'House of Commons', 国民议会: 'National Assembly', 最高法院: 'Supreme Court', 国际奥委会: 'International Olympic Committee', 国际足联: 'FIFA', 欧足联: 'UEFA',
    白宫: 'White House', 克里姆林宫: 'Kremlin', 五角大楼: 'Pentagon', 美国国会: 'Congress', 国会: 'Congress', 参议院: 'Senate', 众议院: 'House of Representatives',
    国务院: 'State Council', 国务院新闻办公室: 'State Council Information Office', 外交部: 'Foreign Ministry', 国防部: 'Defense Ministry', 国务院办公厅: 'State Council',
    联邦调查局: 'FBI', 中央情报局: 'CIA', 国土安全部: 'Department of Homeland Security', 美联储: 'Federal Reserve', 欧洲央行: 'European Central Bank',
    共和党: 'Republican Party', 民主党: 'Democratic Party', 工党: 'Labour Party', 保守党: 'Conservative Party', 中国共产党: 'Communist Party of China',
    共产党: 'Communist Party', 国民党: 'Kuomintang', 民进党: 'Democratic Progressive Party', 塔利班: 'Taliban', 哈马斯: 'Hamas', 真主党: 'Hezbollah',
    路透社: 'Reuters', 美联社: 'Associated Press', 法新社: 'AFP', 新华社: 'Xinhua', 彭博社: 'Bloomberg', 塔斯社: 'TASS', 共同社: 'Kyodo',
    韩联社: 'Yonhap', 朝中社: 'KCNA', 英国广播公司: 'BBC', 美国有线电视新闻网: 'CNN', 福克斯新闻: 'Fox News', 纽约时报: 'New York Times',
    华盛顿邮报: 'Washington Post', 华尔街日报: 'Wall Street Journal', 金融时报: 'Financial Times', 卫报: 'The Guardian', 半岛电视台: 'Al Jazeera',
    央视: 'CCTV', 中央电视台: 'CCTV', 人民日报: 'People’s Daily', 环球时报: 'Global Times',
    谷歌: 'Google', 苹果公司: 'Apple', 微软: 'Microsoft', 亚马逊: 'Amazon', 脸书: 'Facebook', 推特: 'Twitter', 特斯拉: 'Tesla', 华为: 'Huawei',
    阿里巴巴: 'Alibaba', 腾讯: 'Tencent', 三星: 'Samsung', 索尼: 'Sony', 丰田: 'Toyota', 波音: 'Boeing', 空客: 'Airbus', 英特尔: 'Intel',
    高盛: 'Goldman Sachs', 摩根大通: 'JPMorgan Chase', 美国航空航天局: 'NASA', 美国宇航局: 'NASA', 美国疾病控制与预防中心: 'CDC', 疾控中心: 'CDC',
  }),
);

/** The US states and the Australian, Canadian and Indian ones the news names most, without "州"/"邦" (written with or without it). */
export const ZH_STATES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    阿拉巴马: 'Alabama', 亚利桑那: 'Arizona', 阿肯色: 'Arkansas', 科罗拉多: 'Colorado', 康涅狄格: 'Connecticut', 特拉华: 'Delaware',
    佐治亚: 'Georgia', 爱达荷: 'Idaho', 伊利诺伊: 'Illinois', 印第安纳: 'Indiana', 艾奥瓦: 'Iowa', 爱荷华: 'Iowa', 堪萨斯: 'Kansas', 肯塔基: 'Kentucky',
    路易斯安那: 'Louisiana', 缅因: 'Maine', 马里兰: 'Maryland', 马萨诸塞: 'Massachusetts', 明尼苏达: 'Minnesota', 密西西比: 'Mississippi',
    密苏里: 'Missouri', 蒙大拿: 'Montana', 内布拉斯加: 'Nebraska', 内华达: 'Nevada', 新罕布什尔: 'New Hampshire', 新泽西: 'New Jersey',
    新墨西哥: 'New Mexico', 北卡罗来纳: 'North Carolina', 北卡罗莱纳: 'North Carolina', 北达科他: 'North Dakota', 俄克拉何马: 'Oklahoma',
    俄克拉荷马: 'Oklahoma', 俄勒冈: 'Oregon', 罗得岛: 'Rhode Island', 罗德岛: 'Rhode Island', 南卡罗来纳: 'South Carolina', 南卡罗莱纳: 'South Carolina',
    南达科他: 'South Dakota', 田纳西: 'Tennessee', 犹他: 'Utah', 佛蒙特: 'Vermont', 弗吉尼亚: 'Virginia', 西弗吉尼亚: 'West Virginia',
    威斯康星: 'Wisconsin', 怀俄明: 'Wyoming', 加利福尼亚: 'California', 佛罗里达: 'Florida', 得克萨斯: 'Texas', 德克萨斯: 'Texas',
    俄亥俄: 'Ohio', 密歇根: 'Michigan', 宾夕法尼亚: 'Pennsylvania', 夏威夷: 'Hawaii', 阿拉斯加: 'Alaska',
    新南威尔士: 'New South Wales', 维多利亚: 'Victoria', 昆士兰: 'Queensland', 南澳大利亚: 'South Australia', 西澳大利亚: 'Western Australia',
    塔斯马尼亚: 'Tasmania', 安大略: 'Ontario', 魁北克: 'Quebec', 不列颠哥伦比亚: 'British Columbia', 阿尔伯塔: 'Alberta',
    北方: 'Uttar Pradesh', 马哈拉施特拉: 'Maharashtra', 喀拉拉: 'Kerala', 泰米尔纳德: 'Tamil Nadu', 西孟加拉: 'West Bengal', 古吉拉特: 'Gujarat',
    卡纳塔克: 'Karnataka', 比哈尔: 'Bihar', 旁遮普: 'Punjab', 克什米尔: 'Kashmir', 阿萨姆: 'Assam',
  }),
);

/**
 * The people the news names most, as Chinese writes them alone (no one else goes by the name in the news) → the
 * English name the other languages' articles give them, so a story's brief lists one person across languages.
 */
export const ZH_PEOPLE: ReadonlyMap<string, string> = new Map(
  Object.entries({
    特朗普: 'Donald Trump', 拜登: 'Joe Biden', 奥巴马: 'Barack Obama', 普京: 'Vladimir Putin', 泽连斯基: 'Volodymyr Zelensky', 习近平: 'Xi Jinping',
    李克强: 'Li Keqiang', 王毅: 'Wang Yi', 马克龙: 'Emmanuel Macron', 默克尔: 'Angela Merkel', 朔尔茨: 'Olaf Scholz', 金正恩: 'Kim Jong-un',
    文在寅: 'Moon Jae-in', 安倍晋三: 'Shinzo Abe', 莫迪: 'Narendra Modi', 埃尔多安: 'Recep Tayyip Erdoğan', 内塔尼亚胡: 'Benjamin Netanyahu',
    佩洛西: 'Nancy Pelosi', 蓬佩奥: 'Mike Pompeo', 布林肯: 'Antony Blinken', 拉夫罗夫: 'Sergei Lavrov', 佩斯科夫: 'Dmitry Peskov',
    特鲁多: 'Justin Trudeau', 马斯克: 'Elon Musk', 蔡英文: 'Tsai Ing-wen', 古特雷斯: 'António Guterres', 斯托尔滕贝格: 'Jens Stoltenberg',
    冯德莱恩: 'Ursula von der Leyen', 鲍里斯·约翰逊: 'Boris Johnson', 哈梅内伊: 'Ali Khamenei', 鲁哈尼: 'Hassan Rouhani', 苏莱曼尼: 'Qasem Soleimani',
    // Their full names, with the dot and (as machine translation writes them) without.
    唐纳德·特朗普: 'Donald Trump', 唐纳德特朗普: 'Donald Trump', 乔·拜登: 'Joe Biden', 乔拜登: 'Joe Biden', 巴拉克·奥巴马: 'Barack Obama',
    弗拉基米尔·普京: 'Vladimir Putin', 弗拉基米尔普京: 'Vladimir Putin', 沃洛季米尔·泽连斯基: 'Volodymyr Zelensky', 南希·佩洛西: 'Nancy Pelosi',
    南希佩洛西: 'Nancy Pelosi', 迈克·蓬佩奥: 'Mike Pompeo', 迈克蓬佩奥: 'Mike Pompeo', 埃马纽埃尔·马克龙: 'Emmanuel Macron', 安格拉·默克尔: 'Angela Merkel',
    纳伦德拉·莫迪: 'Narendra Modi', 贾斯汀·特鲁多: 'Justin Trudeau', 伊隆·马斯克: 'Elon Musk', 安东尼·布林肯: 'Antony Blinken',
    谢尔盖·拉夫罗夫: 'Sergei Lavrov', 德米特里·佩斯科夫: 'Dmitry Peskov', 本雅明·内塔尼亚胡: 'Benjamin Netanyahu', 伯尼·桑德斯: 'Bernie Sanders',
  }),
);
