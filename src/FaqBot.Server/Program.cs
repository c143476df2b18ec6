using FaqBot.Server;
using FaqBot.Server.Startup;

// Any failure to start (a bad setting, an unreachable database, a missing model file or knowledge-base folder, a step
// of the start-up sequence failing after the server began listening) ends in one line naming the key or file, and
// exit code 1: no stack trace.
try
{
    var app = FaqBotApp.Create(args);
    var outcome = app.Services.GetRequiredService<StartupOutcome>();
    await app.RunAsync();
    if (outcome.Failure is { } failure)
    {
        await Console.Error.WriteLineAsync($"faqbot: cannot start: {failure}");
        return 1;
    }

    return 0;
}
catch (Exception ex)
{
    await Console.Error.WriteLineAsync($"faqbot: cannot start: {StartupFailure.Describe(ex)}");
    return 1;
}
