using FaqBot.Core.Answering;

namespace FaqBot.Cli.Commands;

/// <summary>Opens the engine for a command, with warnings on stderr.</summary>
internal static class EngineLoader
{
    public static FaqEngine Open(CliArguments args, TextWriter error, bool forceRebuild = false)
    {
        var settings = CliSettings.Load(args);
        return FaqEngine.Open(settings, forceRebuild, progress: null, warn: message => error.WriteLine($"warning: {message}"), triage: TriageSetup.Create(args));
    }
}
