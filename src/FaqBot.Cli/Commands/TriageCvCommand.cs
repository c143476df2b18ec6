using FaqBot.Core.Answering.Triage.Learning;

namespace FaqBot.Cli.Commands;

/// <summary>
/// <c>faqbot triage-cv --bank FILE[,FILE] [--questions FILE] [--cases FILE] [--dev FILE] [--train FILE] [-v]</c>:
/// cross-validation of the whole triage on the banks' tune halves, one bank (one author) left out at a time, or five
/// folds by id for a single bank (<see cref="TriageCrossValidation"/>), per kind and per category, with the configured
/// encoder; <c>-v</c> lists the tune-half misses. Never reads the test half.
/// </summary>
internal static class TriageCvCommand
{
    public static int Run(CliArguments args, TextWriter output)
    {
        args.AllowOnly([.. TriageTrainingSet.Options, "-v", "--verbose"]);
        var set = TriageTrainingSet.Load(args, "triage-cv");
        var bank = set.Examples.Take(set.BankCount).ToHashSet();
        var (whole, learned) = TriageCrossValidation.Run(set.Examples, set.Embeddings, set.ModelId, bank.Contains);
        var authors = bank.Select(e => e.Author).Distinct().Count();
        var folds = authors > 1 ? $"one bank's author left out at a time, {authors} folds" : $"{TriageCrossValidation.Folds} folds by id";
        output.WriteLine($"cross-validated on the tune half ({folds}), embedding model {set.ModelId}");
        TriageEvalCommand.Write(output, "cv", whole, args.Has("-v") || args.Has("--verbose"));
        output.WriteLine("the learned layer alone (rules off):");
        TriageEvalCommand.Write(output, "cv-learned", learned, verbose: false);
        return 0;
    }
}
