/**
 * Names written in Chinese characters. Chinese writes no capitals and no
 * spaces, so the capitalised-run rules of the other languages find nothing
 * in it (a Chinese article's brief listed no one), and a dictionary of names
 * cannot be shipped (CC-CEDICT is CC BY-SA: the optional lexicon pack only).
 * What the text itself shows instead:
 *
 * - places: the countries and territories the runtime's CLDR data names in
 *   Chinese (`Intl.DisplayNames`, both the full and the short form: "中国香港特别行政区",
 *   "香港"), given their English name so the brief lists one place across
 *   languages, and the cities and regions the news names most (`ZH_PLACES`);
 * - organisations: international bodies, news agencies and the like the news
 *   names most (`ZH_ORGS`), and a place's ministry ("俄罗斯外交部");
 * - people: a name right after a role ("总统特朗普", "领导人习近平") or right before
 *   a verb of saying ("佩斯科夫说"), and any name in dotted form ("纳伦德拉·莫迪").
 *   A foreign name is a run of the characters transliteration uses
 *   (`TRANSLIT`: "特朗普", "泽连斯基"); a Chinese or Korean one a common surname and one
 *   or two characters ("习近平", "文在寅"). Every other occurrence of a name found so is a
 *   mention too, and a dotted name's last part ("莫迪") is the same person.
 */
import type { EntityMention } from '../../core/types.js';
import { regionNames } from './cldr-regions.js';
import { ZH_ORGS, ZH_PEOPLE, ZH_PLACES, ZH_STATES } from './entity-names-zh.js';

/** Characters of the standard transliteration of foreign names (Xinhua's table, the commonest). */
const TRANSLIT = new Set(
  '丁万丘丝丰丹丽乌乔于亚亨京什伊伍伏休伦伯佐佩保修儒克兰兹内冈冯凡凯切利加努劳勃勒卓南博卡卢厄历古史吉吕哈哥唐嘉因图圣圭坎坞坡坦埃基塔塞夏多夫夸奇奈奎奥奴妮姆威娃娅娜孟季宁安容宾密富尔尚尤尼居山巴布希帕库庞康廉廷弗彭彼德怀恩恰戈戴扎托扬拉拜捷提摩敏文斯施旺昂昆明普曼朗本朱杜杰松林查柯柳格桑梅森欣欧武比毕汉汤沃沙治法波泰泽洛洪济浩海温潘澳灵爱特玛玲珀珍班理琦琪琳琼瑙瑞瑟璐瓜瓦甘申留登白皮盖福科穆米索约纳纽绍维罕罗考耶肖肯胡舍舒良艾芒芙芬芭苏英范茜茨茹莉莎莫莱莲菲萧萨蒂蒙蓬蕾薇西詹诺谢豪贝贡费贾赖赛赫路辛边达迈连迪逊通道邓邦里金钦锡门阿陆雅雷霍露韦马高鲁鲍麦默黛齐',
);

/** Common Chinese (and Korean) surnames, one character; two-character ones apart. */
const SURNAMES = new Set('王李张刘陈杨黄赵吴周徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文朴庞习温');
const DOUBLE_SURNAMES = ['欧阳', '司马', '诸葛', '上官', '司徒', '东方', '皇甫', '令狐'];

/** Roles written right before a name ("美国总统特朗普", "中国外长王毅"), longest first. */
const ROLES_BEFORE = [
  '国家主席', '国务院总理', '外交部长', '国防部长', '外交部发言人', '国务卿', '副总统', '总统', '总理', '首相', '主席', '总书记', '外长',
  '防长', '部长', '发言人', '领导人', '大使', '议长', '秘书长', '市长', '州长', '省长', '司令', '将军', '教授', '博士', '国王', '女王', '王子',
  '公主', '教皇', '首席执行官', '董事长', '总裁', '创始人', '参议员', '众议员', '议员', '法官', '律师', '主教', '教练', '球员', '歌手', '演员',
  '作家', '导演', '候选人', '官员', '顾问', '专家', '医生', '记者', '主任', '局长', '总监', '经理', '队长', '选手', '前锋', '门将',
].sort((a, b) => b.length - a.length);

