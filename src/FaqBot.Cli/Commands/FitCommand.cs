using System.Globalization;
using FaqBot.Core.Answering;
using FaqBot.Core.Evaluation;
using FaqBot.Core.Search;
using FaqBot.Core.Search.Answerability;

namespace FaqBot.Cli.Commands;

/// <summary>
/// <c>faqbot fit --set FILE [--train FILE[,FILE…]] [--out MODEL.json]</c>: fits the fusion, the scope model and the
/// answer-or-abstain model on the TUNE half of a question bank only (tests/data/README.md) plus, with --train, separate
/// training questions, for the configured retrieval (with the configured embedding model, or keyword search alone),
/// chooses the threshold on 5-fold cross-validated probabilities of the tune half, and writes it into the model file
/// (default: the one built into FaqBot), keeping the models of other configurations.
/// </summary>
internal static class FitCommand
{
    public const string DefaultModelPath = "src/FaqBot.Core/Search/Answerability/answerability-model.json";

    private const int Folds = 5;

    public static int Run(CliArguments args, TextWriter output, TextWriter error)
    {
        args.AllowOnly("--set", "--train", "--also", "--out", "--no-embeddings", "--diagnose", "--dump", "--quoting-target");
        var path = args.Get("--set") ?? throw new CliException("fit needs --set FILE (the question bank)", 2);
        var outPath = args.Get("--out") ?? DefaultModelPath;
        var tune = BankItem.ReadAll(path).Where(i => i.IsTune && i.Kind is "answer" or "abstain").ToList();
        var (train, trainAuthors) = ReadTraining(args.Get("--train"), tune);
        var otherBanks = OtherKnowledgeBases.Parse(args.Get("--also"));
        using var engine = EngineLoader.Open(args, error);
        if (args.Get("--dump") is { } dumpPath)
        {
            FitDump.Write(engine, tune, dumpPath);
            output.WriteLine($"wrote {dumpPath}");
            return 0;
        }

        List<BankItem> items = [.. tune, .. train];
        List<int> authors = [.. tune.Select(_ => 0), .. trainAuthors];
        var labelled = engine.Encoder is null ? null : LabelledFit.Of(engine, items, authors, Folds);
        var rankers = labelled is null ? null : RankerFit.Fit(engine, items, labelled.Vectors, labelled.OtherAuthors);
        if (args.Has("--diagnose"))
        {
            RankDiagnostics.Write(engine, tune, output, null);
            RankDiagnostics.Write(engine, tune, output, rankers?.Plain);
        }

        var others = rankers is null ? [] : OtherKnowledgeBases.Collect(args, error, rankers.Plain, otherBanks);
        var (decision, crossValidated, examples) = FitDecision(engine, items, labelled, rankers, tune.Count, others, args.GetDouble("--quoting-target", ThresholdChooser.DefaultQuotingTarget));
        var key = Save(outPath, engine, decision, (path, args.Get("--train"), train.Count), others);
        output.WriteLine($"fitted on {tune.Count} tune-half questions and {train.Count} training questions ({examples.Count(e => e.Correct)} tune answerable and correctly quoted when answered)");
        output.WriteLine($"retrieval: {key ?? "keyword only"}; weights: " + string.Join(" ", FeatureNames(decision).Zip(decision.Model.Weights, (n, w) => $"{n}={w.ToString("F3", CultureInfo.InvariantCulture)}")));
        output.WriteLine($"answer_above={decision.AnswerAbove.ToString("F3", CultureInfo.InvariantCulture)} (policy: the most answerable questions answered correctly while keeping the quoting target of quoting replies correct and {ThresholdChooser.AbstainTarget.ToString("F2", CultureInfo.InvariantCulture)} of not-covered questions abstained; cross-validated on the tune half: {decision.TuneFigures})");
        if (decision.WithoutScope is { } fallback && decision.Scope is not null)
        {
            output.WriteLine($"without scope (used on other knowledge bases): answer_above={fallback.AnswerAbove.ToString("F3", CultureInfo.InvariantCulture)} ({fallback.TuneFigures})");
            for (var k = 0; k < others.Count; k++)
            {
                output.WriteLine($"the trade-off without scope on other knowledge base {k + 1}'s tune half (--also, in the order given):");
                foreach (var line in ThresholdChooser.Table([.. others[k].Rows.Select(fallback.Model.Predict)], others[k].Examples))
                {
                    output.WriteLine(line);
                }
            }
        }

        output.WriteLine("the trade-off (cross-validated on the tune half):");
        foreach (var line in ThresholdChooser.Table(crossValidated, examples))
        {
            output.WriteLine(line);
        }

        output.WriteLine($"wrote {outPath}; rebuild FaqBot to use it as the built-in model, or set Search:AnswerabilityModelPath");
        return 0;
    }

