import * as ns from "./lib.mjs";
export { ns };
import {
  y,
  missing,
} from "./lib.mjs";
