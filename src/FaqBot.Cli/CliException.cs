namespace FaqBot.Cli;

/// <summary>An error the user can fix; printed to stderr without a stack trace.</summary>
internal sealed class CliException(string message, int exitCode = 1) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
