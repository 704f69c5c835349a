import "plain/missing.js";
