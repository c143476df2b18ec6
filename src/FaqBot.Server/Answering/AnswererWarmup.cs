using FaqBot.Core.Answering;

namespace FaqBot.Server.Answering;

// Marks the server ready once the answering engine is loaded (the knowledge-base watcher opens it as the host
// starts, so a missing folder or a malformed synonyms line stops start-up with a message naming the setting),
// then builds the triage's faster regexes off the request path.
public sealed partial class AnswererWarmup(IServiceProvider services, ReadinessState readiness, ILogger<AnswererWarmup> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        try
        {
            services.GetRequiredService<IQuestionAnswerer>();
            readiness.MarkReady();
            LogReady(logger);

            // The triage's faster regexes take a while to build; until they exist, the interpreter answers.
            FaqBot.Core.Answering.Triage.MessageTriage.Prepare();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex);
        }
    }, stoppingToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Answering engine loaded; ready")]
    private static partial void LogReady(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Answering engine failed to load; /readyz stays 503")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
