namespace Eventide.Cli;

/// <summary>`eventide --help`: every option the command has, laid out as node's help is.</summary>
internal static class HelpText
{
    public const string Usage = "Usage: eventide [options] [ script.js ] [arguments]\n       eventide explain [--function NAME] [--bytecode | --html out.html] script.js";

    public const string Text = Usage + """


        Options:
          -                           script read from stdin (default if no
                                      file name is provided, interactive mode
                                      if a tty)
          --                          indicate the end of eventide options
          -e, --eval script           evaluate script
          -p, --print script          evaluate script and print result
          -i, --interactive           always enter the REPL even if stdin
                                      does not appear to be a terminal
          --input-type=module|commonjs
                                      set module type for string input
                                      (--eval, --print, stdin)
          --unhandled-rejections=strict|warn|none|throw|warn-with-error-code
                                      define unhandled rejections behavior
                                      (default: throw)
          --stack-trace-limit=N       Error.stackTraceLimit at start
                                      (default: 10)
          --enable-source-maps        accepted for node compatibility
          --max-old-space-size=MB     bound the heap; exceeding it ends the
                                      run as node's heap limit does (134)
          --stack-size=N              maximum JavaScript call depth
                                      (default: 10000)
          --virtual-time              timers fire without real waiting
          --deterministic[=SEED]      reproducible runs: virtual time, Date
                                      from 2000-01-01T00:00:00Z, seeded
                                      Math.random and crypto (default: 0)
          --trace                     print the event loop's phases, timers
                                      and microtask jobs on stderr
          --trace=FILE.html           draw the run as a timeline page: a lane
                                      per phase, a box per job, arrows from
                                      where each job was scheduled
          --watch                     rerun the script when it or a module it
                                      loaded changes
          --watch-path=PATH           watch PATH instead (a file or a
                                      directory; can be repeated); starts
                                      watch mode
          --watch-preserve-output     do not clear the screen before a rerun
          --no-fast-loop              run every instruction through the
                                      general dispatch path
          -h, --help                  print eventide command line options
          -v, --version               print Eventide's version

        Commands:
          explain script.js           print each generator and async function
                                      as its state machine
            --function NAME           only the function NAME
            --bytecode                every function's bytecode instead
            --html out.html           draw the state machines as a page

        Environment variables:
          EVENTIDE_FAST_LOOP=0        as --no-fast-loop
          EVENTIDE_REPL_HISTORY       path of the REPL's history file
                                      (default: ~/.eventide_repl_history;
                                      empty: no history file)

        Exit codes (as node's): 1 uncaught error, 9 invalid argument,
        13 unsettled top-level await, 134 heap limit reached.
        """;
}
