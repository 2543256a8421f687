/**
 * Fitted constants of the learned combination (learned-combination.ts),
 * written by `node --import tsx scripts/fit-similarity.ts --write` from all
 * of pairs/semeval2022-dev (ridge λ 30); do not edit by hand.
 * Cross-validated Pearson when fitted: 10-fold 0.7563 (hash halves 0.7656 / 0.7473),
 * each hash half scored by the model fitted on the other 0.7677 / 0.7575;
 * in-sample 0.7764; the fixed weights 0.7326.
 */
import type { LearnedModel } from './learned-combination.js';

export const LEARNED_MODEL: LearnedModel = {
  same: {
    intercept: -3.87729,
    weights: {"words":0.202966,"names":-0.0154123,"numbers":0.139786,"title":0.0615426,"grams":-0.0209655,"lead":0.07868,"leadWhole":0.18318,"titleLead":0.0872923,"titleWhole":0.172943,"bigNumbers":-0.0826008,"titleNames":0.00355286,"sharedNames":0.00677712,"wordContainment":-0.0548028,"gloss":0},
    absent: {"words":0,"names":0.380487,"numbers":0.135832,"title":0,"grams":0,"lead":0,"leadWhole":0,"titleLead":0,"titleWhole":0,"bigNumbers":0.00711366,"titleNames":-0.0541653,"sharedNames":0,"wordContainment":0,"gloss":0},
    chance: {
      mean: [0.149099,0.0483685,0.0410128,0.0180773,0.270623,0.0706367,0.125715,0.0509896,0.0785979,0.034875,0.00729403,0.216308,0.193932,0,0,0.0677778,0.355556,0,0,0,0,0,0,0.675185,0.344815,0,0,1],
      spread: [0.0703879,0.0978983,0.122288,0.0627494,0.0469115,0.0795968,0.0717894,0.0840371,0.08499,0.142859,0.0582164,0.341511,0.0804425,0],
    },
  },
  cross: {
    intercept: -3.77039,
    weights: {"words":0.0910644,"names":0.00458953,"numbers":0.0337352,"title":0.112914,"grams":0.282767,"lead":0.0591277,"leadWhole":0.0798012,"titleLead":0.0589155,"titleWhole":-0.0687783,"bigNumbers":0.111569,"titleNames":-0.0081056,"sharedNames":0.0252703,"wordContainment":0.21706,"gloss":0},
    absent: {"words":0,"names":0.519702,"numbers":-0.125684,"title":0,"grams":0,"lead":0,"leadWhole":0,"titleLead":0,"titleWhole":0,"bigNumbers":0.322811,"titleNames":0.127439,"sharedNames":0,"wordContainment":0,"gloss":0},
    chance: {
      mean: [0.0589644,0.0443028,0.0438128,0.00960297,0.15031,0.0286645,0.0582656,0.0234225,0.0382375,0.0390749,0.00683882,0.21256,0.0894328,0,0,0.0103905,0.411255,0,0,0,0,0,0,0.706662,0.263328,0,0,1],
      spread: [0.0596188,0.0853726,0.133623,0.0450871,0.0395716,0.0582697,0.0647722,0.0592812,0.0647226,0.138583,0.0551577,0.36461,0.0788923,0],
    },
  },
  crossScript: {
    intercept: -3.33376,
    weights: {"words":0.067306,"names":0.227808,"numbers":0.116269,"title":-0.0482602,"grams":-0.0345673,"lead":-0.0573463,"leadWhole":0.160098,"titleLead":-0.00963504,"titleWhole":0.0739846,"bigNumbers":0.0390095,"titleNames":0.114065,"sharedNames":0.154491,"wordContainment":0.0642834,"gloss":0},
    absent: {"words":0,"names":0.460531,"numbers":0.0867344,"title":0,"grams":0,"lead":0,"leadWhole":0,"titleLead":0,"titleWhole":0,"bigNumbers":0.0479058,"titleNames":-0.0664089,"sharedNames":0,"wordContainment":0,"gloss":0},
    chance: {
      mean: [0.00703842,0.0247349,0.0808946,0.000911546,0.0346253,0.00473534,0.0115926,0.00265398,0.00469724,0.0773354,0.00372867,0.0926241,0.0106164,0,0,0.0632911,0.196203,0,0,0,0,0,0,0.42616,0.447257,0,0,1],
      spread: [0.0211845,0.0696609,0.161749,0.0101953,0.0321455,0.0211372,0.0270584,0.0158271,0.0191883,0.2104,0.0496508,0.243684,0.0306954,0],
    },
  },
  calibration: { knots: [1,2,3,4], values: [1.22395,1.66389,3.23825,3.92994] },
};