/** Verbs of saying right after a name ("特朗普说", "王毅表示"). */
const SAYING = /^(?:说|表示|称|指出|强调|宣布|告诉|写道|认为|补充说|回应|透露|承认|警告|解释)/u;

/** Characters that end a Chinese given name read after a surname: a verb, a particle, a time word or a mark follows a name. */
const AFTER_NAME = new Set('说表称在和与的是了也都将曾已于对从向被把等及周日月年今昨今明去前后上下里中一二三四五六七八九十个位名为以要会能所而并或就还又再这那其该、，。：；！？“”‘’（）《》「」『』·,.:;!?()" \n\t');

const CJK = /\p{Script=Han}/u;

/** Common words that open with a surname's character ("方面", "任期", "高层"): no name. */
const NOT_NAMES = new Set([
  '方面', '方向', '方式', '方法', '任期', '任何', '任务', '任内', '高层', '高级', '高度', '高达', '黄金', '石油', '周末', '周年', '周边', '周围', '王国',
  '文化', '文件', '文章', '文明', '万人', '常规', '常常', '武器', '武装', '武力', '田地', '夏天', '夏季', '余下', '于是', '程度', '马上', '金额', '金融',
  '钱包', '温度', '龙头', '白天', '白色', '黄色', '江湖', '林业', '陈述', '杨树', '朱红', '孙子', '韩元', '康复', '毛病', '秦朝', '宋朝', '唐朝', '董事',
  '史上', '史无', '顾问', '顾客', '段落', '雷达', '钱财', '易于', '贺电', '曾经', '曾在',
  '许多', '许可', '苏联', '卢布', '叶子', '余额', '杜绝', '戴着', '钟头', '任职',
  '孔子', '白人', '常任', '何时', '何地', '何处', '何况', '于此', '朴素', '庞大', '习惯', '温和', '温暖', '文字', '文学',
]);

interface Found {
  readonly start: number;
  readonly end: number;
  readonly type: EntityMention['type'];
  readonly name: string;
}

/** A foreign name's characters from `at` forward (dots between parts), or its end when fewer than two. */
function translitEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && (TRANSLIT.has(text[i]!) || (text[i] === '·' && i > at && TRANSLIT.has(text[i + 1] ?? '')))) i++;
  return i - at >= 2 ? i : at;
}

/** A Chinese name's end from `at` (a surname and one or two characters), or `at` when none starts there. */
function chineseNameEnd(text: string, at: number): number {
  const double = DOUBLE_SURNAMES.some((s) => text.startsWith(s, at));
  const s = double ? 2 : SURNAMES.has(text[at] ?? '') ? 1 : 0;
  if (s === 0) return at;
  const given = (k: number): boolean => k < text.length && CJK.test(text[k]!) && !AFTER_NAME.has(text[k]!);
  if (!given(at + s)) return at;
  const end = given(at + s + 1) ? at + s + 2 : at + s + 1;
  return NOT_NAMES.has(text.slice(at, at + 2)) ? at : end;
}

/** The name right after a role ending at `at`: a foreign name, else a Chinese one (a foreign one when it is longer). */
function nameAfter(text: string, at: number): number {
  const foreign = translitEnd(text, at);
  const chinese = chineseNameEnd(text, at);
  return foreign - at >= 4 || chinese === at ? foreign : chinese;
}

/** The name right before a verb of saying at `at`: a foreign run back from it, else a Chinese name ending there. */
function nameBefore(text: string, at: number): number {
  let i = at;
  while (i > 0 && (TRANSLIT.has(text[i - 1]!) || (text[i - 1] === '·' && TRANSLIT.has(text[i - 2] ?? '')))) i--;
  // A run that neither opens the text nor follows a mark, a particle or a role may end a longer word ("声明普京说": 明
  // ends 声明): not taken.
  if (at - i >= 2 && i > 0 && !AFTER_NAME.has(text[i - 1]!) && ROLES_BEFORE.every((r) => !text.endsWith(r, i))) i = at;
  if (at - i >= 2) return i;
  for (const len of [3, 2]) if (at - len >= 0 && chineseNameEnd(text, at - len) === at) return at - len;
  return at;
}

/**
 * Entities named in Han characters in `text` (a Chinese article), in text order, not overlapping one another.
 * @example hanEntities('美国总统特朗普说，朝鲜……').map((e) => e.name) // ['United States', 'Donald Trump', 'North Korea']
 */
