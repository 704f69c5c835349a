using Eventide.Cli;

return CommandLine.Run(args);
