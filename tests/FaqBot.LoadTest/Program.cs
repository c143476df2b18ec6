using FaqBot.LoadTest;

// null-server --urls=URL | generate URL[,URL2] CONVERSATIONS SECONDS | latency URL[,URL2] MESSAGES | idle URL COUNT
// | storage [CONVERSATIONS] [SECONDS] [POSTGRES_CONNECTION_STRING] | startup [RUNS] [--Key=Value ...] | run (default)
return args.FirstOrDefault() switch
{
    "null-server" => await NullDirectLineServer.RunAsync(args[1..]),
    "generate" => await LoadGenerator.ThroughputAsync(args[1], int.Parse(args[2]), int.Parse(args[3])),
    "latency" => await LoadGenerator.LatencyAsync(args[1], int.Parse(args[2])),
    "idle" => await LoadGenerator.IdleAsync(args[1], int.Parse(args[2])),
    "storage" => await StorageOrchestrator.RunAsync(args[1..]),
    "startup" => await StartupMeasure.RunAsync(args[1..]),
    _ => await Orchestrator.RunAsync(args),
};