export function hanEntities(text: string): EntityMention[] {
  const found: Found[] = [];
  const places = zhPlaces();
  // Places and organisations the lists know, longest first at each position; then what a suffix names.
  for (let i = 0; i < text.length; i++) {
    if (!CJK.test(text[i]!)) continue;
    const known = knownAt(text, i, places);
    if (known !== undefined) {
      found.push(...known);
      i = Math.max(...known.map((k) => k.end)) - 1;
      continue;
    }
    const named = suffixedAt(text, i);
    if (named !== undefined) {
      found.push(named);
      i = named.end - 1;
    }
  }
  // People: after a role, before a verb of saying, in dotted form.
  const people = new Set<string>();
  for (let i = 0; i < text.length; i++) {
    const role = ROLES_BEFORE.find((r) => text.startsWith(r, i));
    if (role !== undefined) {
      const end = nameAfter(text, i + role.length);
      if (end > i + role.length) people.add(text.slice(i + role.length, end));
    }
    const say = SAYING.exec(text.slice(i, i + 3));
    if (say !== null && i > 0) {
      const start = nameBefore(text, i);
      if (start < i) people.add(text.slice(start, i));
    }
    if (text[i] === '·') {
      let a = i;
      while (a > 0 && TRANSLIT.has(text[a - 1]!)) a--;
      // The name starts after a role run into it ("总理纳伦德拉·莫迪": 理 is a transliteration character too).
      for (let k = a + 1; k < i; k++) {
        if (ROLES_BEFORE.some((r) => text.endsWith(r, k))) {
          a = k;
          break;
        }
      }
      const b = translitEnd(text, i + 1) > i + 1 ? translitEnd(text, i + 1) : i + 1;
      if (i - a >= 1 && b - i >= 2) people.add(text.slice(a, b));
    }
  }
  // One character run into a name the list knows is the word before it ("声明普京说": 明 of 声明).
  const named = [...people].map((p) => (p.length >= 3 && ZH_PEOPLE.has(p.slice(1)) && !ZH_PEOPLE.has(p) ? p.slice(1) : p)).filter((p) => !places.has(p) && !ZH_ORGS.has(p));
  // A dotted name's last part is the same person ("莫迪" of "纳伦德拉·莫迪").
  const forms = new Map<string, string>();
  for (const p of named) {
    forms.set(p, ZH_PEOPLE.get(p) ?? p);
    const last = p.split('·').pop()!;
    if (last !== p && last.length >= 2 && !forms.has(last)) forms.set(last, forms.get(p)!);
  }
  const byLength = [...forms.keys()].sort((a, b) => b.length - a.length);
  for (const form of byLength) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
      found.push({ start: at, end: at + form.length, type: 'person', name: forms.get(form)! });
    }
  }
  // Text order; where two overlap, the longer (a person's name over a place inside it, "文在寅" over none).
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: EntityMention[] = [];
  let reach = 0;
  for (const f of found) {
    if (f.start < reach) continue;
    out.push({ start: f.start, end: f.end, text: text.slice(f.start, f.end), type: f.type, name: f.name });
    reach = f.end;
  }
  return out;
}

/** Words that make a place a larger unit of itself ("加州州长": the governor, not a place "加州州"). */
const ADMIN_SUFFIX = /^(?:特区|州|邦|省|县|市|郡)(?![长场民政委立议府级内际])/u;
/** A body of a place ("俄罗斯外交部", "美国国会"): an organisation. */
const PLACE_BODY = /^(?:外交部|国防部|卫生部|内政部|财政部|司法部|国务院|议会|国会|参议院|众议院|大使馆|政府军|国防军|驻[^，。、\s]{2,8}?大使馆)/u;
/** Heads that make an organisation of the name before them ("乔治城大学", "新芬党", "油人队"). */
const ORG_SUFFIX = /^(?:大学|中学|学院|纪念医院|医院|航空公司|公司|集团|监狱|大使馆|银行|警察局|俱乐部|基金会|协会|委员会|证券交易所|交易所|日报|时报|公报|邮报|党|队)/u;

