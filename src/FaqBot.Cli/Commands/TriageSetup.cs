using FaqBot.Core.Answering.Triage;
using FaqBot.Core.Answering.Triage.Learning;

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
            return args.Get("--model") is { } path
                ? new MessageTriage(LoadModel(path), EngineLoader.TriageEncoder(args))
                : MessageTriage.For(EngineLoader.TriageEncoder(args));
        }
        catch (TriageModelMismatchException ex)
        {
            throw new CliException(ex.Message, 1);
        }
    }

    // A weights file written by triage-train, e.g. one fitted on two banks to score the third (a cross-author check).
    private static TriageModel LoadModel(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"triage weights file not found: {path}", 2);
        }

        try
        {
            using var stream = File.OpenRead(path);
            return TriageModel.Load(stream);
        }
        catch (InvalidDataException ex)
        {
            throw new CliException($"{path}: {ex.Message}", 2);
        }
    }
}
