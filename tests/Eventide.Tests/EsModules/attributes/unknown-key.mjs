import data from "./data.json" with { type: "json", mode: "strict" };
console.log(data);