/** A place or an organisation the lists know at `i` (a place with its administrative suffix, a place's body). */
function knownAt(text: string, i: number, places: ReadonlyMap<string, string>): Found[] | undefined {
  for (let len = Math.min(MAX_NAME, text.length - i); len >= 2; len--) {
    const w = text.slice(i, i + len);
    const org = ZH_ORGS.get(w);
    if (org !== undefined) return [{ start: i, end: i + len, type: 'organization', name: org }];
    const person = ZH_PEOPLE.get(w);
    if (person !== undefined) return [{ start: i, end: i + len, type: 'person', name: person }];
    const state = ZH_STATES.get(w);
    const suffix = /^(?:州|邦)/u.exec(text.slice(i + len));
    if (state !== undefined && suffix !== null) return [{ start: i, end: i + len + 1, type: 'place', name: state }];
    const place = places.get(w);
    if (place === undefined) continue;
    // "海地" (Haiti) inside "沿海地区" (the coast): no place.
    if (w === '海地' && (text[i - 1] === '沿' || text[i + 2] === '区')) return undefined;
    const rest = text.slice(i + len);
    const body = PLACE_BODY.exec(rest);
    if (body !== null) return [{ start: i, end: i + len + body[0].length, type: 'organization', name: w + body[0] }];
    const org2 = ORG_SUFFIX.exec(rest);
    if (org2 !== null && !places.has(w + org2[0])) return [{ start: i, end: i + len + org2[0].length, type: 'organization', name: w + org2[0] }];
    const admin = ADMIN_SUFFIX.exec(rest);
    return [{ start: i, end: i + len + (admin?.[0].length ?? 0), type: 'place', name: place }];
  }
  return undefined;
}

/**
 * A transliterated name with a suffix that says what it names, at `i`: a place ("劳雷尔县", "马哈拉施特拉邦"; "新",
 * "北", "南" may open it) or an organisation ("乔治城大学").
 */
function suffixedAt(text: string, i: number): Found | undefined {
  if (i > 0 && TRANSLIT.has(text[i - 1]!)) return undefined;
  const lead = /^[新北南]/u.test(text[i]!) && TRANSLIT.has(text[i + 1] ?? '') ? 1 : 0;
  let end = translitEnd(text, i + lead);
  if (end === i + lead) return undefined;
  if (/^[城县州]/u.test(text[end] ?? '') && ORG_SUFFIX.test(text.slice(end + 1))) end++;
  const org = ORG_SUFFIX.exec(text.slice(end));
  if (org !== null) return { start: i, end: end + org[0].length, type: 'organization', name: text.slice(i, end + org[0].length) };
  const admin = /^(?:州|邦|县|郡|城|镇|村|河|湖|岛)/u.exec(text.slice(end));
  if (admin !== null) return { start: i, end: end + 1, type: 'place', name: text.slice(i, end + 1) };
  return undefined;
}

/** The longest name the lists hold, in characters. */
const MAX_NAME = 12;

let placeNames: Map<string, string> | undefined;

/** Chinese place names → their English name: CLDR's regions (full and short forms) and `ZH_PLACES`. */
function zhPlaces(): Map<string, string> {
  if (placeNames !== undefined) return placeNames;
  const out = new Map<string, string>(ZH_PLACES);
  for (const style of ['long', 'short'] as const) {
    for (const [name, english] of regionNames('zh', style)) if (name.length <= MAX_NAME && !out.has(name)) out.set(name, english);
  }
  placeNames = out;
  return out;
}

/**
 * A Latin-script name of a Chinese text without the Chinese a space-less text runs into it ("Wattle Creek
 * Fire的那场大火" → "Wattle Creek Fire"): the capitalised-run rules read a token to the next space. Undefined when
 * nothing Latin is left.
 */
export function latinPart(e: EntityMention): EntityMention | undefined {
  const cut = e.text.search(/\p{Script=Han}/u);
  if (cut < 0) return e;
  const text = e.text.slice(0, cut).trimEnd();
  if (!/\p{L}/u.test(text)) return undefined;
  const nameCut = e.name.search(/\p{Script=Han}/u);
  return { ...e, text, end: e.start + text.length, name: nameCut < 0 ? e.name : e.name.slice(0, nameCut).trimEnd() || text };
}
