using FaqBot.Server;
using FaqBot.Storage;

WebApplication app;
try
{
    app = FaqBotApp.Create(args);
}
catch (Exception ex) when (ex is StorageUnavailableException or StorageConfigurationException)
{
    // A wrong or unreachable database is a configuration matter: one clear line, no stack trace.
    await Console.Error.WriteLineAsync($"faqbot: cannot start: {ex.Message}");
    return 1;
}

await app.RunAsync();
return 0;
