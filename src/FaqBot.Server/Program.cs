using FaqBot.Server;
using FaqBot.Server.BotFramework;
using FaqBot.Storage;

WebApplication app;
try
{
    app = FaqBotApp.Create(args);
}
catch (Exception ex) when (ex is StorageUnavailableException or StorageConfigurationException or BotFrameworkConfigurationException)
{
    // A wrong or unreachable database, or unsafe Teams settings, are configuration matters: one clear line, no stack trace.
    await Console.Error.WriteLineAsync($"faqbot: cannot start: {ex.Message}");
    return 1;
}

await app.RunAsync();
return 0;
