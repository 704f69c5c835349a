import { EventEmitter } from "events"; const e = new EventEmitter(); e.on("x", v => console.log("got", v)); e.emit("x", await Promise.resolve(7));
