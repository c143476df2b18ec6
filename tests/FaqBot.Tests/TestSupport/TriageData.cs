using FaqBot.Core.Answering.Triage.Learning;

namespace FaqBot.Tests.TestSupport;

/// <summary>The labelled messages of every data file (tests/data/*.jsonl), for checks that a rule fires on no message of the wrong kind.</summary>
internal static class TriageData
{
    /// <summary>Every message of every bank (both halves), training, ordinary and question file, and the regression set.</summary>
    public static IEnumerable<TriageExample> EveryMessage() =>
        Directory.EnumerateFiles(Repo.Data(""), "*.jsonl")
            .SelectMany(path => Path.GetFileName(path) == "triage-cases.jsonl" ? TriageBank.ReadCases(path) : TriageBank.Read(path));
}
