using FaqBot.Core.Answering.Triage.Learning;

namespace FaqBot.Cli.Commands;

/// <summary>
/// <c>faqbot triage-eval --bank FILE [--half tune|test|both] [--model WEIGHTS] [-v]</c> (also <c>faqbot eval --set</c>
/// on a triage bank): right/total per kind and per category for each half of the fixed split; <c>-v</c> lists the
/// misses; <c>--model</c> scores with a weights file from triage-train instead of the shipped one.
/// </summary>
internal static class TriageEvalCommand
{
    public static int Run(CliArguments args, TextWriter output, string? bankOption = "--bank")
    {
        args.AllowOnly("--bank", "--set", "--half", "--model", "-v", "--verbose");
        var path = args.Get(bankOption ?? "--bank") ?? throw new CliException("triage-eval needs --bank FILE", 2);
        if (!File.Exists(path))
        {
            throw new CliException($"triage bank not found: {path}", 2);
        }

        var half = args.Get("--half") ?? "both";
        if (half is not ("tune" or "test" or "both"))
        {
            throw new CliException("--half must be tune, test or both", 2);
        }

        var examples = ReadBank(path);
        var triage = TriageSetup.Create(args);
        foreach (var name in half == "both" ? ["tune", "test"] : new[] { half })
        {
            var evaluation = new TriageEvaluation();
            foreach (var example in examples.Where(e => TriageSplit.IsTune(e.Id) == (name == "tune")))
            {
                evaluation.Add(example, triage.Classify(example.Text));
            }

            Write(output, name, evaluation, args.Has("-v") || args.Has("--verbose"));
        }

        return 0;
    }

    private static List<TriageExample> ReadBank(string path)
    {
        try
        {
            return TriageBank.Read(path);
        }
        catch (InvalidDataException ex)
        {
            throw new CliException(ex.Message, 2);
        }
    }

    internal static void Write(TextWriter output, string half, TriageEvaluation evaluation, bool verbose)
    {
        foreach (var (kind, tally) in evaluation.ByKind)
        {
            output.WriteLine($"{half} {kind,-10} {tally.Right,4}/{tally.Total,-4} {TriageCommand.F(tally.Rate)}{OtherCard(kind, tally)}");
        }

        foreach (var (category, tally) in evaluation.ByCategory)
        {
            output.WriteLine($"{half}   {category,-34} {tally.Right,4}/{tally.Total,-4} {TriageCommand.F(tally.Rate)}{OtherCard(category, tally)}");
        }

        if (verbose)
        {
            foreach (var (example, result) in evaluation.Misses)
            {
                var watch = result.CrisisWatch ? " +crisis watch band" : "";
                output.WriteLine($"MISS {half} {example.Id} [{example.Kind}/{example.Category} → {result.Kind} {result.Rule}{watch}] {example.Text}");
            }
        }
    }

    private static string OtherCard(string kind, TriageEvaluation.Tally tally) =>
        (tally.OtherCard > 0 ? $"  ({tally.OtherCard} given the {(kind.StartsWith("crisis", StringComparison.Ordinal) ? "emergency" : "crisis")} card)" : "")
        + (tally.Watched > 0 ? $"  ({tally.Watched} in the crisis watch band)" : "");
}
