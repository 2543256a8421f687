import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterStream } from '../../../src/stages/cluster/cluster-stream.js';

// One event reported in four languages of one script (hand-written, not translated word for word). A Russian
// report of it does not join yet: it shares only two names' spellings with these ("Резников", "НАТО").
const EVENT = [
  { id: 'en', title: 'Reznikov: Russia has massed about 70,000 troops near Ukraine', text: 'Ukrainian defence minister Oleksii Reznikov told parliament in Kyiv on Friday that Russia had gathered about 70,000 troops near the border. Reznikov said Moscow could be ready for an escalation by late January, and Kyiv asked NATO and Washington for support.' },
  { id: 'fr', title: 'Reznikov : la Russie a massé environ 70 000 soldats près de l’Ukraine', text: 'Le ministre ukrainien de la Défense, Oleksii Reznikov, a déclaré vendredi devant le parlement à Kyiv que la Russie avait rassemblé environ 70 000 soldats près de la frontière. Selon Reznikov, Moscou pourrait être prête à une escalade fin janvier ; Kyiv a demandé le soutien de l’OTAN et de Washington.' },
  { id: 'de', title: 'Resnikow: Russland hat rund 70.000 Soldaten an der Grenze zur Ukraine', text: 'Der ukrainische Verteidigungsminister Oleksii Reznikov sagte am Freitag im Parlament in Kyiv, Russland habe rund 70.000 Soldaten an der Grenze zusammengezogen. Moskau könnte laut Reznikov Ende Januar zu einer Eskalation bereit sein; Kyiv bat die NATO und Washington um Unterstützung.' },
  { id: 'es', title: 'Reznikov: Rusia ha concentrado unos 70.000 soldados cerca de Ucrania', text: 'El ministro de Defensa ucraniano, Oleksii Reznikov, dijo el viernes ante el parlamento en Kyiv que Rusia ha reunido unos 70.000 soldados cerca de la frontera. Según Reznikov, Moscú podría estar lista para una escalada a finales de enero, y Kyiv pidió apoyo a la OTAN y a Washington.' },
];

// Unrelated Spanish news sharing only the language's function words (the blob of issue 13: horoscopes, a boxer, a moon mission, the Pope).
const SPANISH = [
  { id: 's1', title: 'Horóscopo de hoy: lo que dicen los astros para Aries', text: 'Los nativos de Aries tendrán un día lleno de energía y deberán cuidar sus finanzas. El amor llega por sorpresa para los que están solos, y en el trabajo conviene escuchar a los compañeros antes de tomar una decisión.' },
  { id: 's2', title: 'El boxeador Canelo Álvarez defenderá su título en mayo', text: 'El púgil mexicano Canelo Álvarez confirmó que defenderá su cinturón de los supermedianos en mayo en Las Vegas. Su promotor dijo que el rival será anunciado en las próximas semanas y que las entradas se venderán desde el lunes.' },
  { id: 's3', title: 'La misión lunar Artemis despegará con cuatro astronautas', text: 'La agencia espacial anunció que la misión Artemis llevará a cuatro astronautas alrededor de la Luna. El cohete será probado durante el verano y los ingenieros revisan todavía el escudo térmico de la cápsula Orión.' },
  { id: 's4', title: 'El papa Francisco pide la paz en su mensaje de Navidad', text: 'Desde el balcón de la basílica de San Pedro, el papa Francisco pidió el fin de las guerras y recordó a los refugiados. Miles de fieles escucharon la bendición en la plaza, mientras la policía vigilaba los accesos al Vaticano.' },
];

test('one event in four languages forms one story; unrelated Spanish articles stay apart', () => {
  const out = new Map(clusterStream([...SPANISH.slice(0, 2), ...EVENT, ...SPANISH.slice(2)]).assignments.map((a) => [a.id, a.story]));
  const spanish = new Set(SPANISH.map((a) => out.get(a.id)));
  assert.equal(spanish.size, SPANISH.length, 'each unrelated Spanish article is its own story');
  for (const a of EVENT) assert.ok(!spanish.has(out.get(a.id)), `${a.id} is not in a Spanish story`);
  const eventStories = new Set(EVENT.map((a) => out.get(a.id)));
  assert.equal(eventStories.size, 1, JSON.stringify(Object.fromEntries(EVENT.map((a) => [a.id, out.get(a.id)]))));
});
