using System.Text.Json;
using FaqBot.Core.Answering;
using FaqBot.Core.Rendering;

namespace FaqBot.Cli.Commands;

/// <summary><c>faqbot ask "QUESTION" [--json]</c> and <c>faqbot ask --json --batch FILE</c>.</summary>
internal static class AskCommand
{
    public static int Run(CliArguments args, TextWriter output, TextWriter error)
    {
        args.AllowOnly("--json", "--batch");
        var batch = args.Get("--batch");
        if (batch is not null)
        {
            if (!args.Has("--json"))
            {
                throw new CliException("--batch writes JSON lines; add --json", 2);
            }

            return RunBatch(batch, args, output, error);
        }

        if (args.Positional.Count == 0)
        {
            throw new CliException("ask needs a question: faqbot ask \"how long does a session last?\"", 2);
        }

        var question = string.Join(' ', args.Positional);
        using var engine = EngineLoader.Open(args, error);
        var answer = engine.Ask(question);
        output.WriteLine(args.Has("--json") ? JsonAnswerRenderer.Render(answer) : PlainTextRenderer.Render(answer));
        return 0;
    }

    private static int RunBatch(string path, CliArguments args, TextWriter output, TextWriter error)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"batch file not found: {path}", 2);
        }

        using var engine = EngineLoader.Open(args, error);
        var lineNumber = 0;
        var failures = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (!TryParse(line, out var id, out var question))
            {
                error.WriteLine($"faqbot: {path}:{lineNumber}: expected a JSON object with a string \"q\"; line skipped");
                failures++;
                continue;
            }

            output.WriteLine(JsonAnswerRenderer.Render(engine.Ask(question), id));
        }

        return failures == 0 ? 0 : 1;
    }

    private static bool TryParse(string line, out JsonElement id, out string question)
    {
        id = default;
        question = "";
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("q", out var q) || q.ValueKind != JsonValueKind.String)
            {
                return false;
            }

            question = q.GetString()!;
            id = root.TryGetProperty("id", out var idElement) ? idElement.Clone() : JsonDocument.Parse("null").RootElement.Clone();
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
