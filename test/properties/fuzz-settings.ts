/** The suite's fixed seed: a failure here is reproducible with `npm run fuzz -- --seed 20261126`. */
export const SEED = 20_261_126;
