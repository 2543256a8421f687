import { test } from 'node:test';
import assert from 'node:assert/strict';
import { authorOrCredit, closingCredit } from '../../../src/stages/ingest/extract/closing-credit.js';

test('the agency credit closing a text is read after a full stop or alone on its line', () => {
  assert.equal(closingCredit(['Erster Absatz.', 'Die Zyste könne sich neu bilden, hieß es. (FR mit dpa)', '*fr.de ist Teil des Netzwerks']), 'FR mit dpa');
  assert.equal(closingCredit(['Text.', '(AFP)']), 'AFP');
  assert.equal(closingCredit(['Text.', 'Mehr Text. (dpa/AFP)']), 'dpa/AFP');
});

test('a party after a name, a caption note or an old paragraph is not a credit', () => {
  assert.equal(closingCredit(['Text.', 'Das sagte Friedrich Merz (CDU)']), undefined);
  assert.equal(closingCredit(['Text.', 'Ein Bild vom Hafen. (Symbolbild)']), undefined);
  assert.equal(closingCredit(['Vorher. (dpa)', 'Eins.', 'Zwei.', 'Drei.']), undefined);
  assert.equal(closingCredit([]), undefined);
});

test('the credit stands in only for a missing author or the bare desk', () => {
  const text = ['Text.', 'Ende. (FR mit dpa)'];
  assert.equal(authorOrCredit('Redaktion', text), 'FR mit dpa');
  assert.equal(authorOrCredit(undefined, text), 'FR mit dpa');
  assert.equal(authorOrCredit('Anna Muster', text), 'Anna Muster');
  assert.equal(authorOrCredit('Redaktion', ['Text ohne Vermerk.']), 'Redaktion');
});
