/**
 * Fitted constants of the learned combination (learned-combination.ts),
 * written by `node --import tsx scripts/fit-similarity.ts --write` from all
 * of pairs/semeval2022-dev (ridge λ 30);
 * do not edit by hand.
 * Cross-validated Pearson when fitted: 10-fold 0.7585 (hash halves 0.7684 / 0.7488),
 * each hash half scored by the model fitted on the other 0.7714 / 0.7595;
 * in-sample 0.779; the fixed weights 0.7326.
 */
import type { LearnedModel } from './learned-combination.js';

export const LEARNED_MODEL: LearnedModel = {
  same: {
    intercept: -3.87789,
    weights: {"words":0.235168,"names":-0.0241453,"numbers":0.140556,"title":0.0601353,"grams":0.0215066,"lead":0.0755261,"leadWhole":0.183316,"titleLead":0.0853224,"titleWhole":0.163334,"bigNumbers":-0.0844565,"titleNames":0.00222687,"sharedNames":0.0153649,"wordContainment":-0.108658,"gloss":0,"lengthRatio":0.100049},
    absent: {"words":0,"names":0.343748,"numbers":0.110236,"title":0,"grams":0,"lead":0,"leadWhole":0,"titleLead":0,"titleWhole":0,"bigNumbers":0.00404221,"titleNames":-0.0575056,"sharedNames":0,"wordContainment":0,"gloss":0,"lengthRatio":0},
    chance: {
      mean: [0.149099,0.0483685,0.0410128,0.0180773,0.270623,0.0706367,0.125715,0.0509896,0.0785979,0.034875,0.00729403,0.216308,0.193932,0,0.271045,0,0.0677778,0.355556,0,0,0,0,0,0,0.675185,0.344815,0,0,1,0],
      spread: [0.0703879,0.0978983,0.122288,0.0627494,0.0469115,0.0795968,0.0717894,0.0840371,0.08499,0.142859,0.0582164,0.341511,0.0804425,0,0.332883],
    },
  },
  cross: {
    intercept: -3.77003,
    weights: {"words":0.0882962,"names":0.00437324,"numbers":0.0337449,"title":0.112692,"grams":0.282556,"lead":0.0591016,"leadWhole":0.0790498,"titleLead":0.0596159,"titleWhole":-0.0683414,"bigNumbers":0.111966,"titleNames":-0.00819483,"sharedNames":0.0243872,"wordContainment":0.221724,"gloss":0,"lengthRatio":-0.00898685},
    absent: {"words":0,"names":0.5294,"numbers":-0.122744,"title":0,"grams":0,"lead":0,"leadWhole":0,"titleLead":0,"titleWhole":0,"bigNumbers":0.322615,"titleNames":0.127785,"sharedNames":0,"wordContainment":0,"gloss":0,"lengthRatio":0},
    chance: {
      mean: [0.0589644,0.0443028,0.0438128,0.00960297,0.15031,0.0286645,0.0582656,0.0234225,0.0382375,0.0390749,0.00683882,0.21256,0.0894328,0,0.601421,0,0.0103905,0.411255,0,0,0,0,0,0,0.706662,0.263328,0,0,1,0],
      spread: [0.0596188,0.0853726,0.133623,0.0450871,0.0395716,0.0582697,0.0647722,0.0592812,0.0647226,0.138583,0.0551577,0.36461,0.0788923,0,0.530285],
    },
  },
  crossScript: {
    intercept: -3.34885,
    weights: {"words":0.0779642,"names":0.220882,"numbers":0.121874,"title":-0.042586,"grams":-0.0211418,"lead":-0.0400881,"leadWhole":0.161943,"titleLead":-0.00153557,"titleWhole":0.0619638,"bigNumbers":0.0358399,"titleNames":0.11209,"sharedNames":0.141447,"wordContainment":0.104496,"gloss":0,"lengthRatio":0.188026},
    absent: {"words":0,"names":0.382879,"numbers":0.0223558,"title":0,"grams":0,"lead":0,"leadWhole":0,"titleLead":0,"titleWhole":0,"bigNumbers":0.0630339,"titleNames":-0.0907165,"sharedNames":0,"wordContainment":0,"gloss":0,"lengthRatio":0},
    chance: {
      mean: [0.00703842,0.0247349,0.0808946,0.000911546,0.0346253,0.00473534,0.0115926,0.00265398,0.00469724,0.0773354,0.00372867,0.0926241,0.0106164,0,2.10356,0,0.0632911,0.196203,0,0,0,0,0,0,0.42616,0.447257,0,0,1,0],
      spread: [0.0211845,0.0696609,0.161749,0.0101953,0.0321455,0.0211372,0.0270584,0.0158271,0.0191883,0.2104,0.0496508,0.243684,0.0306954,0,0.886158],
    },
  },
  calibration: { knots: [1,2,3,4], values: [1.24061,1.64941,3.24382,3.92923] },
};
