using FaqBot.Server;
using FaqBot.Server.Startup;

// Any failure to start (a bad setting, an unreachable database, a missing model file or knowledge-base folder, a step
// of the start-up sequence failing after the server began listening) ends in one line naming the key or file, and
// exit code 1: no stack trace.
StartupOutcome? outcome = null;
try
{
    var app = FaqBotApp.Create(args);
    outcome = app.Services.GetRequiredService<StartupOutcome>();
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
    // A background step that failed while the host was still starting cancels that start: its line is the cause.
    await Console.Error.WriteLineAsync($"faqbot: cannot start: {outcome?.Failure ?? StartupFailure.Describe(ex)}");
    return 1;
}
