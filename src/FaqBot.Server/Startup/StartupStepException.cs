namespace FaqBot.Server.Startup;

// A start-up step failed; the step's name leads the one line printed for it.
public sealed class StartupStepException(string step, Exception innerException)
    : Exception($"{step}: {innerException?.Message}", innerException)
{
    public string Step { get; } = step;
}
