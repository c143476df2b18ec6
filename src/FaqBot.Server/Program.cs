using FaqBot.Server;
using FaqBot.Server.BotFramework;
using FaqBot.Storage;

WebApplication app;
try
{
    app = FaqBotApp.Create(args);
}
catch (Exception ex) when (ex is StorageUnavailableException or StorageConfigurationException or BotFrameworkConfigurationException or FileNotFoundException
    or FaqBot.Core.Answering.Triage.TriageModelMismatchException)
{
    // A wrong or unreachable database, unsafe Teams settings, a missing embedding model file or triage weights fitted
    // for another model are configuration or installation matters: one clear line, no stack trace.
    await Console.Error.WriteLineAsync($"faqbot: cannot start: {ex.Message}");
    return 1;
}

await app.RunAsync();
return 0;
