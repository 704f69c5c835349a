/*---
description: the isolation test makes the child process die on this file (TEST262_RUNNER_CRASH_HOOK)
---*/
var survivedTheCrashHook = true;
