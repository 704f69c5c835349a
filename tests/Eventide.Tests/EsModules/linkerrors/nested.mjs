console.log("imports a module whose import fails");
import "./missing-export.mjs";
