using FaqBot.Core.Evaluation;
using FaqBot.Core.Rendering;

namespace FaqBot.Cli.Commands;

/// <summary>
/// <c>faqbot eval --set FILE [-v] [--no-gate]</c>: scores the answers to a question bank, for the tune half, the test half
/// (tests/data/README.md: the split rule) and all of it; the last line is the summary of all of it. <c>--no-gate</c>
/// scores the quotes FaqBot would give if it always answered: ranking quality apart from the answer-or-abstain decision
/// (no triage; every not-covered question then counts as quoted).
/// </summary>
internal static class EvalCommand
{
    private const int K = 3;

    public static int Run(CliArguments args, TextWriter output, TextWriter error)
    {
        var path = args.Get("--set") ?? throw new CliException("eval needs --set FILE (JSON lines with id, kind, q, evidence)", 2);
        if (!File.Exists(path))
        {
            throw new CliException($"question set not found: {path}", 2);
        }

        if (Core.Answering.Triage.Learning.TriageBank.IsTriageBank(path))
        {
            return TriageEvalCommand.Run(args, output, "--set");
        }

        args.AllowOnly("--set", "-v", "--verbose", "--no-gate");
        List<BankItem> items;
        try
        {
            items = BankItem.ReadAll(path);
        }
        catch (FormatException ex)
        {
            throw new CliException(ex.Message);
        }

        var verbose = args.Has("-v") || args.Has("--verbose");
        var noGate = args.Has("--no-gate");
        using var engine = EngineLoader.Open(args, error);
        var halves = new Dictionary<string, EvalTally> { ["tune"] = new(K), ["test"] = new(K) };
        var all = new EvalTally(K);
        foreach (var item in items)
        {
            var answer = noGate && item.Kind is "answer" or "abstain" ? engine.Answerer.AnswerRegardless(item.Question).Answer : engine.Ask(item.Question);
            all.Add(item.Kind, answer, item.Evidence);
            var ok = halves[BankSplit.HalfOf(item.Id)].Add(item.Kind, answer, item.Evidence);
            if (verbose && !ok)
            {
                output.WriteLine($"MISS {item.Id} ({BankSplit.HalfOf(item.Id)}) [{item.Kind} → {JsonAnswerRenderer.KindName(answer.Kind)}] {item.Question}");
                foreach (var quote in answer.Quotes.Take(K))
                {
                    output.WriteLine($"     {Shorten(quote.Text)}");
                }
            }
        }

        foreach (var (name, tally) in halves)
        {
            output.WriteLine($"== {name} half{(noGate ? " (no gate: ranking alone)" : "")} ==");
            tally.Write(output);
        }

        output.WriteLine("== all ==");
        all.Write(output);
        return 0;
    }

    private static string Shorten(string text) => text.Length <= 110 ? text.Replace('\n', ' ') : text[..110].Replace('\n', ' ') + "…";
}
