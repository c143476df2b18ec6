using FaqBot.Core.Answering.Triage.Learning;

namespace FaqBot.Cli.Commands;

/// <summary>
/// <c>faqbot triage-train --bank FILE [--questions FILE] [--cases FILE] [--dev FILE] [--train FILE] [--question-train FILE] --out FILE</c>: fits
/// the learned triage layer on the tune halves only plus the files used whole (<see cref="TriageTrainingSet"/>) and
/// writes the weights file. The embedding weights are fitted for the configured encoder (<c>Embeddings:Model</c>; the
/// shipped files are named <c>triage-model.&lt;Model&gt;.json</c>) and the file records its model id. Deterministic:
/// the same inputs and encoder give the same file.
/// </summary>
internal static class TriageTrainCommand
{
    public static int Run(CliArguments args, TextWriter output)
    {
        args.AllowOnly([.. TriageTrainingSet.Options, "--out"]);
        var outPath = args.Get("--out") ?? throw new CliException("triage-train needs --out FILE", 2);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var set = TriageTrainingSet.Load(args, "triage-train");
        var file = TriageTrainer.Train(set.Examples, set.Embeddings, set.ModelId, set.TrainedOn, (label, choice) =>
            output.WriteLine($"  {label,-9} out of fold: the learned layer alone catches {choice.Caught} of {choice.Open} with {choice.Alarms} false alarms, the rules' included"),
            watch => output.WriteLine($"  crisis watch band out of fold: {watch.Caught} of {watch.Open} with {watch.Alarms} false alarms, the rules' included"));
        using (var stream = File.Create(outPath))
        {
            TriageModel.Save(file, stream);
        }

        output.WriteLine($"wrote {outPath}: {set.Examples.Count} messages, embedding model {file.EmbeddingModel}, {started.ElapsedMilliseconds} ms");
        for (var i = 0; i < file.Embedding.Count; i++)
        {
            var (embedding, lexical) = (file.Embedding[i], file.Lexical[i]);
            var joint = file.Joint is { } joints ? $" joint={TriageCommand.F(joints[i].Threshold)}" : "";
            output.WriteLine($"  {embedding.Label,-9} thresholds embedding={TriageCommand.F(embedding.Threshold)} lexical={TriageCommand.F(lexical.Threshold)}{joint} lexical-features={lexical.Features.Length}");
        }

        if (file.CrisisWatch is { } band)
        {
            output.WriteLine($"  crisis watch band from {TriageCommand.Band(band)}");
        }

        return 0;
    }
}
