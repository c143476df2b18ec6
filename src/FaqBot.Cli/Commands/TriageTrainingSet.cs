using System.Security.Cryptography;
using FaqBot.Core.Answering.Triage.Learning;
using FaqBot.Core.Semantics;

namespace FaqBot.Cli.Commands;

/// <summary>
/// The messages <c>triage-train</c> and <c>triage-cv</c> learn from: the tune halves of the triage banks and of the
/// retrieval question bank (split by id; the test halves are never read into it), plus files used whole: the regression
/// table (<c>--cases</c>), the development set's triage lines (<c>--dev</c>), extra training messages written apart
/// from the bank (<c>--train FILE[,FILE]</c>, the bank's JSON-lines form) and the retrieval training questions, for the
/// advice class only (<c>--question-train FILE[,FILE]</c>), each encoded once by the process's sentence encoder.
/// </summary>
/// <remarks>The first <c>BankCount</c> examples are the triage banks' tune halves, in file order.</remarks>
internal sealed record TriageTrainingSet(List<TriageExample> Examples, float[][] Embeddings, string ModelId, string TrainedOn, int BankCount)
{
    public static readonly string[] Options = ["--bank", "--questions", "--cases", "--dev", "--train", "--question-train", "--ordinary", "--language-train"];

    public static TriageTrainingSet Load(CliArguments args, string command)
    {
        // One bank or several, comma-separated (tests/data/triage-bank.jsonl and triage-bank-2.jsonl, written by two
        // authors): each contributes its tune half, and every one of those messages is scored by triage-cv.
        var banks = Files(args, "--bank") is { Count: > 0 } given ? given : throw new CliException($"{command} needs --bank FILE[,FILE]", 2);
        string?[] whole = [Optional(args, "--questions"), Optional(args, "--cases"), Optional(args, "--dev")];

        // Extra training files (never scored), one or several, comma-separated: triage-train.jsonl, triage-train-2.jsonl.
        var trainFiles = Files(args, "--train");

        // The retrieval training questions (questions-train*.jsonl: answer / abstain, written by other authors), used
        // whole as ordinary questions: they teach the advice classifiers how patients ask about the treatment, and the
        // crisis network that such questions are not despair (TriageExample.IsRetrievalTrainingQuestion).
        var questionTrainFiles = Files(args, "--question-train");

        // Ordinary clinic messages (triage-ordinary*.jsonl), used whole: they train the embedding classifiers and choose
        // no threshold (TriageExample.TrainsOnly).
        var ordinaryFiles = Files(args, "--ordinary");

        // Training messages in another language (triage-train-es.jsonl), used whole: they train every classifier and
        // choose no threshold (TriageExample.OtherLanguage).
        var languageFiles = Files(args, "--language-train");
        List<TriageExample> examples;
        int bankCount;
        try
        {
            examples = [.. banks.SelectMany(bank => TriageBank.Read(bank).Where(e => TriageSplit.IsTune(e.Id)).Select(e => e with { Author = Path.GetFileName(bank) }))];
            bankCount = examples.Count;
            if (whole[0] is { } questions)
            {
                examples.AddRange(TriageBank.Read(questions).Where(e => TriageSplit.IsTune(e.Id)).Select(e => e with { IsRetrievalQuestion = true, Author = Path.GetFileName(questions) }));
            }

            if (whole[1] is { } cases)
            {
                examples.AddRange(TriageBank.ReadCases(cases).Select(e => e with { Author = Path.GetFileName(cases) }));
            }

            if (whole[2] is { } dev)
            {
                // Only the development set's triage lines: its answer/abstain questions are already in the question bank.
                examples.AddRange(TriageBank.Read(dev).Where(e => e.Kind is "crisis" or "noncrisis" or "advice").Select(e => e with { IsRegression = true, Author = Path.GetFileName(dev) }));
            }

            examples.AddRange(TrainingFiles(trainFiles, questionTrainFiles, ordinaryFiles, languageFiles));
        }
        catch (InvalidDataException ex)
        {
            throw new CliException(ex.Message, 2);
        }

        string?[] inputs = [.. banks, .. whole, .. trainFiles, .. questionTrainFiles, .. ordinaryFiles, .. languageFiles];
        var trainedOn = string.Join("; ", inputs.OfType<string>().Select(Describe))
            + $"; bank and question bank: tune half only; {examples.Count} messages";
        var encoder = EngineLoader.TriageEncoder(args);
        return new TriageTrainingSet(examples, Encode(encoder, examples), encoder.ModelId, trainedOn, bankCount);
    }

    // The files used whole and never scored, in this order: --train, --question-train, --ordinary, --language-train.
    private static IEnumerable<TriageExample> TrainingFiles(List<string> trainFiles, List<string> questionTrainFiles, List<string> ordinaryFiles, List<string> languageFiles) =>
        trainFiles.SelectMany(f => TriageBank.Read(f).Select(e => e with { Id = "train:" + e.Id, IsRegression = true, Author = Path.GetFileName(f) }))
            .Concat(questionTrainFiles.SelectMany(f => TriageBank.Read(f).Select(e => e with
            {
                Id = "question-train:" + e.Id, IsRegression = true, IsRetrievalTrainingQuestion = true, Author = Path.GetFileName(f),
            })))
            .Concat(ordinaryFiles.SelectMany(f => TriageBank.Read(f).Select(e => e with { Id = "ordinary:" + e.Id, IsRegression = true, TrainsOnly = true, Author = Path.GetFileName(f) })))
            .Concat(languageFiles.SelectMany(f => TriageBank.Read(f).Select(e => e with { Id = "language:" + e.Id, IsRegression = true, OtherLanguage = true, Author = Path.GetFileName(f) })));

    // Each message as a question is encoded at answer time (EncodeQuery, with the model's query prefix if it has one).
    private static float[][] Encode(ISentenceEncoder encoder, List<TriageExample> examples)
    {
        var embeddings = new float[examples.Count][];
        Parallel.For(0, examples.Count, i => embeddings[i] = encoder.EncodeQuery(examples[i].Text));
        return embeddings;
    }

    private static List<string> Files(CliArguments args, string option) =>
        [.. (args.Get(option) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Existing)];

    private static string? Optional(CliArguments args, string option) => args.Get(option) is { } path ? Existing(path) : null;

    private static string Existing(string path) => File.Exists(path) ? path : throw new CliException($"file not found: {path}", 2);

    private static string Describe(string path) =>
        $"{Path.GetFileName(path)} sha256:{Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)))[..16]}";
}
