console.log("never runs");
import "./bad-syntax.mjs";
