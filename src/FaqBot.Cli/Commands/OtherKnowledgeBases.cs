using FaqBot.Core.Evaluation;
using FaqBot.Core.Search.Answerability;

namespace FaqBot.Cli.Commands;

/// <summary>
/// <c>faqbot fit --also DIR=FILE[,DIR=FILE…]</c>: other knowledge bases, each with a question bank written for it. The
/// retrieval-only decision is the one FaqBot uses where nobody labelled questions (a clinic's own documents, and
/// passages added or edited since the fit), so its threshold is chosen on such documents: the TUNE half of each bank
/// (never its test half), scored over its own knowledge base with this fit's fusion. Banks naming the same folder are
/// one knowledge base.
/// </summary>
internal static class OtherKnowledgeBases
{
    /// <summary>One other knowledge base's tune-half questions: the retrieval signals, and whether the forced answer holds the evidence.</summary>
    internal sealed record Group(List<double[]> Rows, List<FitExample> Examples);

    /// <summary>Scores each other knowledge base's tune-half questions (<paramref name="named"/>: <see cref="Parse"/>'s result).</summary>
    public static List<Group> Collect(CliArguments args, TextWriter error, LogisticModel? ranker, List<(string Folder, List<string> Banks)> named)
    {
        var groups = new List<Group>();
        foreach (var (folder, banks) in named)
        {
            using var engine = EngineLoader.Open(args, error, knowledgeBase: folder);
            var group = new Group([], []);
            foreach (var item in banks.SelectMany(BankItem.ReadAll).Where(i => i.IsTune && i.Kind is "answer" or "abstain"))
            {
                var (signals, example) = FitExample.Score(engine, item, ranker);
                group.Rows.Add(signals.Features());
                group.Examples.Add(example);
            }

            if (group.Rows.Count == 0)
            {
                throw new CliException($"--also {folder}: its banks have no tune-half answer or abstain questions", 2);
            }

            groups.Add(group);
        }

        return groups;
    }

    /// <summary>"DIR=FILE,DIR=FILE": the banks of each folder, in the order first named; checked before any fitting starts.</summary>
    /// <exception cref="CliException">A pair is malformed, or names a missing folder or file.</exception>
    public static List<(string Folder, List<string> Banks)> Parse(string? value)
    {
        var groups = new List<(string Folder, List<string> Banks)>();
        foreach (var pair in (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                throw new CliException($"--also takes FOLDER=BANK pairs separated by commas; '{pair}' is not one", 2);
            }

            if (!Directory.Exists(parts[0]) || !File.Exists(parts[1]))
            {
                throw new CliException($"--also {pair}: {(Directory.Exists(parts[0]) ? $"no bank file {parts[1]}" : $"no knowledge-base folder {parts[0]}")}", 2);
            }

            var folder = Path.GetFullPath(parts[0]);
            var index = groups.FindIndex(g => g.Folder == folder);
            if (index < 0)
            {
                groups.Add((folder, [parts[1]]));
            }
            else
            {
                groups[index].Banks.Add(parts[1]);
            }
        }

        return groups;
    }
}
