/**
 * Claims in Chinese, which writes no spaces: its sentences are statements (a
 * whole Chinese sentence counted as one word, below the statement minimum,
 * so a Chinese story had no claims), and their word bags hold the words the
 * segmenter finds, so two outlets' own wordings of one fact confirm it.
 * Hand-written articles through the real stages (story-helper.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief } from './story-helper.js';

// Each body is long enough for the cleaner alone (no English filler added), with a paragraph of its own.
const A = [
  '美国总统拜登周二与俄罗斯总统普京举行了两个小时的视频通话，讨论乌克兰边境的紧张局势。',
  '白宫表示，拜登警告说，如果俄罗斯入侵乌克兰，美国将实施严厉的经济制裁。',
  '这是一段很长的填充文字，用来让文章足够长，以便通过清理器的最小长度检查，并且不与其他文章共享任何内容，记者们在会场外等了很久，直到深夜才离开。',
].join('\n\n');
const B = [
  '拜登周二与普京进行了两个小时的视频通话，讨论了乌克兰边境的紧张局势。',
  '据白宫称，拜登警告普京，如果俄罗斯入侵乌克兰，美国将采取严厉的经济制裁。',
  '另一段完全不同的文字描述了当天下午城市主干道的交通管制情况，许多居民对此表示不满，并希望有关部门尽快恢复正常通行，以免影响日常生活和工作。',
].join('\n\n');

test('Chinese sentences are statements, and two outlets’ wordings of one fact agree', () => {
  const b = brief([
    { title: '拜登与普京通话', body: A, source: 'a.example.cn' },
    { title: '拜登警告普京', body: B, source: 'b.example.cn' },
  ]);
  assert.ok(b.claims.length >= 4, `${b.claims.length} claims`);
  const agreed = b.claims.filter((c) => c.status === 'agreed');
  assert.equal(agreed.length, 2, JSON.stringify(b.claims.map((c) => [c.status, c.text.slice(0, 12)])));
  assert.ok(agreed.every((c) => c.independent === 2));
  // The two fillers say different things: each stays its outlet's alone.
  assert.ok(b.claims.some((c) => c.status === 'single-source' && c.text.startsWith('这是一段')));
});
