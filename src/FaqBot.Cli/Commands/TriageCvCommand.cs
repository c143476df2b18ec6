using FaqBot.Core.Answering.Triage.Learning;

namespace FaqBot.Cli.Commands;

/// <summary>
/// <c>faqbot triage-cv --bank FILE [--questions FILE] [--cases FILE] [--dev FILE] [--train FILE] [-v]</c>: five-fold
/// cross-validation of the whole triage on the bank's tune half (<see cref="TriageCrossValidation"/>), per kind and
/// per category, with the configured encoder; <c>-v</c> lists the tune-half misses. Never reads the test half.
/// </summary>
internal static class TriageCvCommand
{
    public static int Run(CliArguments args, TextWriter output)
    {
        args.AllowOnly([.. TriageTrainingSet.Options, "-v", "--verbose"]);
        var set = TriageTrainingSet.Load(args, "triage-cv");
        var bank = set.Examples.Take(set.BankCount).ToHashSet();
        var (whole, learned) = TriageCrossValidation.Run(set.Examples, set.Embeddings, set.ModelId, bank.Contains);
        output.WriteLine($"cross-validated on the tune half ({TriageCrossValidation.Folds} folds), embedding model {set.ModelId}");
        TriageEvalCommand.Write(output, "cv", whole, args.Has("-v") || args.Has("--verbose"));
        output.WriteLine("the learned layer alone (rules off):");
        TriageEvalCommand.Write(output, "cv-learned", learned, verbose: false);
        return 0;
    }
}
