require("./tla.mjs");
