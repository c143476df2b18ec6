using FaqBot.Core.Answering.Triage;
using FaqBot.Core.Answering.Triage.Learning;

namespace FaqBot.Cli.Commands;

/// <summary>Builds triage for the triage commands: the committed model, with the sentence encoder when there is one.</summary>
internal static class TriageSetup
{
    public static MessageTriage Create() => new(TriageModel.LoadDefault());
}