    // Training questions (written apart from the bank, never scored) join the tune half in every fit; only the tune
    // half's cross-validated predictions choose the threshold and are reported. --train takes one file or a
    // comma-separated list of them; each file is one author's, numbered from 1 (the bank's tune half is author 0:
    // LabelledFit says why authors matter).
    private static (List<BankItem> Train, List<int> Authors) ReadTraining(string? files, List<BankItem> tune)
    {
        var byFile = (files ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(f => BankItem.ReadAll(f).Where(i => i.Kind is "answer" or "abstain").ToList()).ToList();
        var train = byFile.SelectMany(f => f).ToList();
        if (train.Any(t => tune.Exists(i => i.Id == t.Id)))
        {
            throw new CliException("--train shares question ids with the bank; training questions must be separate", 2);
        }

        if (train.GroupBy(t => t.Id).FirstOrDefault(g => g.Count() > 1) is { } repeated)
        {
            throw new CliException($"the training files repeat the question id {repeated.Key}", 2);
        }

        return (train, [.. byFile.SelectMany((f, k) => f.Select(_ => k + 1))]);
    }

    // The decision fitted on all items; its threshold chosen on the cross-validated probabilities of the first
    // tuneCount items (the tune half), which are returned with their examples. With embeddings, the decision ranks with
    // the labelled questions (each item with the other authors') and reads the scope features; beside it, the same fit without
    // either, ranked by the plain fusion, for knowledge bases other than this one (its threshold chosen on them: RetrievalOnly).
    private static (FittedDecision Decision, List<double> TuneProbabilities, List<FitExample> TuneExamples) FitDecision(
        FaqEngine engine, List<BankItem> items, LabelledFit? labelled, RankerFit.Fits? rankers, int tuneCount, List<OtherKnowledgeBases.Group> others,
        double quotingTarget)
    {
        var (plainSignals, plainExamples) = Score(engine, items, rankers?.Plain, _ => null);
        var plainTune = plainExamples.Take(tuneCount).ToList();
        var plain = Fit([.. plainSignals.Select(s => s.Features())], Labels(plainExamples), plainTune, quotingTarget);
        if (labelled is null || rankers is null)
        {
            return (new FittedDecision(plain.Model, plain.Threshold, plain.Figures), plain.TuneProbabilities, plainTune);
        }

        var withoutScope = RetrievalOnly(plain, plainTune, others, rankers.Plain, quotingTarget);
        var (signals, examples) = Score(engine, items, rankers.Labelled, labelled.OtherAuthors.Without);
        var tuneExamples = examples.Take(tuneCount).ToList();
        var scopeFeatures = labelled.Folds.Features(labelled.Vectors);
        var scoped = Fit([.. signals.Select((s, i) => FittedDecision.Features(s, scopeFeatures[i]))], Labels(examples), tuneExamples, quotingTarget);
        return (new FittedDecision(scoped.Model, scoped.Threshold, scoped.Figures, rankers.Labelled, labelled.All, withoutScope), scoped.TuneProbabilities, tuneExamples);
    }

    private static (List<AnswerabilitySignals> Signals, List<FitExample> Examples) Score(
        FaqEngine engine, List<BankItem> items, LogisticModel? ranker, Func<int, ScopeModel?> labelledFor)
    {
        var signals = new List<AnswerabilitySignals>();
        var examples = new List<FitExample>();
        for (var i = 0; i < items.Count; i++)
        {
            var (itemSignals, example) = FitExample.Score(engine, items[i], ranker, labelledFor(i));
            signals.Add(itemSignals);
            examples.Add(example);
        }

        return (signals, examples);
    }

    private static List<int> Labels(List<FitExample> examples) => [.. examples.Select(e => e.Correct ? 1 : 0)];

    private static (LogisticModel Model, double Threshold, string Figures, List<double> TuneProbabilities) Fit(
        List<double[]> rows, List<int> labels, List<FitExample> tuneExamples, double quotingTarget)
    {
        var model = LogisticRegression.Fit(rows, labels);
        var crossValidated = ThresholdChooser.CrossValidatedProbabilities(rows, labels, Folds).Take(tuneExamples.Count).ToList();
        var (threshold, figures) = ThresholdChooser.Choose(crossValidated, tuneExamples, quotingTarget);
        return (model, threshold, figures, crossValidated);
    }

    // The decision without scope, for documents nobody labelled questions for. Its threshold is chosen on other
    // knowledge bases' tune halves when given (--also): here the scope model decides, and without it this knowledge
    // base's near-topic questions (cost, number of sessions) look answerable, so a threshold chosen here refuses most
    // answerable questions about other documents (the handbook's second bank: 3 of 20 tune questions answered).
    // The model itself stays fitted here, on 1,740 questions; only where to cut its probability moves.
    private static FittedDecision RetrievalOnly(
        (LogisticModel Model, double Threshold, string Figures, List<double> TuneProbabilities) plain, List<FitExample> tuneExamples,
        List<OtherKnowledgeBases.Group> others, LogisticModel? ranker, double quotingTarget)
    {
        if (others.Count == 0)
        {
            return new FittedDecision(plain.Model, plain.Threshold, plain.Figures, ranker);
        }

        var groups = others.Select(o => ((IReadOnlyList<double>)[.. o.Rows.Select(plain.Model.Predict)], (IReadOnlyList<FitExample>)o.Examples)).ToList();
        var (threshold, figures) = ThresholdChooser.ChooseAcross(groups, quotingTarget);
        var here = ThresholdChooser.FiguresAt(plain.TuneProbabilities, tuneExamples, threshold);
        return new FittedDecision(plain.Model, threshold, $"{figures} (other knowledge bases' tune halves); here, cross-validated: {here}", ranker);
    }

    private static IEnumerable<string> FeatureNames(FittedDecision decision) =>
        decision.Scope is null ? AnswerabilitySignals.FeatureNames : [.. AnswerabilitySignals.FeatureNames, .. ScopeModel.FeatureNames];

    // Writes the decision into the model file under its retrieval's key, keeping the others; returns the key.
    // The description names the inputs as given (the bank, the training files), so it stays true when files are added.
    private static string? Save(string outPath, FaqEngine engine, FittedDecision decision, (string Set, string? Train, int Count) inputs, List<OtherKnowledgeBases.Group> others)
    {
        var file = File.Exists(outPath) ? AnswerabilityModel.Load(outPath) : new AnswerabilityModel();
        file.Features = [.. AnswerabilitySignals.FeatureNames, .. ScopeModel.FeatureNames];
        file.Description = $"Answer-or-abstain models fitted by `faqbot fit --set {inputs.Set}{(inputs.Train is { } train ? " --train " + train : "")}` " +
            "on the bank's tune half (SHA-256 of the id, first byte < 128) and the separate training questions, never the test half; the scope " +
            "features (the last three) only with embeddings; threshold chosen on 5-fold cross-validated probabilities of the tune half." +
            (inputs.Count == 0 ? " This fit used no training questions." : "") +
            (others.Count == 0 ? "" : $" The retrieval-only decisions' thresholds were chosen on the tune halves of {others.Count} other knowledge base(s) (--also, tests/data/handbook/README.md).");
        var key = engine.Encoder?.ModelId;
        if (key is null)
        {
            file.KeywordOnly = decision;
        }
        else
        {
            file.WithVectors[key] = decision;
        }

        file.Save(outPath);
        return key;
    }
}
