using FaqBot.Core.Answering.Triage;

namespace FaqBot.Cli.Commands;

/// <summary>
/// Builds triage for the commands: the shipped weights for the process's one sentence encoder (the instance retrieval
/// uses, <see cref="EngineLoader.TriageEncoder"/>); an encoder without shipped weights is a clear error.
/// </summary>
internal static class TriageSetup
{
    public static MessageTriage Create(CliArguments args)
    {
        try
        {
            return MessageTriage.For(EngineLoader.TriageEncoder(args));
        }
        catch (TriageModelMismatchException ex)
        {
            throw new CliException(ex.Message, 1);
        }
    }
}
