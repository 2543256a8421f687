import { test } from 'node:test';
import assert from 'node:assert/strict';
import { letterDictionary, restoreLostLetters } from '../../../src/stages/ingest/extract/restore-letters.js';
import { extractPage } from '../../../src/stages/ingest/extract/extract-page.js';

test('a word with lost letters is restored when the page spells it once elsewhere', () => {
  const dict = letterDictionary(['Die Länder wollen höhere Erlösobergrenzen.', 'Mehr für Bioenergie']);
  assert.equal(restoreLostLetters('Bayern fordert h\uFFFDhere Erl\uFFFDsobergrenzen f\uFFFDr Bioenergie', dict), 'Bayern fordert höhere Erlösobergrenzen für Bioenergie');
  // The broken word keeps its own case.
  assert.equal(restoreLostLetters('H\uFFFDHERE', dict), 'HöHERE');
});

test('no match, or two that fit, keep the lost letter; an ASCII letter never fills it', () => {
  const dict = letterDictionary(['schön schon', 'Bär Bör']);
  assert.equal(restoreLostLetters('sch\uFFFDn', dict), 'schön');
  assert.equal(restoreLostLetters('B\uFFFDr', dict), 'B\uFFFDr');
  assert.equal(restoreLostLetters('Gr\uFFFD\uFFFDe', dict), 'Gr\uFFFD\uFFFDe');
  assert.equal(restoreLostLetters('clean text', dict), 'clean text');
});

test('extractPage restores a mangled title and body from entity-spelled words on the same page', () => {
  const html = `<html><head><meta charset="iso-8859-1"><title>Bayern fordert h\uFFFDhere Preise</title>
    <meta name="description" content="Bayern fordert h&ouml;here Preise f&uuml;r Strom"></head>
    <body><article><h1>Bayern fordert h\uFFFDhere Preise</h1>
    <p>${'Die Staatsregierung will f\uFFFDr Biogas mehr Geld, sagte der Minister in M&uuml;nchen am Dienstag. '.repeat(4)}</p>
    <p>${'Die Anlagen sollen weiter laufen, so der Verband der Betreiber in Bayern. '.repeat(4)}</p></article></body></html>`;
  const out = extractPage({ id: 1, html });
  assert.equal(out.title, 'Bayern fordert höhere Preise');
  assert.ok(out.text.includes('will für Biogas'), out.text.slice(0, 120));
});
