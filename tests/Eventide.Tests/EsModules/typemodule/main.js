import { f } from "./lib.js"; import c from "./old.cjs"; console.log(f(), c.v, typeof require, typeof module);
