using System.Security.Cryptography;
using FaqBot.Core.Answering.Triage.Learning;

namespace FaqBot.Cli.Commands;

/// <summary>
/// <c>faqbot triage-train --bank FILE [--questions FILE] [--cases FILE] [--dev FILE] --out FILE</c>: fits the learned
/// triage layer on the tune halves only (of the triage bank and, as further ordinary questions, of the retrieval question
/// bank) plus the project's own regression sets (triage-cases.jsonl and the development set's triage lines, which are not
/// split) and writes the weights file. The embedding weights are fitted for the configured encoder (<c>Embeddings:Model</c>)
/// and the file records its model id. Deterministic: the same inputs and encoder give the same file.
/// </summary>
internal static class TriageTrainCommand
{
    public static int Run(CliArguments args, TextWriter output)
    {
        args.AllowOnly("--bank", "--questions", "--cases", "--dev", "--out");
        var bank = Existing(args.Get("--bank") ?? throw new CliException("triage-train needs --bank FILE", 2));
        var questions = args.Get("--questions") is { } q ? Existing(q) : null;
        var cases = args.Get("--cases") is { } c ? Existing(c) : null;
        var dev = args.Get("--dev") is { } d ? Existing(d) : null;
        var outPath = args.Get("--out") ?? throw new CliException("triage-train needs --out FILE", 2);

        List<TriageExample> examples;
        try
        {
            examples = [.. TriageBank.Read(bank).Where(e => TriageSplit.IsTune(e.Id))];
            if (questions is not null)
            {
                examples.AddRange(TriageBank.Read(questions).Where(e => TriageSplit.IsTune(e.Id)));
            }

            if (cases is not null)
            {
                examples.AddRange(TriageBank.ReadCases(cases));
            }

            if (dev is not null)
            {
                // Only the development set's triage lines: its answer/abstain questions are already in the question bank.
                examples.AddRange(TriageBank.Read(dev).Where(e => e.Kind is "crisis" or "noncrisis" or "advice").Select(e => e with { IsRegression = true }));
            }
        }
        catch (InvalidDataException ex)
        {
            throw new CliException(ex.Message, 2);
        }

        var trainedOn = string.Join("; ", new[] { bank, questions, cases, dev }.OfType<string>().Select(Describe))
            + $"; bank and question bank: tune half only; {examples.Count} messages";
        var started = System.Diagnostics.Stopwatch.StartNew();
        var encoder = TriageSetup.Encoder(args);
        // Each message as a question is encoded at answer time (EncodeQuery, with the model's query prefix if it has one).
        var embeddings = new float[examples.Count][];
        Parallel.For(0, examples.Count, i => embeddings[i] = encoder.EncodeQuery(examples[i].Text));
        var file = TriageTrainer.Train(examples, embeddings, encoder.ModelId, trainedOn, (label, choice) =>
            output.WriteLine($"  {label,-9} out of fold on the tune half: the rules miss {choice.Open}, the learned layer catches {choice.Caught} of them with {choice.Alarms} false alarms"));
        using (var stream = File.Create(outPath))
        {
            TriageModel.Save(file, stream);
        }

        output.WriteLine($"wrote {outPath}: {examples.Count} tune messages, embedding model {file.EmbeddingModel}, {started.ElapsedMilliseconds} ms");
        foreach (var (embedding, lexical) in file.Embedding.Zip(file.Lexical))
        {
            output.WriteLine($"  {embedding.Label,-9} thresholds embedding={TriageCommand.F(embedding.Threshold)} lexical={TriageCommand.F(lexical.Threshold)} lexical-features={lexical.Features.Length}");
        }

        return 0;
    }

    private static string Existing(string path) => File.Exists(path) ? path : throw new CliException($"file not found: {path}", 2);

    private static string Describe(string path) =>
        $"{Path.GetFileName(path)} sha256:{Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)))[..16]}";
}
