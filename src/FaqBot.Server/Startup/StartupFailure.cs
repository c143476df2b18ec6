using FaqBot.Server.BotFramework;
using FaqBot.Storage;
using Microsoft.Extensions.Options;

namespace FaqBot.Server.Startup;

// Turns a configuration or start-up failure into the one line the operator reads ("faqbot: cannot start: …"):
// the messages name the key or file; a stack trace would only bury them.
public static class StartupFailure
{
    private const string StepKey = "FaqBot.StartupStep";

    public static void RecordStep(Exception exception, string step)
    {
        ArgumentNullException.ThrowIfNull(exception);
        exception.Data[StepKey] = step;
    }

    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var step = exception.Data[StepKey] is string name ? name + ": " : "";
        var text = step + exception switch
        {
            AggregateException aggregate => string.Join(" ", aggregate.InnerExceptions.Select(Describe)),
            OptionsValidationException options => string.Join(" ", options.Failures),
            StorageUnavailableException or StorageConfigurationException or BotFrameworkConfigurationException
                or FaqBot.Core.Answering.Triage.TriageModelMismatchException or IOException or UnauthorizedAccessException => exception.Message,
            _ => $"{exception.GetType().Name}: {exception.Message}",
        };
        return string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}

// Set when the part of the sequence that runs after the server started listening fails: the host is stopped and
// Program exits non-zero with this line.
public sealed class StartupOutcome
{
    public string? Failure { get; private set; }

    internal void Failed(string failure) => Failure ??= failure;
}
