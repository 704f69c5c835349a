using Test262Jint;

// The test262 runner, with "jint" among its engines.
Eventide.Test262.Program.Engines["jint"] = root => new JintEngine(root);
return Eventide.Test262.Program.Main(args);
