using System.Text.Json;

namespace FaqBot.Core.Answering.Triage.Learning;

/// <summary>Reads JSON-lines message banks: the triage bank (<c>id, kind, category, lang, q</c>) and the retrieval question bank.</summary>
public static class TriageBank
{
    /// <summary>Every message of <paramref name="path"/>; retrieval questions (kind answer / abstain) become kind "question".</summary>
    /// <exception cref="InvalidDataException">A line is not such an object (the message names the file and line).</exception>
    public static List<TriageExample> Read(string path)
    {
        var examples = new List<TriageExample>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var kind = root.GetProperty("kind").GetString() ?? "";
                var category = root.TryGetProperty("category", out var c) ? c.GetString() ?? "" : kind;
                kind = kind is "answer" or "abstain" ? "question" : kind;
                examples.Add(new TriageExample(root.GetProperty("id").GetString() ?? "", root.GetProperty("q").GetString() ?? "", kind, category));
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new InvalidDataException($"{path}:{number}: expected {{\"id\",\"kind\",\"q\"}}: {ex.Message}", ex);
            }
        }

        return examples;
    }

    /// <summary>
    /// The regression table <c>triage-cases.jsonl</c> (<c>text, expect</c>) as training messages: Crisis cases that the
    /// emergency rules recognise become emergencies (the table predates that kind), small talk becomes a question.
    /// </summary>
    public static List<TriageExample> ReadCases(string path)
    {
        var rules = new MessageTriage(null);
        var examples = new List<TriageExample>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(line);
                var text = json.RootElement.GetProperty("text").GetString() ?? "";
                var kind = (json.RootElement.GetProperty("expect").GetString() ?? "").ToLowerInvariant() switch
                {
                    "crisis" => rules.Classify(text).Kind == TriageKind.Emergency ? "emergency" : "crisis",
                    "advice" => "advice",
                    _ => "question",
                };
                examples.Add(new TriageExample($"case-{number:0000}", text, kind, "triage-cases") { IsRegression = true });
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new InvalidDataException($"{path}:{number}: expected {{\"text\",\"expect\"}}: {ex.Message}", ex);
            }
        }

        return examples;
    }

    /// <summary>True when the file's first message has a category, as triage-bank lines do.</summary>
    public static bool IsTriageBank(string path)
    {
        var first = File.ReadLines(path).FirstOrDefault(l => !string.IsNullOrWhiteSpace(l));
        if (first is null)
        {
            return false;
        }

        try
        {
            using var json = JsonDocument.Parse(first);
            return json.RootElement.TryGetProperty("category", out _);
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
