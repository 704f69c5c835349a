try { require("./bad-syntax.mjs"); } catch (e) { console.log("caught", e.name, e.message); }
require("./bad-syntax.mjs");
