using System.Text.Json;
using FaqBot.Core.Answering;
using FaqBot.Core.Rendering;

namespace FaqBot.Cli.Commands;

/// <summary>
/// <c>faqbot eval --set FILE [-v]</c>: scores answers against a question set the way the Lucene baseline's
/// score.py does: an answer question is a hit at rank r when an evidence string occurs (whitespace-normalised)
/// in the r-th quote; abstain questions must get no quotes; crisis / noncrisis / advice by the answer kind.
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

        args.AllowOnly("--set", "-v", "--verbose");

        var verbose = args.Has("-v") || args.Has("--verbose");
        var engine = EngineLoader.Open(args, error);
        var tally = new EvalTally();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var item = Parse(line, path, lineNumber);
            var answer = engine.Ask(item.Question);
            var ok = tally.Add(item.Kind, answer, item.Evidence, K);
            if (verbose && !ok)
            {
                output.WriteLine($"MISS {item.Id} [{item.Kind} → {JsonAnswerRenderer.KindName(answer.Kind)}] {item.Question}");
                foreach (var quote in answer.Quotes.Take(K))
                {
                    output.WriteLine($"     {Shorten(quote.Text)}");
                }
            }
        }

        tally.Write(output, K);
        return 0;
    }

    private static string Shorten(string text) => text.Length <= 110 ? text.Replace('\n', ' ') : text[..110].Replace('\n', ' ') + "…";

    private static EvalItem Parse(string line, string path, int lineNumber)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var id = root.TryGetProperty("id", out var idElement) ? idElement.ToString() : lineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var kind = root.GetProperty("kind").GetString() ?? "";
            var question = root.GetProperty("q").GetString() ?? "";
            var evidence = root.TryGetProperty("evidence", out var e) && e.ValueKind == JsonValueKind.Array
                ? e.EnumerateArray().Select(x => x.GetString() ?? "").Where(x => x.Length > 0).ToList()
                : [];
            return new EvalItem(id, kind, question, evidence);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new CliException($"{path}:{lineNumber}: expected {{\"id\",\"kind\",\"q\",\"evidence\"}}: {ex.Message}");
        }
    }

    private sealed record EvalItem(string Id, string Kind, string Question, List<string> Evidence);
}
