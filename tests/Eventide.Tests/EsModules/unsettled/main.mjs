console.log("before"); setTimeout(() => console.log("timer ran"), 1); await new Promise(() => {}); console.log("never");
