using System.Globalization;
using FaqBot.Core.Answering;
using FaqBot.Core.Evaluation;
using FaqBot.Core.Search.Answerability;

namespace FaqBot.Cli.Commands;

/// <summary>
/// <c>faqbot fit --set FILE [--out MODEL.json]</c>: fits the answer-or-abstain model on the TUNE half of a question bank
/// only (tests/data/README.md), for the configured retrieval (with the configured embedding model, or keyword search
/// alone), chooses its threshold on 5-fold cross-validated probabilities, and writes it into the model file (default:
/// the one built into FaqBot), keeping the models of other configurations.
/// </summary>
internal static class FitCommand
{
    public const string DefaultModelPath = "src/FaqBot.Core/Search/Answerability/answerability-model.json";

    private const int Folds = 5;

    public static int Run(CliArguments args, TextWriter output, TextWriter error)
    {
        args.AllowOnly("--set", "--out", "--no-embeddings", "--diagnose", "--dump", "--quoting-target");
        var path = args.Get("--set") ?? throw new CliException("fit needs --set FILE (the question bank)", 2);
        var outPath = args.Get("--out") ?? DefaultModelPath;
        var items = BankItem.ReadAll(path).Where(i => i.IsTune && i.Kind is "answer" or "abstain").ToList();
        using var engine = EngineLoader.Open(args, error);
        if (args.Get("--dump") is { } dumpPath)
        {
            FitDump.Write(engine, items, dumpPath);
            output.WriteLine($"wrote {dumpPath}");
            return 0;
        }

        var ranker = engine.Encoder is null ? null : RankerFit.Fit(engine, items);
        if (args.Has("--diagnose"))
        {
            RankDiagnostics.Write(engine, items, output, null);
            RankDiagnostics.Write(engine, items, output, ranker);
        }

        var signals = new List<Core.Search.AnswerabilitySignals>();
        var examples = new List<FitExample>();
        foreach (var item in items)
        {
            var (answer, itemSignals) = engine.Answerer.AnswerRegardless(item.Question, ranker);
            signals.Add(itemSignals ?? throw new CliException("fit needs fused retrieval; the engine returned no signals", 1));
            var tally = new EvalTally();
            var correct = item.Kind == "answer" && tally.Add("answer", answer, item.Evidence) && answer.Quotes.Count > 0;
            examples.Add(new FitExample(item.Kind == "answer", correct));
        }

        var vectors = engine.Encoder is null ? null : items.Select(i => engine.Encoder.EncodeQuery(i.Question)).ToList();
        var scopeFeatures = vectors is null ? null : ScopeFit.OutOfFold(vectors, examples, Folds);
        var rows = signals.Select((s, i) => FittedDecision.Features(s, scopeFeatures?[i])).ToList();
        var labels = examples.Select(e => e.Correct ? 1 : 0).ToList();
        var model = LogisticRegression.Fit(rows, labels);
        var crossValidated = ThresholdChooser.CrossValidatedProbabilities(rows, labels, Folds);
        var quotingTarget = args.GetDouble("--quoting-target", ThresholdChooser.DefaultQuotingTarget);
        var (threshold, figures) = ThresholdChooser.Choose(crossValidated, examples, quotingTarget);
        var scope = vectors is null ? null : ScopeModel.Fit([.. vectors.Zip(examples, (v, e) => (v, e.Answerable))]);
        var decision = new FittedDecision(model, threshold, figures, ranker, scope);

        var file = File.Exists(outPath) ? AnswerabilityModel.Load(outPath) : new AnswerabilityModel();
        file.Features = [.. Core.Search.AnswerabilitySignals.FeatureNames, .. ScopeModel.FeatureNames];
        file.Description = "Answer-or-abstain models fitted by `faqbot fit --set tests/data/questions.jsonl` on the tune half only " +
            "(SHA-256 of the id, first byte < 128); threshold chosen on 5-fold cross-validated probabilities of the tune half.";
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
        output.WriteLine($"fitted on {items.Count} tune-half questions ({labels.Sum()} answerable and correctly quoted when answered)");
        output.WriteLine($"retrieval: {key ?? "keyword only"}; weights: " + string.Join(" ", file.Features.Zip(model.Weights, (n, w) => $"{n}={w.ToString("F3", CultureInfo.InvariantCulture)}")));
        output.WriteLine($"answer_above={threshold.ToString("F3", CultureInfo.InvariantCulture)} (policy: the most answerable questions answered correctly with at least {quotingTarget.ToString("F2", CultureInfo.InvariantCulture)} of quoting replies correct and {ThresholdChooser.AbstainTarget.ToString("F2", CultureInfo.InvariantCulture)} of not-covered questions abstained; cross-validated on the tune half: {figures})");
        output.WriteLine("the trade-off (cross-validated on the tune half):");
        foreach (var line in ThresholdChooser.Table(crossValidated, examples))
        {
            output.WriteLine(line);
        }

        output.WriteLine($"wrote {outPath}; rebuild FaqBot to use it as the built-in model, or set Search:AnswerabilityModelPath");
        return 0;
    }
}
