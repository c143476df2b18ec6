using FaqBot.TeamsLoadTest;

// null-server --urls=URL | generate URL SERVICEURL KIND CONCURRENCY WARMUP SECONDS CONVERSATIONS MAX | run (default, options)
return args.FirstOrDefault() switch
{
    "null-server" => await NullMessagesServer.RunAsync(args[1..]),
    "generate" => await TeamsLoadGenerator.RunAsync(GeneratorSettings.Parse(args[1..])),
    _ => await Orchestrator.RunAsync(args),
};
